/**
 * The .pptx package, read back part by part: every part has a content type,
 * every relationship leads to a part that exists, the properties are set,
 * the portfolio is a native table (text, not a picture) split over slides of
 * ten accounts, pictures are the one-pagers from the image cache, and the
 * same content and date give the same bytes.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { deckContents } from '../../src/deck/contents';
import { deckFile } from '../../src/deck/deck';
import { ROWS_PER_SLIDE, slideCount } from '../../src/deck/slides';
import { standIn, standInIndex } from '../../src/deck/stand-ins';
import sharp from 'sharp';
import { analysePortfolio } from '../../src/domain/analysis';
import { formatDate } from '../../src/domain/format';
import { dashboardOrder } from '../../src/domain/portfolio-order';
import { loadPortfolio } from '../../src/loader/portfolio';
import { sampleAnalysis, TODAY } from '../onepager/fixtures';
import { REPO, sandbox } from '../support/sandbox';
import { sharedImages, slideNames, textRuns, unzip } from './support';

const images = sharedImages();
afterAll(() => images.close());
const analysis = sampleAnalysis();
const xml = (parts: Map<string, Buffer>, name: string) => parts.get(name)!.toString('utf8');

/** Resolves a relationship target against the folder of the part that holds the relationship. */
function resolveTarget(relsName: string, target: string): string {
	const source = relsName.replace(/_rels\/([^/]*)\.rels$/, '$1');
	const base = source.includes('/') ? source.slice(0, source.lastIndexOf('/') + 1) : '';
	const parts = (target.startsWith('/') ? target.slice(1) : base + target).split('/');
	const out: string[] = [];
	for (const p of parts) p === '..' ? out.pop() : p !== '.' && out.push(p);
	return out.join('/');
}

