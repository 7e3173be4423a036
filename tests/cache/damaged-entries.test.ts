/**
 * Caches verify what they serve: an entry cut short or of the wrong shape is
 * discarded, made again and named in the log, and the output is the same
 * bytes as from a clean cache. A cache folder that cannot be used is one line
 * that names it and `KEYPLAN_CACHE_DIR`, never a stack trace.
 */
import { readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { seal, unseal } from '../../src/build/sealed';
import { openCache } from '../../src/onepager/image-cache';
import { astroBuild } from '../support/build';
import { runScript } from '../support/run';
import { HEALTHY, sandbox } from '../support/sandbox';
import { useTempDirs } from '../support/temp';

const temp = useTempDirs();
const STACK_FRAME = /^\s+at .+:\d+:\d+\)?$/m;

/** Every file under `dir`, relative, sorted. */
function filesUnder(dir: string, prefix = ''): string[] {
	return readdirSync(join(dir, prefix), { withFileTypes: true })
		.flatMap((e) => (e.isDirectory() ? filesUnder(dir, join(prefix, e.name)) : [join(prefix, e.name)]))
		.sort();
}

describe('sealed cache files', () => {
	test('a payload comes back only as it was stored', () => {
		const payload = Buffer.from('a one-pager, as bytes');
		const stored = seal(payload);
		expect(unseal(stored)?.equals(payload)).toBe(true);
		expect(unseal(stored.subarray(0, stored.length - 1))).toBeUndefined();
		const altered = Buffer.from(stored);
		altered[altered.length - 1] ^= 1;
		expect(unseal(altered)).toBeUndefined();
		expect(unseal(payload)).toBeUndefined(); // a file from before seals: not served
	});

	test('the image cache removes a damaged entry and counts it', () => {
		const cache = openCache(temp.outDir());
		cache.put('k1', { png: Buffer.from('png bytes'), svg: Buffer.from('<svg/>') });
		expect(cache.file('k1', 'png')?.toString()).toBe('png bytes');
		truncateSync(join(cache.dir, 'k1.png'), 20);
		expect(cache.file('k1', 'png')).toBeUndefined();
		expect([...cache.damaged]).toEqual(['k1']);
		expect(cache.has('k1')).toBe(false);
	});
});

describe('damaged entries are made again, with the same output', () => {
	test('one-pagers: every cached image cut to 200 bytes is rendered again, byte for byte, and the log says so', () => {
		const box = temp.keep(sandbox([HEALTHY]));
		const env = { KEYPLAN_CACHE_DIR: temp.outDir() };
		const first = temp.outDir();
		expect(runScript('onepagers', ['--out', first], box.root, env).status).toBe(0);
		const images = join(env.KEYPLAN_CACHE_DIR, 'keyplan-onepagers');
		const entries = readdirSync(images).filter((n) => n.endsWith('.png'));
		expect(entries.length).toBe(2); // the account's one-pager and its customer one-pager
		for (const name of entries) truncateSync(join(images, name), 200);
		const second = temp.outDir();
		const again = runScript('onepagers', ['--out', second], box.root, env);
		expect(again.status).toBe(0);
		expect(again.stderr).toContain('one-pagers: 2 cache entries damaged, rendered again');
		expect(again.stdout).toContain('2 rendered, 0 reused');
		const written = filesUnder(first).filter((f) => f.endsWith('.png'));
		for (const file of written) expect(readFileSync(join(second, file)).equals(readFileSync(join(first, file))), file).toBe(true);
	}, 120_000);

	test('decks: a deck in the cache cut to 1,000 bytes is written again, byte for byte, and the log says so', () => {
		const box = temp.keep(sandbox([HEALTHY]));
		const env = { KEYPLAN_CACHE_DIR: temp.outDir() };
		const out = temp.outDir();
		const first = runScript('deck', ['--out', join(out, 'a.pptx')], box.root, env);
		expect(first.status, first.stderr).toBe(0);
		const decks = join(env.KEYPLAN_CACHE_DIR, 'keyplan-decks');
		const cached = readdirSync(decks).filter((n) => n.endsWith('.pptx'));
		for (const name of cached) truncateSync(join(decks, name), 1_000);
		const second = runScript('deck', ['--out', join(out, 'b.pptx')], box.root, env);
		expect(second.status).toBe(0);
		expect(second.stderr).toContain('deck cache: 1 cache entry damaged, written again');
		expect(second.stdout).not.toContain('copied');
		expect(readFileSync(join(out, 'b.pptx')).equals(readFileSync(join(out, 'a.pptx')))).toBe(true);
		const third = runScript('deck', ['--out', join(out, 'c.pptx')], box.root, env);
		expect(third.stdout).toContain('the same deck as in the deck cache, copied');
		expect(third.stderr).toBe('');
	}, 120_000);

	test('check: parse-cache entries of the wrong shape, then a cut-short file, give the same report and a note', () => {
		const box = temp.keep(sandbox([HEALTHY, 'portavia-terminals']));
		const env = { KEYPLAN_CACHE_DIR: temp.outDir() };
		const clean = runScript('check', ['--format', 'json'], box.root, env);
		const content = join(env.KEYPLAN_CACHE_DIR, 'keyplan-content');
		const file = join(content, readdirSync(content).find((n) => !n.startsWith('positions-'))!);
		const entries = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { problems: unknown }>;
		for (const entry of Object.values(entries)) entry.problems = 42;
		writeFileSync(file, JSON.stringify(entries));
		const wrongShape = runScript('check', ['--format', 'json'], box.root, env);
		expect(wrongShape.status).toBe(clean.status);
		expect(wrongShape.stdout).toBe(clean.stdout);
		expect(wrongShape.stderr).toMatch(new RegExp(`^content cache: ${Object.keys(entries).length} cache entries damaged in .*keyplan-content/.*\\.json, read again from the plans\\n$`));
		truncateSync(file, 100);
		const cut = runScript('check', ['--format', 'json'], box.root, env);
		expect(cut.stdout).toBe(clean.stdout);
		expect(cut.stderr).toMatch(/^content cache: 1 cache entry damaged in /);
		expect(runScript('check', ['--format', 'json'], box.root, env).stderr).toBe('');
	}, 60_000);
});

describe('a cache folder that cannot be used', () => {
	test('KEYPLAN_CACHE_DIR naming a file: the build stops with one line; check goes on and says so', () => {
		const box = temp.keep(sandbox([HEALTHY], { project: true }));
		const file = join(box.root, 'not-a-folder');
		writeFileSync(file, 'x');
		const build = astroBuild(box.root, { cacheDir: file });
		expect(build.status).toBe(1);
		expect(build.stderr.trim()).toBe(`keyplan: the cache folder ${file} cannot be used (it is a file, not a folder): point KEYPLAN_CACHE_DIR at a folder Keyplan can write, or unset it`);
		const check = runScript('check', [], box.root, { KEYPLAN_CACHE_DIR: file });
		expect(check.status).toBe(0);
		expect(check.stderr.trim()).toBe(`content cache: the cache folder ${file} cannot be used (it is a file, not a folder): point KEYPLAN_CACHE_DIR at a folder Keyplan can write, or unset it; going on without a cache`);
		const images = runScript('onepagers', ['--out', temp.outDir()], box.root, { KEYPLAN_CACHE_DIR: file });
		expect(images.status).toBe(1);
		expect(images.stderr.trim().split('\n')).toHaveLength(1);
		for (const r of [build, check, images]) expect(r.stderr).not.toMatch(STACK_FRAME);
	}, 60_000);
});
