/**
 * Every script on the images: a one-pager for a Japanese account with
 * Arabic, Hebrew, Korean and Chinese contacts and an emoji in an objective
 * is drawn with real glyphs (read back by OCR), right-to-left text in visual
 * order, the emoji as a colour image; text in these scripts is measured so
 * that it never leaves its box; what no font covers is still "�"; and
 * Latin-only sheets load none of it. The Latin test runs first: it checks
 * what this test file's process has loaded so far.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { baseFontSet, fontSetFor, prepareFontSet } from '../../src/onepager/font-set';
import { FONT_FILES, loadedFontFiles } from '../../src/onepager/fonts';
import { REPLACEMENT } from '../../src/onepager/glyphs';
import { jobsOf } from '../../src/onepager/jobs';
import { renderSheet, sheetSvg } from '../../src/onepager/render';
import { sampleAnalysis } from './fixtures';
import { drawnText, EMOJI_IMAGE, hasTesseractLanguages, imageBoxes, ocrLine, ocrShows, regionOf, textBoxes } from './helpers';
import { latinJobs, scriptsJobs, SCRIPTS } from './scripts-fixture';
import { boxesOfText, renderTextBox } from './scripts-helpers';

const [account, customer] = scriptsJobs();

describe('Latin-only sheets', () => {
	it('load no script fonts or emoji', async () => {
		for (const job of jobsOf(sampleAnalysis())) expect(fontSetFor(job.sheet) === baseFontSet(), job.path).toBe(true);
		await renderSheet(latinJobs()[0].sheet);
		const base = new Set(FONT_FILES.map((f) => f.file));
		expect(loadedFontFiles().filter((f) => !base.has(f))).toEqual([]);
	});
});

describe('a sheet in Japanese, Arabic, Hebrew, Korean and Chinese, with an emoji', () => {
	let png: Buffer;
	const dir = mkdtempSync(join(tmpdir(), 'keyplan-scripts-'));
	beforeAll(async () => {
		png = (await renderSheet(account.sheet)).png;
		await sharp(png).toFile(join(dir, 'scripts.png'));
	}, 60_000);

	it('loads only the script font subsets it needs', () => {
		const extra = fontSetFor(account.sheet).extra;
		expect(extra.some((f) => f.includes('noto-sans-jp'))).toBe(true);
		expect(extra.some((f) => f.includes('ibm-plex-sans-arabic-arabic-700'))).toBe(true);
		expect(extra.some((f) => f.includes('noto-sans-hebrew-hebrew'))).toBe(true);
		expect(extra.some((f) => f.includes('noto-sans-kr'))).toBe(true);
		// A CJK font has over a hundred subset files per weight; a sheet takes a handful.
		expect(extra.length).toBeLessThan(30);
	});

	it('draws every name with real glyphs, and the emoji as an image', async () => {
		for (const job of [account, customer]) {
			const text = await drawnText(job.sheet);
			expect(text, job.path).not.toContain(REPLACEMENT);
			for (const name of [SCRIPTS.account, SCRIPTS.korean, SCRIPTS.chinese]) expect(text, job.path).toContain(name);
			// Right-to-left names are contacts of the who's who, which only the internal sheet shows.
			if (job === account) for (const word of [...SCRIPTS.arabic.split(' '), ...SCRIPTS.hebrew.split(' ')]) expect(text, job.path).toContain(word);
			expect(text, job.path).toContain(`${EMOJI_IMAGE} Launch the Tokyo service hub`);
		}
	});

	it('draws right-to-left names in visual order: the first word on the right', async () => {
		const boxes = await textBoxes(account.sheet);
		for (const name of [SCRIPTS.arabic, SCRIPTS.hebrew]) {
			const [first, second] = name.split(' ').map((w) => boxes.find((b) => b.text === w));
			expect(first && second, name).toBeTruthy();
			if (first && second) expect(first.x, name).toBeGreaterThan(second.x);
		}
	});

	it('draws the emoji in colour where it sits (a "�" would be black and white)', async () => {
		const svg = await sheetSvg(account.sheet, false);
		const emoji = (await imageBoxes(svg, account.sheet)).filter((b) => b.emoji);
		expect(emoji).toHaveLength(1);
		const { x, y, width, height } = emoji[0];
		const { data, info } = await sharp(png).extract({ left: Math.floor(x), top: Math.floor(y), width: Math.ceil(width), height: Math.ceil(height) }).removeAlpha().raw().toBuffer({ resolveWithObject: true });
		let colourful = 0;
		for (let i = 0; i < data.length; i += info.channels) if (Math.max(data[i], data[i + 1], data[i + 2]) - Math.min(data[i], data[i + 1], data[i + 2]) > 80) colourful++;
		expect(colourful).toBeGreaterThan(40);
	});

	it.skipIf(!hasTesseractLanguages('jpn', 'ara', 'heb'))('is read back by OCR: Japanese, Arabic and Hebrew', async () => {
		const boxes = await textBoxes(account.sheet);
		for (const [text, lang] of [[SCRIPTS.account, 'jpn'], [SCRIPTS.arabic, 'ara'], [SCRIPTS.hebrew, 'heb']] as const) {
			const read = await ocrLine(png, regionOf(boxesOfText(boxes, text)), lang, join(dir, `${lang}.png`));
			expect(ocrShows(read, text), `${lang}: read "${read}", expected "${text}"`).toBe(true);
		}
	}, 60_000);

	it('is the same bytes when rendered again', async () => {
		const again = await renderSheet(structuredClone(account.sheet));
		expect(again.png.equals(png)).toBe(true);
	});

	it('stays within the size limit', () => {
		expect(png.length).toBeLessThanOrEqual(250 * 1024);
	});
});

describe('measuring and clamping', () => {
	const samples = [
		'شركة الخليج للتجارة والمقاولات ش.م.م. — مدير المشتريات والعقود 2026 (الرياض) ههههههه',
		'מנהל רכש ראשי, חטיבת התפעול — Tel Aviv 2026 (מטה)',
		'北斗精機株式会社の東京サービス拠点を2027年までに立ち上げる、ことを目指します。',
		'🚀 Launch 김민준 王芳 👩‍👩‍👧 and سارة المنصوري in Q3',
	];

	it('never lets text leave its box, in any script, at any width and line count', async () => {
		const sheet = { ...account.sheet, name: samples.join(' ') };
		const set = await prepareFontSet(sheet);
		for (const content of samples) {
			for (const width of [140, 260, 420]) {
				for (const lines of [1, 2, 3]) {
					for (const weight of [400, 700] as const) {
						const { boxes, left, top } = await renderTextBox(set, content, { size: 20, weight, width, lines });
						const where = `"${content}" in ${width}px × ${lines} lines, ${weight}`;
						expect(boxes.length, where).toBeGreaterThan(0);
						for (const b of boxes) {
							expect(b.x, `${where}: "${b.text}" starts at ${b.x}`).toBeGreaterThanOrEqual(left - 0.5);
							expect(b.x + b.width, `${where}: "${b.text}" ends at ${b.x + b.width}`).toBeLessThanOrEqual(left + width + 0.5);
							expect(b.y, `${where}: "${b.text}" on line ${b.y}`).toBeLessThanOrEqual(top + 26 * lines + 1);
						}
					}
				}
			}
		}
	}, 60_000);

	it('orders a mixed line by the Unicode bidi algorithm, brackets and numbers included', async () => {
		// Left-to-right order of the drawn words and marks; a bracket in a right-to-left run is drawn mirrored.
		const cases: [string, string[]][] = [
			['Contact: سارة المنصوري (CFO), 2026', ['Contact', ':', 'المنصوري', 'سارة', '(', 'CFO', ')', ',', '2026']],
			['ابن 123 خلدون (الرياض)', [')', 'الرياض', '(', 'خلدون', '123', 'ابن']],
			['מנהל רכש (מטה) 2026', ['2026', ')', 'מטה', '(', 'רכש', 'מנהל']],
		];
		const set = await prepareFontSet({ ...account.sheet, name: cases.map(([line]) => line).join(' ') });
		for (const [line, order] of cases) {
			const { boxes } = await renderTextBox(set, line, { size: 20, weight: 400, width: 800, lines: 1 });
			expect([...boxes].sort((a, b) => a.x - b.x).map((b) => b.text), line).toEqual(order);
		}
	});

	it('still replaces what no bundled font covers', async () => {
		const sheet = { ...account.sheet, name: 'हिन्दी ภาษาไทย 北斗' };
		expect(await drawnText(sheet)).toMatch(/\uFFFD+ \uFFFD+ 北斗/u);
	});
});
