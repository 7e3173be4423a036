/**
 * The glyph pre-pass: before any text reaches Satori it is normalised (NFC,
 * single spaces) and every character no bundled font covers is replaced
 * visibly — by a readable stand-in where there is one (`≥` → `>=`), else by
 * the replacement character `�` — so a missing glyph never crashes a render
 * and never draws as an empty box of unknown width.
 */
import type { LoadedFont } from './fonts.ts';

/** Drawn in place of a character (or emoji, or sequence) no bundled font covers. */
export const REPLACEMENT = '\uFFFD';

/** Readable stand-ins for common symbols the bundled subsets lack. */
export const STAND_INS: Readonly<Record<string, string>> = {
	'≥': '>=',
	'≤': '<=',
	'≠': '!=',
	'≈': '~',
	'→': '->',
	'←': '<-',
	'★': '*',
	'☆': '*',
	'□': REPLACEMENT,
};

/** Code points that only modify the character before them and need no glyph of their own. */
const INVISIBLE = new Set([0x200d, 0xfe0e, 0xfe0f, 0x200b, 0x2060]);

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** True when some bundled font has a glyph for the code point. */
export type Coverage = (codePoint: number) => boolean;

/** Coverage of a set of loaded fonts (any weight counts: Satori falls back across weights). */
export function coverageOf(fonts: readonly LoadedFont[]): Coverage {
	const cache = new Map<number, boolean>();
	return (cp) => {
		let known = cache.get(cp);
		if (known === undefined) {
			known = fonts.some((f) => f.metrics.glyphOf(cp) !== 0);
			cache.set(cp, known);
		}
		return known;
	};
}

/** True when every visible code point of a grapheme is covered. */
function drawable(grapheme: string, covers: Coverage): boolean {
	for (const ch of grapheme) {
		const cp = ch.codePointAt(0) ?? 0;
		if (!INVISIBLE.has(cp) && !covers(cp)) return false;
	}
	return true;
}

/**
 * Text that the bundled fonts can draw: NFC-normalised, control characters
 * dropped, whitespace runs folded to one space, uncovered graphemes replaced.
 */
export function drawableText(text: string, covers: Coverage): string {
	const folded = text.normalize('NFC').replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\s]+/gu, ' ').trim();
	let out = '';
	for (const { segment } of segmenter.segment(folded)) {
		if (segment === ' ' || drawable(segment, covers)) out += segment;
		else {
			const standIn = STAND_INS[segment];
			out += standIn !== undefined && [...standIn].every((c) => covers(c.codePointAt(0) ?? 0)) ? standIn : REPLACEMENT;
		}
	}
	return out;
}
