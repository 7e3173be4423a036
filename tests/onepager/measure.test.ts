/**
 * The text measurer against Satori itself: a line measures what Satori draws
 * (the widths of its `<text>` pieces) within 1 px, in every script the
 * images use, regular and bold, small and large, and never less; Satori
 * keeps it on one line in a box as wide as it is laid out and wraps it in a
 * narrower one; aligned boxes draw nothing outside them. And what the
 * measurer knows that a sum of advance widths does not: kerning, Arabic
 * joining, letter spacing; and which font covers what.
 */
import satori from 'satori';
import { beforeAll, describe, expect, it } from 'vitest';
import { hasRtl } from '../../src/onepager/bidi';
import { prepareFontSet, type FontSet } from '../../src/onepager/font-set';
import { loadFonts } from '../../src/onepager/fonts';
import { coverageOf } from '../../src/onepager/glyphs';
import type { TextStyle } from '../../src/onepager/text-fit';
import { scriptsJobs } from './scripts-fixture';
import { renderTextBox } from './scripts-helpers';

const SAMPLES: Record<string, string[]> = {
	Latin: ['Nordwind Logistics GmbH', 'AVAST WAVY Tokyo Yard, “quoted” 2028–2032 …', 'Poznań Ørsted façade Týr — 12.5% off/on'],
	Cyrillic: ['Екатерина Александровна Преображенская'],
	Greek: ['Αλέξανδρος Παπαδόπουλος-Κωνσταντινίδης'],
	CJK: ['北斗精機株式会社の東京サービス拠点', '김민준 王芳 「東京」、サービス。'],
	Arabic: ['شركة الخليج للتجارة والمقاولات', 'سارة المنصوري (الرياض) 2026'],
	Hebrew: ['מנהל רכש ראשי, חטיבת התפעול', 'דניאל לוי'],
};
const STYLES: TextStyle[] = [14, 20, 36].flatMap((size) => [400, 700].map((weight) => ({ size, weight: weight as 400 | 700 })));

let set: FontSet;
beforeAll(async () => {
	const [account] = scriptsJobs();
	set = await prepareFontSet({ ...account.sheet, name: Object.values(SAMPLES).flat().join(' ') });
});

/**
 * What Satori does with `text` in a box `width` px wide: how wide it draws it
 * (from the first `<text>` piece to the end of the last) and in how many
 * lines. Right-to-left text is drawn in a `direction: rtl` box, as the
 * layouts draw it (`h.ts`).
 */
async function satoriLine(text: string, style: TextStyle, width = 1800): Promise<{ drawn: number; lines: number }> {
	const direction = hasRtl(text) ? 'rtl' : 'ltr';
	const box = { type: 'div', props: { style: { display: 'block', direction, width, fontSize: style.size, fontWeight: style.weight, lineHeight: '60px', flexShrink: 0 }, children: text } };
	const root = { type: 'div', props: { style: { display: 'flex', width: 1920, height: 400, fontFamily: 'Inter' }, children: box } };
	const svg = await satori(root as Parameters<typeof satori>[0], { width: 1920, height: 400, fonts: set.satori, embedFont: false });
	const pieces = [...svg.matchAll(/<text x="([\d.e-]+)" y="([\d.-]+)" width="([\d.-]+)"[^>]*>[^<]*<\/text>/g)].map((m) => ({ x: Number(m[1]), y: m[2], end: Number(m[1]) + Number(m[3]) }));
	const drawn = Math.max(...pieces.map((p) => p.end)) - Math.min(...pieces.map((p) => p.x));
	return { drawn, lines: new Set(pieces.map((p) => p.y)).size };
}

/**
 * Satori lays a line out as its words side by side, each with its trailing
 * spaces shaped whole, and draws each word from there piece by piece
 * (letters, spaces, punctuation): a space after Hebrew or Korean is laid out
 * in that font and drawn in Inter. The measured width is the wider of the
 * two.
 */
