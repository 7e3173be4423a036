/**
 * The glyph pre-pass: before any text reaches Satori it is normalised (NFC,
 * single spaces) and every character no bundled font covers is replaced
 * visibly — by a readable stand-in where there is one (`≥` → `>=`), else by
 * the replacement character `�` — so a missing glyph never crashes a render
 * and never draws as an empty box of unknown width. Emoji the sheet has
 * images for are kept whole (Satori draws them as images).
 */
import type { LoadedFont } from './fonts.ts';
import { graphemes } from './text-fit.ts';

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

/**
 * Arabic vowel signs and Quranic marks, Hebrew points and cantillation: Satori
 * 0.63 applies vertical mark offsets upside down, so these would sit inside
 * or far above the letters. Everyday text is written without them and reads
 * the same, so they are dropped.
 */
const MISPLACED_MARKS = /[\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed\u08d3-\u08ff]/gu;

/** True when some bundled font has a glyph for the code point. */
export type Coverage = (codePoint: number) => boolean;

/** Coverage of a set of loaded fonts, from their cmaps as HarfBuzz reads them (any weight counts: Satori falls back across weights). */
export function coverageOf(fonts: readonly LoadedFont[]): Coverage {
	const cache = new Map<number, boolean>();
	return (cp) => {
		let known = cache.get(cp);
		if (known === undefined) {
			known = fonts.some((f) => f.face.covers(cp));
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

/** True for a grapheme drawn as an image (an emoji), not with a font. */
export type IsImage = (grapheme: string) => boolean;

/** Text as the pre-pass sees it before replacing: NFC, marks Satori misplaces dropped, whitespace folded. */
export function normalizedText(text: string): string {
	return text
		.normalize('NFC')
		.replace(MISPLACED_MARKS, '')
		.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\s]+/gu, ' ')
		.trim();
}

/**
 * Text that the bundled fonts can draw: normalised (`normalizedText`),
 * emoji with an image kept, uncovered graphemes replaced.
 */
export function drawableText(text: string, covers: Coverage, isImage?: IsImage): string {
	let out = '';
	for (const segment of graphemes(normalizedText(text))) {
		if (segment === ' ' || isImage?.(segment) || drawable(segment, covers)) out += segment;
		else {
			const standIn = STAND_INS[segment];
			out += standIn !== undefined && [...standIn].every((c) => covers(c.codePointAt(0) ?? 0)) ? standIn : REPLACEMENT;
		}
	}
	return out;
}
