/**
 * Wrapping and clamping text, so every text box on a one-pager is known to
 * fit before Satori lays it out. Text is measured by a `Measurer`: on the
 * images, `measurer.ts`, exact to what Satori lays out and draws, so no
 * safety margin is added.
 */
import type { Weight } from './fonts.ts';

/** The ellipsis appended to clamped text. */
export const ELLIPSIS = '…';

/** Size, weight and letter spacing of a run of text. */
export interface TextStyle {
	/** Font size in px. */
	size: number;
	weight: Weight;
	/** CSS `letter-spacing` in px, added after every character as Satori does (default 0). */
	letterSpacing?: number;
}

/** Measures text in px. */
export interface Measurer {
	/** The room text needs: its width as Satori lays it out or as it draws it, whichever is wider. */
	width(text: string, style: TextStyle): number;
	/**
	 * Its width as Satori's layout takes it (line breaking, aligning), at most
	 * `width`: text is drawn wider by the difference from where Satori
	 * aligns it. Measurers without it lay out and draw alike.
	 */
	layoutWidth?(text: string, style: TextStyle): number;
}

/** The result of fitting text into a box. */
export interface Fitted {
	/** The text to draw: the original, or a clamped prefix ending in an ellipsis. */
	text: string;
	/** The lines as wrapped by the measurer. */
	lines: string[];
	truncated: boolean;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** The graphemes of a string (user-perceived characters: never split an accent or emoji). */
export function graphemes(text: string): string[] {
	return Array.from(segmenter.segment(text), (s) => s.segment);
}

/** Splits a word that is wider than `width` into pieces that fit. */
function breakWord(word: string, width: number, measure: (s: string) => number): string[] {
	const pieces: string[] = [];
	let piece = '';
	for (const g of graphemes(word)) {
		if (piece && measure(piece + g) > width) {
			pieces.push(piece);
			piece = '';
		}
		piece += g;
	}
	if (piece) pieces.push(piece);
	return pieces;
}

/** Greedy word wrap into lines no wider than `width` (over-long words are broken). */
export function wrapText(text: string, style: TextStyle, width: number, measurer: Measurer): string[] {
	const measure = (s: string) => measurer.width(s, style);
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(' ').filter(Boolean)) {
		const candidate = line ? `${line} ${word}` : word;
		if (measure(candidate) <= width) {
			line = candidate;
			continue;
		}
		if (line) lines.push(line);
		const pieces = measure(word) <= width ? [word] : breakWord(word, width, measure);
		lines.push(...pieces.slice(0, -1));
		line = pieces[pieces.length - 1] ?? '';
	}
	if (line) lines.push(line);
	return lines;
}

/**
 * Cuts `text` so that it plus an ellipsis fits `width` on one line: at the
 * last word boundary when that keeps most of the line, else mid-word. Every
 * candidate is measured whole (shaping may widen a letter when its
 * neighbour goes, as in Arabic).
 */
export function ellipsize(text: string, style: TextStyle, width: number, measurer: Measurer): string {
	const clamped = (s: string) => s.replace(/[\s,;:.–—-]+$/u, '') + ELLIPSIS;
	const fits = (s: string) => measurer.width(clamped(s), style) <= width;
	const kept = graphemes(text);
	let count = 0;
	while (count < kept.length && fits(kept.slice(0, count + 1).join(''))) count++;
	let out = kept.slice(0, count).join('');
	const lastSpace = out.lastIndexOf(' ');
	const budget = width - measurer.width(ELLIPSIS, style);
	if (lastSpace > 0 && measurer.width(out.slice(0, lastSpace), style) >= 0.7 * budget) out = out.slice(0, lastSpace);
	return clamped(out);
}

/** Fits text into at most `maxLines` lines of `width` px, ending in an ellipsis when cut. */
export function fitText(text: string, style: TextStyle, width: number, maxLines: number, measurer: Measurer): Fitted {
	const lines = wrapText(text, style, width, measurer);
	if (lines.length <= maxLines) return { text, lines, truncated: false };
	const kept = lines.slice(0, maxLines - 1);
	kept.push(ellipsize(lines.slice(maxLines - 1).join(' '), style, width, measurer));
	return { text: kept.join(' '), lines: kept, truncated: true };
}