describe('measured widths against Satori', () => {
	for (const [script, texts] of Object.entries(SAMPLES)) {
		it(`${script}: what Satori draws (or lays out, when wider) within 1 px, regular and bold, 14 to 36 px`, async () => {
			const { measurer } = set.fit;
			for (const text of texts) {
				for (const style of STYLES) {
					const measured = measurer.width(text, style);
					const laidOut = measurer.layoutWidth?.(text, style) ?? measured;
					const { drawn } = await satoriLine(text, style);
					const where = `"${text}" at ${style.size}px ${style.weight}: measured ${measured}, drawn ${drawn}, laid out ${laidOut}`;
					expect(Math.abs(measured - Math.max(drawn, laidOut)), where).toBeLessThanOrEqual(1);
					expect(drawn, where).toBeLessThanOrEqual(measured + 0.01);
					if (laidOut <= drawn) expect(Math.abs(measured - drawn), where).toBeLessThanOrEqual(1);
				}
			}
		});
	}

	it('lays out as Satori does: one line in a box as wide as laid out, two in one a pixel narrower', async () => {
		for (const text of Object.values(SAMPLES).flat()) {
			for (const style of [STYLES[0], STYLES[3]]) {
				const laidOut = set.fit.measurer.layoutWidth?.(text, style) ?? 0;
				expect((await satoriLine(text, style, laidOut)).lines, `"${text}" in ${laidOut}px`).toBe(1);
				expect((await satoriLine(text, style, laidOut - 1)).lines, `"${text}" in ${laidOut - 1}px`).toBe(2);
			}
		}
	});
});

describe('aligned text', () => {
	// Satori aligns by the laid-out width but draws word by word, a little wider where a letter kerns with an ellipsis or quote.
	const texts = ['Risk 0 Unverhältnismäßig lange Bezeichnung ohne Rücksicht auf Verluste, "Tokyo" Yard.', 'Contact: سارة المنصوري (CFO), 2026 and more', 'ابن 123 خلدون (الرياض) Riyadh office, "quoted" text.', 'מנהל רכש ראשי, חטיבת התפעול — Tel Aviv 2026 (מטה)'];

	it('right-aligned and centred, in any script, draws nothing outside its box', async () => {
		for (const content of texts) {
			for (const textAlign of ['right', 'center']) {
				for (const width of [90, 159, 228, 251, 435]) {
					for (const weight of [400, 700] as const) {
						const { boxes, left } = await renderTextBox(set, content, { size: 19, weight, width, lines: 2, style: { textAlign } });
						for (const b of boxes) {
							const where = `"${content}" ${textAlign} in ${width}px, ${weight}: "${b.text}" at ${b.x - left}…${b.x + b.width - left}`;
							expect(b.x, where).toBeGreaterThanOrEqual(left - 0.01);
							expect(b.x + b.width, where).toBeLessThanOrEqual(left + width + 0.01);
						}
					}
				}
			}
		}
	}, 60_000);
});

describe('what shaping adds to a sum of advances', () => {
	const style: TextStyle = { size: 40, weight: 400 };
	const letters = (text: string) => [...text].reduce((sum, ch) => sum + set.fit.measurer.width(ch, style), 0);

	it('kerns: "AVAWAY" is narrower than its letters side by side', () => {
		expect(set.fit.measurer.width('AVAWAY', style)).toBeLessThan(letters('AVAWAY') - 5);
	});
	it('joins Arabic letters: a word is not its isolated letters', () => {
		expect(Math.abs(set.fit.measurer.width('المنصوري', style) - letters('المنصوري'))).toBeGreaterThan(5);
	});
	it('adds letter spacing after every character, as Satori does', () => {
		const plain = set.fit.measurer.width('AT RISK', { size: 26, weight: 700 });
		expect(set.fit.measurer.width('AT RISK', { size: 26, weight: 700, letterSpacing: 1 })).toBeCloseTo(plain + 7, 6);
	});
	it('draws 600 with Inter SemiBold, and script fonts (400 and 700 only) with their bold', () => {
		const m = set.fit.measurer;
		expect(m.width('Nordwind', { size: 20, weight: 600 })).toBeGreaterThan(m.width('Nordwind', { size: 20, weight: 400 }));
		expect(m.width('Nordwind', { size: 20, weight: 600 })).toBeLessThan(m.width('Nordwind', { size: 20, weight: 700 }));
		expect(m.width('المنصوري', { size: 20, weight: 600 })).toBe(m.width('المنصوري', { size: 20, weight: 700 }));
	});
});

describe('coverage', () => {
	it('comes from the fonts’ character maps: the base fonts cover Latin, Greek, Cyrillic and �, not CJK', () => {
		const covers = coverageOf(loadFonts());
		for (const ch of 'AzŁøΩЖ\uFFFD') expect(covers(ch.codePointAt(0) ?? 0), ch).toBe(true);
		for (const ch of '北김سא') expect(covers(ch.codePointAt(0) ?? 0), ch).toBe(false);
	});
	it('grows with the script fonts a sheet loads', () => {
		for (const ch of '北김سא') expect(set.fit.covers(ch.codePointAt(0) ?? 0), ch).toBe(true);
	});
});
