/**
 * A build that Node ends half way (every task waiting on something that never
 * comes ends a process with exit code 0) must not pass for a finished build:
 * between `astro:build:start` and the end of `astro:build:done`, such an
 * ending fails with a message. The hooks of the last integration, run in a
 * process of their own.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { REPO } from '../support/sandbox';
import { useTempDirs } from '../support/temp';

const temp = useTempDirs();

/** Runs the background integration's hooks: the build's start, then (when `finish`) its end; then nothing is left to do. */
function run(finish: boolean) {
	const dir = temp.outDir();
	const script = join(dir, 'hooks.mts');
	writeFileSync(
		script,
		[
			`import { keyplanBackground } from ${JSON.stringify(join(REPO, 'src', 'integration', 'background.ts'))};`,
			'const { hooks } = keyplanBackground();',
			'await (hooks["astro:build:start"] as () => unknown)();',
			// A task that waits forever on a promise nothing resolves: the loop empties while it waits.
			finish ? 'await (hooks["astro:build:done"] as () => Promise<unknown>)();' : 'await new Promise(() => {});',
			'console.log("end");',
		].join('\n'),
	);
	return spawnSync(join(REPO, 'node_modules', '.bin', 'node'), [script], { encoding: 'utf8', timeout: 30_000 });
}

describe('a build cut short', () => {
	test('fails with a message, instead of ending with exit code 0', () => {
		const result = run(false);
		expect(result.status).toBe(1);
		expect(result.stdout).toBe('');
		expect(result.stderr).toContain('the build stopped before it finished');
		expect(result.stderr).toContain('dist/ is incomplete');
	});

	test('a build that reaches its end ends as usual', () => {
		const result = run(true);
		expect(result.status).toBe(0);
		expect(result.stdout.trim()).toBe('end');
		expect(result.stderr).toBe('');
	});
});
