/**
 * `astro build` as a user runs it, for every test that builds a site: the
 * repository's own `astro`, a fixed `KEYPLAN_TODAY`, no telemetry, no
 * colours, and without the test runner's own variables (MODE=test, DEV=1,
 * VITEST…), which Vite would read. Tests that only read the sample site use
 * the one build of `tests/support/global-setup.ts` (`sharedSite()`) instead.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { userEnv } from './run';
import { REPO } from './sandbox';

export interface BuildOptions {
	/** Where the site goes (`--outDir`); the project's `dist/` when absent. */
	outDir?: string;
	/** `KEYPLAN_TODAY`; 2026-11-24 when absent. */
	today?: string;
	/** `KEYPLAN_CACHE_DIR`; the default cache folder when absent. */
	cacheDir?: string;
	/** More variables (e.g. `KEYPLAN_IMAGES: '0'`). */
	env?: Record<string, string>;
}

/** Runs `astro build` in `cwd` (the repository or a sandbox with `project: true`); returns its status and output, never throws. */
export function astroBuild(cwd: string, options: BuildOptions = {}): SpawnSyncReturns<string> {
	return spawnSync(join(REPO, 'node_modules', '.bin', 'astro'), ['build', ...(options.outDir ? ['--outDir', options.outDir] : [])], {
		cwd,
		encoding: 'utf8',
		env: {
			...userEnv(),
			NODE_ENV: 'production',
			KEYPLAN_TODAY: options.today ?? '2026-11-24',
			...(options.cacheDir ? { KEYPLAN_CACHE_DIR: options.cacheDir } : {}),
			ASTRO_TELEMETRY_DISABLED: '1',
			FORCE_COLOR: '0',
			...options.env,
		},
	});
}

/** `astroBuild` that throws with the build's output when it fails; returns its log. */
export function astroBuildOrThrow(cwd: string, options: BuildOptions = {}): string {
	const result = astroBuild(cwd, options);
	if (result.status !== 0) throw new Error(`astro build failed:\n${result.stdout}\n${result.stderr}`);
	return result.stdout;
}

/** Files and folders of a project whose change makes its build stale. */
export const BUILD_INPUTS = ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'package-lock.json'];

/** The newest modification time of a file or anything under a folder; 0 when it does not exist. */
export function newestMtime(path: string): number {
	if (!existsSync(path)) return 0;
	const stat = statSync(path);
	if (!stat.isDirectory()) return stat.mtimeMs;
	return readdirSync(path).reduce((max, name) => Math.max(max, newestMtime(join(path, name))), stat.mtimeMs);
}
