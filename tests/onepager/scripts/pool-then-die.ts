/**
 * Starts a render pool, prints its workers' process ids once they are ready,
 * then kills its own process with SIGKILL (no clean-up of any kind): what a
 * build stopped by the OOM killer or `kill -9` does. Run by pool.test.ts.
 */
import { createPool } from '../../../src/onepager/pool.ts';

const pool = createPool(2);
await pool.ready();
console.log(JSON.stringify(pool.pids()));
process.kill(process.pid, 'SIGKILL');
