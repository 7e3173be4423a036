/**
 * Once per `npm test` run: the sample site (this checkout's content) built
 * once into `node_modules/.cache/keyplan-test-site/`, with a cache folder of
 * its own so that no other build prunes or fills it, and handed to the tests
 * that only read it (`sharedSite()` in `tests/support/shared-site.ts`). A
 * build from an earlier run is reused while it is fresh: same commit, same
 * `KEYPLAN_TODAY`, no input changed since (as the e2e tests judge `dist/`).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { astroBuild, BUILD_INPUTS, newestMtime } from './build';
import { REPO } from './sandbox';

/** Where the shared build lives: its site (`dist/`), its caches and its record. */
export const SHARED_SITE_DIR = join(REPO, 'node_modules', '.cache', 'keyplan-test-site');

export interface SharedSite {
	/** The built site's folder: read it, never write into it. */
	dist: string;
	/** The build's exit status. */
	status: number;
	/** The build's output (stdout, then stderr), without colours. */
	log: string;
}

declare module 'vitest' {
	export interface ProvidedContext {
		/** The sample site built once for the whole run. */
		sharedSite: SharedSite;
	}
}

export default function setup(project: TestProject) {
	const today = process.env.KEYPLAN_TODAY ?? '2026-11-24';
	const dist = join(SHARED_SITE_DIR, 'dist');
	const record = join(SHARED_SITE_DIR, 'build.json');
	const stamp = siteStamp(today);
	const earlier = existsSync(record) ? (JSON.parse(readFileSync(record, 'utf8')) as SharedSite & { stamp: string }) : undefined;
	if (earlier?.stamp === stamp && earlier.status === 0 && existsSync(join(dist, 'index.html'))) {
		project.provide('sharedSite', { dist, status: earlier.status, log: earlier.log });
		return;
	}
	// A fresh site; the caches stay (a rebuild gives the same bytes as a cold build, tests/site-build/incremental.test.ts).
	rmSync(dist, { recursive: true, force: true });
	rmSync(record, { force: true });
	mkdirSync(SHARED_SITE_DIR, { recursive: true });
	const result = astroBuild(REPO, { outDir: dist, today, cacheDir: join(SHARED_SITE_DIR, 'cache') });
	const site: SharedSite = { dist, status: result.status ?? 1, log: result.stdout + result.stderr };
	writeFileSync(record, JSON.stringify({ ...site, stamp }));
	project.provide('sharedSite', site);
}

/** What a build of the sample depends on beyond its inputs' bytes: the day, the commit (the plans' history) and the newest input's time. */
function siteStamp(today: string): string {
	let head = '';
	try {
		head = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: REPO, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
	} catch {
		head = 'no-git';
	}
	return JSON.stringify({ today, head, newest: Math.max(...BUILD_INPUTS.map((input) => newestMtime(join(REPO, input)))) });
}
