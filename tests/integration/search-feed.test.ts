/**
 * The search feed (`src/integration/search-feed.ts`): pages offered while
 * they render, in whatever order, and the rest read from the built site,
 * give the index Pagefind builds from the built site alone, byte for byte.
 * Real Pagefind on a small built site in a temp folder.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { builtFileOf, SearchFeed } from '../../src/integration/search-feed';
import { SearchThread } from '../../src/integration/search-thread';
import { REPO } from '../support/sandbox';

const dirs: string[] = [];
afterAll(() => {
	for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const SLUGS = ['acme', 'acme-2', 'borealis', 'castellan', 'delta', 'elbe', 'fjord', 'granite'];

/** An account page as the site builds it: a search body, classes, a chart, an ignored part. */
function accountPage(slug: string): string {
	return (
		`<!doctype html><html lang="en"><head><title>${slug}</title></head><body><nav class="n"><a href="/">Home</a></nav><main><article class="account" data-pagefind-body>` +
		`<h1 data-pagefind-meta="title">${slug} Holdings</h1><dd data-pagefind-filter="owner">Owner of ${slug}</dd><div data-pagefind-ignore>ignored ${slug}</div>` +
		`<h2 id="risks">Risks</h2><p class="p">Capacity <strong>shortfall</strong> at ${slug} in Q3.</p><svg viewBox="0 0 1 1"><text>chart</text></svg></article></main></body></html>`
	);
}

/** A built site: every account page, a renewal page and a dashboard without a search body. */
function builtSite(slugs = SLUGS): string {
	const root = mkdtempSync(join(tmpdir(), 'keyplan-search-feed-'));
	dirs.push(root);
	const write = (file: string, html: string) => {
		mkdirSync(dirname(join(root, file)), { recursive: true });
		writeFileSync(join(root, file), html);
	};
	for (const slug of slugs) write(builtFileOf(`/accounts/${slug}/`), accountPage(slug));
	write('accounts/acme/renewal/index.html', '<html><body><h1>Renewal</h1></body></html>');
	write('index.html', '<html><body><h1>Dashboard</h1></body></html>');
	return root;
}

/** Every file of the index in `root/pagefind`, by path. */
function indexFiles(root: string): Map<string, Buffer> {
	const dir = join(root, 'pagefind');
	const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
	return new Map(files.map((e) => [join(e.parentPath, e.name).slice(dir.length), readFileSync(join(e.parentPath, e.name))]));
}

const files = (slugs: string[]) => slugs.map((slug) => builtFileOf(`/accounts/${slug}/`));

