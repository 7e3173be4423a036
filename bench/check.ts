/**
 * Benchmark: `npm run check` against a full site build, in the same run on
 * the same machine. The target is "well under the time of a build" and under
 * 3 seconds for the sample portfolio; both figures are printed as a ratio.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const env = { ...process.env, KEYPLAN_TODAY: process.env.KEYPLAN_TODAY ?? '2026-11-24', ASTRO_TELEMETRY_DISABLED: '1' };

/** Median wall time of `runs` runs of a command, in milliseconds. */
function time(command: string, args: string[], runs: number): number {
	const samples: number[] = [];
	for (let i = 0; i < runs; i++) {
		const start = performance.now();
		const result = spawnSync(command, args, { cwd: root, env, stdio: 'ignore' });
		if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${result.status}`);
		samples.push(performance.now() - start);
	}
	return samples.sort((a, b) => a - b)[Math.floor(samples.length / 2)];
}

const out = mkdtempSync(join(tmpdir(), 'keyplan-bench-'));
try {
	const bin = (name: string) => join(root, 'node_modules', '.bin', name);
	const check = time(bin('tsx'), [join(root, 'scripts', 'check.ts')], 5);
	const build = time(bin('astro'), ['build', '--outDir', out], 2);
	console.log(`check: ${check.toFixed(0)} ms (median of 5)`);
	console.log(`build: ${build.toFixed(0)} ms (median of 2, baseline)`);
	console.log(`check / build = ${(check / build).toFixed(2)}  (target < 0.5; and check < 3000 ms: ${check < 3000 ? 'met' : 'MISSED'})`);
} finally {
	rmSync(out, { recursive: true, force: true });
}
