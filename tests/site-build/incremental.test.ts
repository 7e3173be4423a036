/**
 * Rebuilds render again only what changed (Astro's incremental build with
 * the cache keys of `src/site/page-keys.ts` and of the images): after an edit
 * to one plan's narrative, that account's pages are rendered and every other
 * route is copied from the last build, and the site is byte for byte the one
 * a build from empty caches makes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { astroBuildOrThrow } from '../support/build';
import { sandbox, type Sandbox } from '../support/sandbox';

const ACCOUNTS = ['nordwind-logistics', 'castellan-pharma', 'aegean-harvest-foods'];

/** `astro build` into `outDir` with the caches under `cache`; its log, without colours. */
function astroBuild(cwd: string, outDir: string, cache: string): string {
	return astroBuildOrThrow(cwd, { outDir, cacheDir: cache });
}

/** How many routes a build log says were copied from the last build (pages render four at a time, so a status may follow another route's name). */
const copiedCount = (log: string): number => log.match(/\((restored|cached)\)/g)?.length ?? 0;

/** Every file under `dir` and its bytes, by path. */
function files(dir: string): Map<string, Buffer> {
	const entries = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
	return new Map(entries.map((e) => [relative(dir, join(e.parentPath, e.name)), readFileSync(join(e.parentPath, e.name))]));
}

describe('a rebuild after editing one plan', () => {
	let box: Sandbox;
	let first: string;
	let second: string;
	beforeAll(() => {
		box = sandbox(ACCOUNTS, { project: true });
		first = astroBuild(box.root, join(box.root, 'dist'), join(box.root, 'cache'));
		box.editText('castellan-pharma', (text) => `${text.trimEnd()}\n\nRevised after the last quarterly business review.\n`);
		second = astroBuild(box.root, join(box.root, 'dist'), join(box.root, 'cache'));
	}, 240_000);
	afterAll(() => box?.remove());

	test('renders the edited account’s pages again and copies the other accounts’ pages and every image', () => {
		expect(copiedCount(first)).toBe(0);
		// The two other accounts' pages and calendars, and all six images (the narrative is not on the one-pager).
		expect(copiedCount(second)).toBe(2 * 2 + ACCOUNTS.length * 2);
		expect(second).toMatch(/one-pagers: 0 rendered, 6 reused/);
		// Rendered again, not copied: the page shows the edit.
		expect(readFileSync(join(box.root, 'dist', 'accounts', 'castellan-pharma', 'index.html'), 'utf8')).toContain('Revised after the last quarterly business review.');
	});

	test('gives the site a build from empty caches gives, byte for byte', () => {
		astroBuild(box.root, join(box.root, 'fresh'), join(box.root, 'fresh-cache'));
		const [rebuilt, fresh] = [files(join(box.root, 'dist')), files(join(box.root, 'fresh'))];
		expect([...rebuilt.keys()].sort()).toEqual([...fresh.keys()].sort());
		for (const [path, bytes] of fresh) expect(rebuilt.get(path)?.equals(bytes), path).toBe(true);
	}, 240_000);
});