describe('the package of an internal deck of every sample account', async () => {
	const contents = deckContents(analysis, {});
	const deck = await deckFile(contents, images);
	const parts = await unzip(deck);

	test('every part has a content type ([Content_Types].xml: an override or a default for its extension)', () => {
		const types = xml(parts, '[Content_Types].xml');
		const overrides = new Set([...types.matchAll(/<Override PartName="\/([^"]+)"/g)].map((m) => m[1]));
		const defaults = new Set([...types.matchAll(/<Default Extension="([^"]+)"/g)].map((m) => m[1].toLowerCase()));
		expect(overrides.size).toBeGreaterThan(10);
		for (const name of parts.keys()) {
			if (name === '[Content_Types].xml') continue;
			const ext = name.slice(name.lastIndexOf('.') + 1).toLowerCase();
			expect(overrides.has(name) || defaults.has(ext), name).toBe(true);
		}
		// And no override names a part that is not there.
		for (const name of overrides) expect(parts.has(name), name).toBe(true);
	});

	test('has none of the defects of pptxgenjs 4.0.1 that PowerPoint repairs', () => {
		const types = xml(parts, '[Content_Types].xml');
		const extensions = new Set([...parts.keys()].map((n) => n.slice(n.lastIndexOf('.') + 1).toLowerCase()));
		const defaults = [...types.matchAll(/<Default Extension="([^"]+)"/g)].map((m) => m[1].toLowerCase());
		expect(defaults.sort()).toEqual(['png', 'rels', 'xml']);
		for (const ext of defaults) expect(extensions.has(ext), ext).toBe(true);
		expect(types).not.toContain('image/jpg"');
		let backgrounds = 0;
		for (const name of slideNames(parts)) {
			const slide = xml(parts, name);
			for (const bg of slide.match(/<p:bgPr>[^]*?<\/p:bgPr>/g) ?? []) {
				expect(bg, name).toMatch(/<a:effectLst\/><\/p:bgPr>$/);
				backgrounds++;
			}
			for (const shape of slide.match(/<p:sp>[^]*?<\/p:sp>/g) ?? []) expect(shape, name).toContain('<p:txBody>');
		}
		expect(backgrounds).toBeGreaterThan(0);
	});

	test('every relationship target exists', () => {
		let checked = 0;
		for (const [name, data] of parts) {
			if (!name.endsWith('.rels')) continue;
			for (const m of data.toString('utf8').matchAll(/<Relationship [^>]*Target="([^"]+)"[^>]*>/g)) {
				if (/TargetMode="External"/.test(m[0])) continue;
				expect(parts.has(resolveTarget(name, m[1])), `${name} → ${m[1]}`).toBe(true);
				checked++;
			}
		}
		expect(checked).toBeGreaterThan(contents.pictures.length * 2);
	});

	test('has the title, subject, author and the date of today, not of the clock', () => {
		const core = xml(parts, 'docProps/core.xml');
		expect(core).toContain(`<dc:title>${contents.properties.title}</dc:title>`);
		expect(core).toContain(`<dc:creator>${analysis.settings.organisation}</dc:creator>`);
		expect(core).toContain(`<dc:subject>${contents.properties.subject}</dc:subject>`);
		expect(contents.properties.subject).toContain(formatDate(TODAY));
		expect([...core.matchAll(/<dcterms:(created|modified)[^>]*>([^<]*)</g)].map((m) => m[2])).toEqual([`${TODAY}T00:00:00Z`, `${TODAY}T00:00:00Z`]);
	});

	test('has the slides it should: title, portfolio, a one-pager per account and per renewal plan', () => {
		const renewals = analysis.accounts.filter((a) => a.account.renewal).length;
		expect(slideNames(parts)).toHaveLength(1 + 1 + analysis.accounts.length + renewals);
		expect(slideCount(contents)).toBe(slideNames(parts).length);
	});

	test('draws the portfolio as a native table with every account in the dashboard order', () => {
		const slide = xml(parts, 'ppt/slides/slide2.xml');
		expect(slide).toContain('<a:tbl>');
		expect(slide).not.toContain('<p:pic>');
		const text = textRuns(slide).join('\n');
		const order = dashboardOrder(analysis.accounts, analysis.settings.tiers).map((a) => text.indexOf(a.account.plan.data.name));
		expect(order.every((at) => at >= 0)).toBe(true);
		expect(order).toEqual([...order].sort((a, b) => a - b));
	});

	test('shows the one-pagers from the image cache, byte for byte, each with its alternative text', async () => {
		const media = [...parts.keys()].filter((n) => n.startsWith('ppt/media/'));
		expect(media).toHaveLength(contents.pictures.length);
		const expected = await Promise.all(contents.pictures.map((p) => images.image(p.job, 'png')));
		const inDeck = media.map((n) => parts.get(n)!);
		for (const png of expected) expect(inDeck.some((m) => m.equals(png))).toBe(true);
		const slides = slideNames(parts).slice(2).map((n) => xml(parts, n));
		contents.pictures.forEach((p, i) => expect(slides[i]).toContain(`descr="${p.alt}"`));
	});

	test('is reproducible: the same content and date give the same bytes; another date changes them', async () => {
		expect((await deckFile(deckContents(analysis, {}), images)).equals(deck)).toBe(true);
		const later = analysePortfolio(loadPortfolio(REPO).portfolio, '2026-12-01');
		const other = await unzip(await deckFile(deckContents(later, {}), images));
		expect(xml(other, 'docProps/core.xml')).toContain('2026-12-01T00:00:00Z');
	});
});

describe('picture stand-ins (what pptxgenjs zips before the one-pagers take their place)', () => {
	test('are valid 1×1 PNGs that carry their number, and no one-pager is taken for one', async () => {
		for (const i of [0, 1, 9, 10, 99, 1234, 99_999]) {
			expect(standInIndex(standIn(i))).toBe(i);
			expect(await sharp(standIn(i)).metadata()).toMatchObject({ format: 'png', width: 1, height: 1 });
		}
		const onepagers = await Promise.all(deckContents(analysis, {}).pictures.map((p) => images.image(p.job, 'png')));
		for (const png of onepagers) expect(standInIndex(png)).toBeUndefined();
	});
});

describe('a portfolio larger than one slide', () => {
	test('continues the table on the next slide, ten accounts to a slide', async () => {
		const samples = analysis.accounts.map((a) => a.slug);
		const copies = Object.fromEntries(Array.from({ length: ROWS_PER_SLIDE + 3 }, (_, i) => [`${samples[i % samples.length]}-${i}`, samples[i % samples.length]]));
		const box = sandbox(copies);
		try {
			const big = analysePortfolio(loadPortfolio(box.root).portfolio, TODAY);
			const contents = deckContents(big, {});
			const parts = await unzip(await deckFile({ ...contents, pictures: contents.pictures.slice(0, 1) }, images));
			const [first, second] = ['ppt/slides/slide2.xml', 'ppt/slides/slide3.xml'].map((n) => xml(parts, n));
			const rows = (slide: string) => (slide.match(/<a:tr /g) ?? []).length - 1;
			expect([rows(first), rows(second)]).toEqual([ROWS_PER_SLIDE, 3]);
			expect(textRuns(first).join(' ')).toContain('(1/2)');
			expect(textRuns(second).join(' ')).toContain('(2/2)');
		} finally {
			box.remove();
		}
	});
});