describe('the search feed', () => {
	test('builtFileOf gives the file Astro writes for a page', () => {
		expect(builtFileOf('/accounts/acme/')).toBe('accounts/acme/index.html');
		expect(builtFileOf('/accounts/acme')).toBe('accounts/acme/index.html');
		expect(builtFileOf('/')).toBe('index.html');
	});

	test('pages offered out of order, some never (copied from the last build), give the index of the built site', async () => {
		const reference = builtSite();
		const alone = await new SearchFeed([]).finish(reference);
		expect(alone).toEqual({ pages: SLUGS.length, whileRendering: 0 });

		const fed = builtSite();
		const feed = new SearchFeed(files(SLUGS));
		// Rendered four at a time, finishing out of order; `castellan` and `fjord` were copied, never rendered.
		for (const slug of ['borealis', 'acme', 'acme-2', 'delta', 'elbe', 'granite']) await feed.offer(builtFileOf(`/accounts/${slug}/`), accountPage(slug));
		expect(feed.wants(builtFileOf('/accounts/acme/'))).toBe(false);
		const result = await feed.finish(fed);
		// Path order: acme-2 sorts before acme (`-` before `/`), so acme-2, acme and borealis went while rendering.
		expect(result).toEqual({ pages: SLUGS.length, whileRendering: 3 });
		const [expected, actual] = [indexFiles(reference), indexFiles(fed)];
		expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
		for (const [name, bytes] of expected) expect(actual.get(name)?.equals(bytes), name).toBe(true);
	}, 30_000);

	test('a built page with a search body before the pages sent makes the index again from the built site', async () => {
		const reference = builtSite([...SLUGS, 'aaron']);
		await new SearchFeed([]).finish(reference);
		const fed = builtSite([...SLUGS, 'aaron']);
		// The feed did not expect `aaron`, which sorts first: what it sent is not the start of the built site.
		const feed = new SearchFeed(files(SLUGS));
		for (const slug of ['acme-2', 'acme']) await feed.offer(builtFileOf(`/accounts/${slug}/`), accountPage(slug));
		expect(await feed.finish(fed)).toEqual({ pages: SLUGS.length + 1, whileRendering: 0 });
		const [expected, actual] = [indexFiles(reference), indexFiles(fed)];
		for (const [name, bytes] of expected) expect(actual.get(name)?.equals(bytes), name).toBe(true);
		expect(actual.size).toBe(expected.size);
	}, 30_000);

	test('keeps a bounded number of early pages, then stops and leaves the rest to the built site', async () => {
		const many = Array.from({ length: 60 }, (_, i) => `account-${String(i).padStart(2, '0')}`);
		const reference = builtSite(many);
		await new SearchFeed([]).finish(reference);
		const fed = builtSite(many);
		const feed = new SearchFeed(files(many));
		// The first page is copied from the last build: every later page waits for it, up to the bound.
		let offered = 0;
		for (const slug of many.slice(1)) {
			if (!feed.wants(builtFileOf(`/accounts/${slug}/`))) break;
			await feed.offer(builtFileOf(`/accounts/${slug}/`), accountPage(slug));
			offered++;
		}
		expect(offered).toBeGreaterThan(8);
		expect(offered).toBeLessThan(many.length - 1);
		expect(await feed.finish(fed)).toEqual({ pages: many.length, whileRendering: 0 });
		const [expected, actual] = [indexFiles(reference), indexFiles(fed)];
		for (const [name, bytes] of expected) expect(actual.get(name)?.equals(bytes), name).toBe(true);
	}, 30_000);

	test('on its own thread, takes the pages handed over and gives the same index; a failure is reported, not waited for', async () => {
		const reference = builtSite();
		await new SearchFeed([]).finish(reference);
		const fed = builtSite();
		const thread = new SearchThread(files(SLUGS));
		expect(thread.wants('index.html')).toBe(false);
		for (const slug of [...SLUGS].sort()) await thread.offer(builtFileOf(`/accounts/${slug}/`), accountPage(slug));
		expect(await thread.finish(fed)).toEqual({ pages: SLUGS.length, whileRendering: SLUGS.length });
		const [expected, actual] = [indexFiles(reference), indexFiles(fed)];
		for (const [name, bytes] of expected) expect(actual.get(name)?.equals(bytes), name).toBe(true);
		expect(actual.size).toBe(expected.size);

		const broken = new SearchThread(files(SLUGS));
		await expect(broken.finish(join(tmpdir(), 'keyplan-no-such-site'))).rejects.toThrow(/no such file|ENOENT/);
	}, 30_000);

	test('a process with nothing else under way waits for the pages it handed over, and ends once the index is written', () => {
		// Many more pages than are handed over before the renderer waits: the wait must keep the process alive (a build
		// without images has nothing else under way), and the finished index must not keep it alive any longer.
		const slugs = Array.from({ length: 60 }, (_, i) => `account-${String(i).padStart(2, '0')}`);
		const root = builtSite(slugs);
		const script = join(root, 'offer-all.mts');
		writeFileSync(
			script,
			[
				`import { SearchThread } from ${JSON.stringify(join(REPO, 'src', 'integration', 'search-thread.ts'))};`,
				`const files = ${JSON.stringify(files(slugs))};`,
				'const thread = new SearchThread(files);',
				`for (const file of files) await thread.offer(file, ${JSON.stringify(accountPage('x'))}.replaceAll('x Holdings', file));`,
				'console.log("all offered");',
				`console.log(JSON.stringify(await thread.finish(${JSON.stringify(root)})));`,
			].join('\n'),
		);
		const result = spawnSync(join(REPO, 'node_modules', '.bin', 'node'), [script], { encoding: 'utf8', timeout: 60_000 });
		expect(result.stderr).toBe('');
		expect(result.stdout.trim().split('\n')).toEqual(['all offered', JSON.stringify({ pages: 60, whileRendering: 60 })]);
		expect(result.status).toBe(0);
	}, 60_000);
});
