/** What the search index reads: neighbouring elements stay separate words, scripts stay untouched, ignored parts are left out, and the index is the one the whole page gives. */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, describe, expect, test } from 'vitest';
import { pageForSearch } from '../../src/integration/search-page';

describe('pageForSearch', () => {
	test('separates text in adjacent inline elements', () => {
		const html = '<td><strong>Katrin Hoff</strong><span class="sub">Chief Operating Officer</span></td>';
		const text = pageForSearch(html).replace(/<[^>]+>/g, '');
		expect(text).toContain('Katrin Hoff Chief Operating Officer');
		expect(html.replace(/<[^>]+>/g, '')).toContain('HoffChief');
	});

	test('leaves the inside of scripts and styles alone', () => {
		const html = '<div class="x"></div><script>if (a><b) x(" class=\\"y\\"")</script><style>a>b{}</style>';
		expect(pageForSearch(html)).toBe('<div> </div><script>if (a><b) x(" class=\\"y\\"")</script><style>a>b{}</style>');
	});

	test('drops class attributes and every svg element, nested ones with their parent, but no text', () => {
		const html =
			'<p class="lead astro-abc">Renewal in <b class="n">90</b> days</p><svg viewBox="0 0 1 1"><svg><text>inner</text></svg><text>outer</text></svg><p data-x="class=&quot;k&quot;">after</p></svg>';
		const page = pageForSearch(html);
		expect(page).not.toMatch(/ class="/);
		expect(page).not.toMatch(/inner|outer|viewBox/);
		expect(page).toContain('Renewal in <b>90</b> days');
		expect(page).toContain('<p data-x="class=&quot;k&quot;">after</p> </svg>');
	});

	test('drops the parts Pagefind ignores, nested ones too, but keeps those with a filter, metadata or an image', () => {
		const html =
			'<article data-pagefind-body><div data-pagefind-ignore><div><p>History: 20 commits</p></div><div>Findings</div></div><p>Kept &lt;div&gt; text</p>' +
			'<span aria-hidden="true" data-pagefind-ignore>01</span><div data-pagefind-ignore><dd data-pagefind-filter="owner">Katrin Hoff</dd></div>' +
			'<div data-pagefind-ignore><figure><img src="/a.png" alt="One-pager"></figure></div><div data-pagefind-ignore><br/><p>open</p></article>';
		const page = pageForSearch(html);
		expect(page).not.toMatch(/History|Findings|01/);
		expect(page).toContain('<p>Kept &lt;div&gt; text</p>');
		expect(page).toContain('<dd data-pagefind-filter="owner">Katrin Hoff</dd>');
		expect(page).toContain('<img src="/a.png" alt="One-pager">');
		// An element left open is kept, as Pagefind would read it.
		expect(page).toContain('<p>open</p>');
	});
});

describe('the index Pagefind builds from pageForSearch', () => {
	const dirs: string[] = [];
	afterAll(async () => {
		await pagefind.close();
		for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
	});

	/** Every file of the index Pagefind writes for `pages`, by name. */
	async function indexOf(pages: Record<string, string>): Promise<Map<string, Buffer>> {
		const out = mkdtempSync(join(tmpdir(), 'keyplan-search-index-'));
		dirs.push(out);
		const { index } = await pagefind.createIndex({ forceLanguage: 'en' });
		if (!index) throw new Error('Pagefind did not start');
		for (const [sourcePath, content] of Object.entries(pages)) expect((await index.addHTMLFile({ sourcePath, content })).errors).toEqual([]);
		expect((await index.writeFiles({ outputPath: out })).errors).toEqual([]);
		const files = readdirSync(out, {
			recursive: true,
			withFileTypes: true,
		}).filter((e) => e.isFile());
		return new Map(files.map((e) => [join(e.parentPath, e.name).slice(out.length), readFileSync(join(e.parentPath, e.name))]));
	}

	test('is the index of the spaced whole page, byte for byte', async () => {
		const page = (name: string, owner: string) =>
			`<!doctype html><html lang="en"><head><title>${name}</title><style>.a{color:red}</style></head><body class="site"><nav class="n"><a href="/">Home</a></nav>` +
			`<main><article class="account astro-x1" data-pagefind-body><h1 class="t" data-pagefind-meta="title">${name}</h1>` +
			`<dl><dt>Owner </dt><dd class="o" data-pagefind-filter="owner">${owner}</dd></dl><span class="num" data-pagefind-ignore>01</span>` +
			`<div data-pagefind-ignore><section id="history"><h2>History</h2><ul><li><div>Revised ${name}</div></li></ul></section></div>` +
			`<div data-pagefind-ignore><figure><img src="/accounts/${name}/onepager.png" alt="One-pager of ${name}"></figure></div>` +
			`<h2 id="risks" class="h">Risks</h2><p class="p">Retort line <strong class="s">capacity</strong><em>shortfall</em> in Q3.</p>` +
			`<svg class="chart" viewBox="0 0 10 10"><title>Revenue chart</title><text x="1">1.2 M</text></svg><table class="t"><tr><th class="c">Share</th><td>42 %</td></tr></table></article></main></body></html>`;
		const pages = {
			'accounts/acme/index.html': page('Acme Foods', 'Katrin Hoff'),
			'accounts/borealis/index.html': page('Borealis Pharma', 'Jonas Weber'),
		};
		// Spaced only (what the site indexed before the ignored parts were dropped) against pageForSearch.
		const spaced = (html: string) =>
			html
				.split(/(<(script|style)\b[\s\S]*?<\/\2>)/i)
				.map((part, i) => (i % 3 === 0 ? part.replace(/>(?=<)/g, '> ') : i % 3 === 1 ? part : ''))
				.join('');
		const whole = await indexOf(Object.fromEntries(Object.entries(pages).map(([path, html]) => [path, spaced(html)])));
		const trimmed = await indexOf(Object.fromEntries(Object.entries(pages).map(([path, html]) => [path, pageForSearch(html)])));
		expect(whole.size).toBeGreaterThan(3);
		expect([...trimmed.keys()].sort()).toEqual([...whole.keys()].sort());
		for (const [name, bytes] of whole) expect(trimmed.get(name)?.equals(bytes), name).toBe(true);
	}, 30_000);
});
