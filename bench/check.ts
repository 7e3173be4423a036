/**
 * Benchmark: `npm run check` against a full site build, in the same run on
 * the same machine. The target is "well under the time of a build" and under
 * 3 seconds for the sample portfolio; both figures are printed as a ratio.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CommandError, runCommand } from '../src/cli/args';

const repo = join(import.meta.dirname, '..');
// The project being measured: the working folder, as for every other command (npm scripts run in the project root).
const root = process.cwd();
const env = { ...process.env, KEYPLAN_TODAY: process.env.KEYPLAN_TODAY ?? '2026-11-24', ASTRO_TELEMETRY_DISABLED: '1' };

/** Median wall time of `runs` runs of a command, in milliseconds; a failing run stops the benchmark with its own output. */
function time(label: string, command: string, args: string[], runs: number): number {
	const samples: number[] = [];
	for (let i = 0; i < runs; i++) {
		const start = performance.now();
		const result = spawnSync(command, args, { cwd: root, env, encoding: 'utf8' });
		if (result.status !== 0) {
			const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim();
			throw new CommandError(`${output}\n\nbench: ${label} failed (exit ${result.status}), so there is nothing to measure: fix what is listed above first.`);
		}
		samples.push(performance.now() - start);
	}
	return samples.sort((a, b) => a - b)[Math.floor(samples.length / 2)];
}

await runCommand(() => {
	const out = mkdtempSync(join(tmpdir(), 'keyplan-bench-'));
	try {
		const bin = (name: string) => join(repo, 'node_modules', '.bin', name);
		const check = time('npm run check', bin('tsx'), [join(repo, 'scripts', 'check.ts')], 5);
		const build = time('npm run build', bin('astro'), ['build', '--outDir', out], 2);
		console.log(`check: ${check.toFixed(0)} ms (median of 5)`);
		console.log(`build: ${build.toFixed(0)} ms (median of 2, baseline)`);
		console.log(`check / build = ${(check / build).toFixed(2)}  (target < 0.5; and check < 3000 ms: ${check < 3000 ? 'met' : 'MISSED'})`);
		return 0;
	} finally {
		rmSync(out, { recursive: true, force: true });
	}
});
