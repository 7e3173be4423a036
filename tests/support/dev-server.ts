/** `astro dev` on a test project, as a user starts it: on a free loopback port, without the test runner's environment. */
import { spawn } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { stopProcess } from '../../bench/measure';
import { userEnv } from './run';
import { REPO } from './sandbox';

/** A free port on the loopback interface. */
function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			server.close(() => resolve(port));
		});
		server.on('error', reject);
	});
}

/** A running dev server: its origin and how to stop it. */
export interface DevServer {
	origin: string;
	/** Stops the server and resolves once its process has exited (it writes into the project until then). */
	stop(): Promise<void>;
}

/** Starts `astro dev` in `root` and resolves once it watches for file changes. */
export async function startDevServer(root: string): Promise<DevServer> {
	const port = await freePort();
	const dev = spawn(join(REPO, 'node_modules', '.bin', 'astro'), ['dev', '--port', String(port), '--host', '127.0.0.1'], {
		cwd: root,
		// Without the test runner's own variables (NODE_ENV=test, VITEST…): the dev server must run as it does for a user.
		env: { ...userEnv(), KEYPLAN_TODAY: '2026-11-24', ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' },
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let log = '';
	if (process.env.KEYPLAN_DEBUG) for (const stream of [dev.stdout, dev.stderr]) stream?.on('data', (c: Buffer) => appendFileSync(process.env.KEYPLAN_DEBUG!, c));
	await new Promise<void>((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error(`the dev server did not start:\n${log}`)), 60_000);
		const listen = (chunk: Buffer) => {
			log += chunk.toString();
			if (log.includes('watching for file changes')) {
				clearTimeout(timer);
				resolve();
			}
		};
		dev.stdout?.on('data', listen);
		dev.stderr?.on('data', listen);
		dev.on('exit', (code) => reject(new Error(`the dev server exited (${code}):\n${log}`)));
	});
	return { origin: `http://127.0.0.1:${port}`, stop: () => stopProcess(dev) };
}
