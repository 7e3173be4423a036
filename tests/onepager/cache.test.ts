/**
 * The cache: keys follow the data; a second run reuses every image with the
 * same bytes; changing one image's data re-renders only that image.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cacheKey, openCache } from '../../src/onepager/image-cache';
import { jobsOf, type ImageJob } from '../../src/onepager/jobs';
import { renderImages } from '../../src/onepager/pipeline';
import { sampleAnalysis } from './fixtures';

const all = jobsOf(sampleAnalysis());
const jobs = all.filter((j) => j.slug === all[0].slug);
const temp = mkdtempSync(join(tmpdir(), 'keyplan-cache-'));
const cacheDir = join(temp, 'cache');
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const files = (dir: string, list: readonly ImageJob[]) => Object.fromEntries(list.flatMap((j) => ['png', 'svg'].map((ext) => [`${j.path}.${ext}`, readFileSync(join(dir, `${j.path}.${ext}`))])));

describe('cache keys', () => {
	it('are equal for equal data and differ when anything shown changes', () => {
		const sheet = jobs[0].sheet;
		expect(cacheKey(structuredClone(sheet))).toBe(cacheKey(sheet));
		expect(cacheKey({ ...sheet, asOf: 'another day' })).not.toBe(cacheKey(sheet));
		expect(cacheKey({ ...sheet, name: `${sheet.name} ` })).not.toBe(cacheKey(sheet));
	});
});

describe('renderImages', () => {
	it('renders on a cold cache, reuses on a warm one with the same bytes, re-renders only what changed', async () => {
		const first = await renderImages(jobs, { outDir: join(temp, 'one'), cacheDir, parallel: 1 });
		expect([first.rendered, first.reused]).toEqual([jobs.length, 0]);
		expect(first.files).toHaveLength(2 * jobs.length);

		const progress: boolean[] = [];
		const second = await renderImages(jobs, { outDir: join(temp, 'two'), cacheDir, onProgress: (p) => progress.push(p.reused) });
		expect([second.rendered, second.reused]).toEqual([0, jobs.length]);
		expect(progress).toEqual(jobs.map(() => true));
		expect(files(join(temp, 'two'), jobs)).toEqual(files(join(temp, 'one'), jobs));

		const edited = jobs.map((j, i) => (i === 0 ? { ...j, sheet: { ...j.sheet, name: `${j.sheet.name} (edited)` } } : j));
		const third = await renderImages(edited, { outDir: join(temp, 'three'), cacheDir, parallel: 1 });
		expect([third.rendered, third.reused]).toEqual([1, jobs.length - 1]);
		const before = files(join(temp, 'one'), jobs);
		const after = files(join(temp, 'three'), jobs);
		expect(after[`${jobs[0].path}.png`].equals(before[`${jobs[0].path}.png`])).toBe(false);
		for (const j of jobs.slice(1)) expect(after[`${j.path}.png`].equals(before[`${j.path}.png`])).toBe(true);
	}, 90_000);

	it('prunes entries not used for a while', async () => {
		// Its own cache, so the test does not depend on what ran before it.
		const cacheDir = join(temp, 'prune-cache');
		const stale = { ...jobs[0], sheet: { ...jobs[0].sheet, name: 'An account since renamed' } };
		await renderImages([...jobs, stale], { outDir: join(temp, 'prune'), cacheDir, parallel: 1 });
		const cache = openCache(cacheDir);
		const keep = new Set(jobs.map((j) => cacheKey(j.sheet)));
		// Entries not in use are kept for a while (another branch may need them), then removed: its PNG and SVG.
		expect(cache.prune(keep)).toBe(0);
		expect(cache.prune(keep, 0)).toBe(2);
		expect(readdirSync(cacheDir).sort()).toEqual([...keep].flatMap((k) => [`${k}.png`, `${k}.svg`]).sort());
	}, 90_000);
});
