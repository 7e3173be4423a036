/**
 * Measuring, wrapping and clamping text with the bundled fonts' advance
 * widths, so every text box on a one-pager is known to fit before Satori lays
 * it out. Measurement ignores kerning (except in shaped scripts); `SAFETY`
 * widens every measure a little so that Satori's own line breaking never
 * needs more room than we planned.
 */
import type { LoadedFont, Weight } from './fonts.ts';
import { shapedWidth } from './shaping.ts';

/** The ellipsis appended to clamped text. */
export const ELLIPSIS = '…';

/** Measured widths are multiplied by this, to allow for rounding and shaping. */
export const SAFETY = 1.03;

/** Size and weight of a run of text. */
export interface TextStyle {
	/** Font size in px. */
	size: number;
	weight: Weight;
}

/** Measures text in px. */
export interface Measurer {
	width(text: string, style: TextStyle): number;
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

/** What a measurer needs besides the fonts. */
export interface MeasurerOptions {
	/** Graphemes drawn as 1 em images (emoji). */
	isImage?: (grapheme: string) => boolean;
}

/**
 * A measurer over loaded fonts: each code point is measured in the first
 * font (in fallback order) that covers it, at the weight nearest the asked
 * one; uncovered code points count as one em. Emoji images are one em, as
 * Satori draws them. Runs of a joining script (Arabic) are measured as
 * HarfBuzz shapes them, once it is loaded (`loadShaper`); before that, by
 * their isolated forms.
 */
export function createMeasurer(fonts: readonly LoadedFont[], options: MeasurerOptions = {}): Measurer {
	const picks = new Map<string, LoadedFont | null>();
	const pick = (cp: number, weight: Weight): LoadedFont | null => {
		const key = `${weight}:${cp}`;
		const known = picks.get(key);
		if (known !== undefined) return known;
		let best: { font: LoadedFont; distance: number } | undefined;
		for (const font of fonts) {
			if (best && font.family !== best.font.family) break;
			if (font.metrics.glyphOf(cp) === 0) continue;
			const distance = Math.abs(font.weight - weight);
			if (!best || distance < best.distance) best = { font, distance };
		}
		picks.set(key, best?.font ?? null);
		return best?.font ?? null;
	};
	const ems = new Map<string, number>();
	const em = (cp: number, weight: Weight): number => {
		const key = `${weight}:${cp}`;
		let value = ems.get(key);
		if (value === undefined) {
			const font = pick(cp, weight);
			value = font ? (font.metrics.advance(cp) ?? 0) / font.metrics.unitsPerEm : 1;
			ems.set(key, value);
		}
		return value;
	};
	const plain = (text: string, weight: Weight): number => {
		let total = 0;
		for (const ch of text) total += em(ch.codePointAt(0) ?? 0, weight);
		return total;
	};
	const shapedRuns = new Map<string, number>();
	const shaped = (font: LoadedFont, run: string, weight: Weight): number => {
		const key = `${font.file}\0${run}`;
		let width = shapedRuns.get(key);
		if (width === undefined) {
			width = shapedWidth(font.data, run);
			if (width === undefined) return plain(run, weight); // HarfBuzz not loaded: do not cache the estimate
			shapedRuns.set(key, width);
		}
		return width;
	};
	const special = options.isImage !== undefined || fonts.some((f) => f.shaped);
	/** Width in em of text with images or shaped runs: graphemes in order, runs of one shaped font measured together. */
	const complex = (text: string, weight: Weight): number => {
		let total = 0;
		let run = '';
		let runFont: LoadedFont | null = null;
		const flush = () => {
			if (runFont && run) total += shaped(runFont, run, weight);
			run = '';
			runFont = null;
		};
		for (const g of graphemes(text)) {
			if (options.isImage?.(g)) {
				flush();
				total += 1;
				continue;
			}
			const font = pick(g.codePointAt(0) ?? 0, weight);
			if (font?.shaped) {
				if (font !== runFont) flush();
				runFont = font;
				run += g;
				continue;
			}
			flush();
			total += plain(g, weight);
		}
		flush();
		return total;
	};
	return {
		width(text, style) {
			const total = special ? complex(text, style.weight) : plain(text, style.weight);
			return total * style.size * SAFETY;
		},
	};
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
 * last word boundary when that keeps most of the line, else mid-word.
 */
export function ellipsize(text: string, style: TextStyle, width: number, measurer: Measurer): string {
	const budget = width - measurer.width(ELLIPSIS, style);
	let out = '';
	let used = 0;
	let lastSpace = -1;
	for (const g of graphemes(text)) {
		const w = measurer.width(g, style);
		if (used + w > budget) break;
		if (g === ' ') lastSpace = out.length;
		out += g;
		used += w;
	}
	if (lastSpace > 0 && measurer.width(out.slice(0, lastSpace), style) >= 0.7 * budget) out = out.slice(0, lastSpace);
	return out.replace(/[\s,;:.–—-]+$/u, '') + ELLIPSIS;
}

/** Fits text into at most `maxLines` lines of `width` px, ending in an ellipsis when cut. */
export function fitText(text: string, style: TextStyle, width: number, maxLines: number, measurer: Measurer): Fitted {
	const lines = wrapText(text, style, width, measurer);
	if (lines.length <= maxLines) return { text, lines, truncated: false };
	const kept = lines.slice(0, maxLines - 1);
	kept.push(ellipsize(lines.slice(maxLines - 1).join(' '), style, width, measurer));
	return { text: kept.join(' '), lines: kept, truncated: true };
}
