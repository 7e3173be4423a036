/** The text helpers: glyph pre-pass, measuring, wrapping and clamping with an ellipsis, bidi runs. */
import { describe, expect, it } from 'vitest';
import { paragraphDirection, visualRuns } from '../../src/onepager/bidi';
import { loadFonts } from '../../src/onepager/fonts';
import { coverageOf, drawableText, normalizedText, REPLACEMENT } from '../../src/onepager/glyphs';
import { createMeasurer } from '../../src/onepager/measurer';
import { ELLIPSIS, ellipsize, fitText, graphemes, wrapText, type Measurer } from '../../src/onepager/text-fit';

const fonts = loadFonts();
const covers = coverageOf(fonts);
const measurer = createMeasurer(fonts);
const style = { size: 20, weight: 400 as const };

/** A measurer where every character is 10 px wide, to test wrapping by hand. */
const mono: Measurer = { width: (text) => [...text].length * 10 };

describe('glyph pre-pass', () => {
	it('keeps Latin accents, Greek and Cyrillic', () => {
		const text = 'Poznań Ørsted Αλέξανδρος Преображенская';
		expect(drawableText(text, covers)).toBe(text);
	});
	it('replaces characters no bundled font covers, one mark per grapheme', () => {
		expect(drawableText('Li 李伟 🚀 👩‍👩‍👧 x', covers)).toBe(`Li ${REPLACEMENT}${REPLACEMENT} ${REPLACEMENT} ${REPLACEMENT} x`);
		expect(covers(REPLACEMENT.codePointAt(0) ?? 0)).toBe(true);
	});
	it('uses readable stand-ins for common symbols', () => {
		expect(drawableText('≥ 99.5% and ≤ 2 days', covers)).toBe('>= 99.5% and <= 2 days');
	});
	it('drops Arabic vowel signs and Hebrew points, which Satori would misplace', () => {
		expect(normalizedText('مُحَمَّد')).toBe('محمد');
		expect(normalizedText('שָׁלוֹם')).toBe('שלום');
	});
	it('keeps emoji drawn as images whole', () => {
		expect(drawableText('a 👩‍👩‍👧 b 🚀', covers, (g) => g === '👩‍👩‍👧')).toBe(`a 👩‍👩‍👧 b ${REPLACEMENT}`);
	});
	it('folds whitespace and control characters, composes accents', () => {
		expect(drawableText('  a\n\tb\u0000  c ', covers)).toBe('a b c');
		expect(drawableText('e\u0301', covers)).toBe('é');
	});
});

describe('measuring', () => {
	it('grows with the text and the size, and bold is wider', () => {
		const w = measurer.width('Nordwind Logistics', style);
		expect(w).toBeGreaterThan(150);
		expect(w).toBeLessThan(220);
		expect(measurer.width('Nordwind Logistics', { size: 40, weight: 400 })).toBeCloseTo(2 * w, 5);
		expect(measurer.width('Nordwind Logistics', { size: 20, weight: 700 })).toBeGreaterThan(w);
	});
	it('measures Greek and Cyrillic from their fonts', () => {
		expect(measurer.width('Ω', style)).toBeGreaterThan(5);
		expect(measurer.width('Ж', style)).toBeGreaterThan(5);
	});
	it('counts an emoji image as one em, as Satori draws it', () => {
		const withImages = createMeasurer(fonts, { isImage: (g) => g === '👩‍👩‍👧' });
		expect(withImages.width('👩‍👩‍👧', style)).toBe(20);
	});
	it('never splits a grapheme', () => {
		expect(graphemes('e\u0301👩‍👩‍👧a')).toEqual(['e\u0301', '👩‍👩‍👧', 'a']);
	});
});

describe('wrapping and clamping', () => {
	it('wraps greedily at spaces', () => {
		expect(wrapText('aaa bbb ccc dd', style, 70, mono)).toEqual(['aaa bbb', 'ccc dd']);
	});
	it('breaks a word longer than the line', () => {
		expect(wrapText('abcdefghij xy', style, 40, mono)).toEqual(['abcd', 'efgh', 'ij', 'xy']);
	});
	it('leaves text that fits alone', () => {
		expect(fitText('aaa bbb', style, 70, 1, mono)).toEqual({ text: 'aaa bbb', lines: ['aaa bbb'], truncated: false });
	});
	it('clamps to the line count with an ellipsis that fits', () => {
		const fitted = fitText('aaa bbb ccc ddd eee fff', style, 70, 2, mono);
		expect(fitted.truncated).toBe(true);
		expect(fitted.lines).toHaveLength(2);
		expect(fitted.lines[1].endsWith(ELLIPSIS)).toBe(true);
		for (const line of fitted.lines) expect(mono.width(line, style)).toBeLessThanOrEqual(70);
	});
	it('fills the last line rather than stopping before a long word', () => {
		const cut = ellipsize('Objective 1: Donaudampfschifffahrtsgesellschaft', style, 200, mono);
		expect(cut).toBe(`Objective 1: Donaud${ELLIPSIS}`);
	});
	it('cuts at a word boundary when that keeps most of the line', () => {
		expect(ellipsize('aaaaaaaaa bbbbbbbbbbbb', style, 120, mono)).toBe(`aaaaaaaaa${ELLIPSIS}`);
	});
	it('fits real text within the width with the real fonts', () => {
		const long = 'Renew the operations and maintenance contract for 2028–2032 as a single scope, at a value at least equal to today’s';
		for (const lines of [1, 2, 3]) {
			const fitted = fitText(long, style, 300, lines, measurer);
			expect(fitted.lines.length).toBeLessThanOrEqual(lines);
			for (const line of fitted.lines) expect(measurer.width(line, style)).toBeLessThanOrEqual(300);
		}
	});
});

describe('bidi runs', () => {
	it('takes the paragraph direction from the first strong character', () => {
		expect(paragraphDirection('(123) سارة Smith')).toBe('rtl');
		expect(paragraphDirection('Contact: سارة')).toBe('ltr');
		expect(paragraphDirection('123 …')).toBe('ltr');
	});
	it('splits a line into runs of one direction, in visual order', () => {
		expect(visualRuns('Contact: سارة المنصوري (CFO)', 'ltr')).toEqual([
			{ text: 'Contact: ', rtl: false },
			{ text: 'سارة المنصوري', rtl: true },
			{ text: ' (CFO)', rtl: false },
		]);
		expect(visualRuns('מנהל רכש 2026', 'rtl')).toEqual([
			{ text: '2026', rtl: false },
			{ text: 'מנהל רכש ', rtl: true },
		]);
	});
	it('never splits an emoji sequence between runs', () => {
		const runs = visualRuns('שלום 👩‍👩‍👧 עולם', 'rtl');
		expect(runs.some((r) => r.text.includes('👩‍👩‍👧'))).toBe(true);
	});
});
