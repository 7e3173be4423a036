/**
 * The text measurer of the images: widths as Satori 0.63 lays text out and
 * draws it, from the same parts it uses. Each grapheme is set in the first
 * font (in fallback order, at the CSS-nearest weight) that has it; runs of
 * one font are shaped with HarfBuzz (`shaping.ts`: kerning, ligatures,
 * Arabic joining); a line is cut into words where Satori's line breaker
 * (the `linebreak` package, Unicode line breaking) may break it, each word
 * shaped whole, as Satori lays it out, and in pieces (letters, spaces,
 * punctuation apart), as Satori draws it from there.
 */
import { createRequire } from 'node:module';
import type { LoadedFont, Weight } from './fonts.ts';
import { graphemes, type Measurer, type TextStyle } from './text-fit.ts';

/** One break opportunity found by `linebreak`. */
interface Break {
	position: number;
}

/**
 * The line breaker Satori uses (`linebreak`, UAX #14), as a dependency of our
 * own at the range Satori asks for, so that npm installs one copy for both
 * and words are measured where Satori will break them.
 */
const LineBreaker = createRequire(import.meta.url)('linebreak') as new (text: string) => { nextBreak(): Break | null };

const wordSegmenter = new Intl.Segmenter(undefined, { granularity: 'word' });

/** What a measurer needs besides the fonts. */
export interface MeasurerOptions {
	/** Graphemes drawn as 1 em images (emoji). */
	isImage?: (grapheme: string) => boolean;
}

/** Width in em as drawn (from where it starts) and as laid out, and the characters Satori adds letter spacing after. */
interface Extent {
	em: number;
	layoutEm: number;
	clusters: number;
}

/** How far a font's weight is from the asked one, in the order of CSS font matching (0 is the best). */
function weightDistance(asked: Weight, weight: number): number {
	if (weight === asked) return 0;
	if (asked <= 500) return weight > asked && weight <= 500 ? weight - asked : weight < asked ? 1000 + asked - weight : 2000 + weight;
	return weight > asked ? weight - asked : 1000 + asked - weight;
}

/** A text cut where Satori may break a line (each part keeps its trailing spaces). */
function breakParts(text: string): string[] {
	const breaker = new LineBreaker(text);
	const parts: string[] = [];
	let last = 0;
	for (let next = breaker.nextBreak(); next; next = breaker.nextBreak()) {
		parts.push(text.slice(last, next.position));
		last = next.position;
	}
	return parts;
}

/**
 * A measurer over loaded fonts, as Satori measures: per family the font of
 * the nearest weight; each grapheme in the first family that covers it (a
 * space stays in the font of the run it ends, when that font has one);
 * uncovered graphemes in the last font; emoji images one em. `width` is
 * the wider of the laid-out width and where the drawing ends (a space after
 * Hebrew is laid out in the Hebrew font but drawn in Inter; kerning across
 * pieces is laid out but not drawn); `layoutWidth` the laid-out one.
 */
export function createMeasurer(fonts: readonly LoadedFont[], options: MeasurerOptions = {}): Measurer {
	const families = new Map<string, LoadedFont[]>();
	for (const font of fonts) families.set(font.family, [...(families.get(font.family) ?? []), font]);
	const byWeight = new Map<Weight, LoadedFont[]>();
	const candidates = (weight: Weight): LoadedFont[] => {
		let list = byWeight.get(weight);
		if (!list) {
			list = [...families.values()].map((members) => members.reduce((best, f) => (weightDistance(weight, f.weight) < weightDistance(weight, best.weight) ? f : best)));
			byWeight.set(weight, list);
		}
		return list;
	};
	const picks = new Map<string, LoadedFont>();
	const pick = (cp: number, weight: Weight): LoadedFont => {
		const key = `${weight}:${cp}`;
		let font = picks.get(key);
		if (!font) {
			const list = candidates(weight);
			font = list.find((f) => f.face.covers(cp)) ?? list[list.length - 1];
			picks.set(key, font);
		}
		return font;
	};
	/** Width in em and clusters of text without images: runs of one font, each shaped. */
	const shaped = (text: string, weight: Weight): { em: number; clusters: number } => {
		const extent = { em: 0, clusters: 0 };
		let run = '';
		let runFont: LoadedFont | undefined;
		const flush = () => {
			if (!runFont || !run) return;
			const { advance, clusters } = runFont.face.shape(run);
			extent.em += advance / runFont.face.unitsPerEm;
			extent.clusters += clusters;
		};
		for (const g of graphemes(text)) {
			const cp = g.codePointAt(0) ?? 0;
			const font = runFont && /^\s$/u.test(g) && runFont.face.covers(cp) ? runFont : pick(cp, weight);
			if (font !== runFont) {
				flush();
				run = '';
				runFont = font;
			}
			run += g;
		}
		flush();
		return extent;
	};
	/** Text that may hold images: the text between them shaped, each image one em. */
	const withImages = (text: string, weight: Weight): { em: number; clusters: number } => {
		if (!options.isImage) return shaped(text, weight);
		const extent = { em: 0, clusters: 0 };
		let run = '';
		const flush = () => {
			const e = shaped(run, weight);
			extent.em += e.em;
			extent.clusters += e.clusters;
			run = '';
		};
		for (const g of graphemes(text)) {
			if (!options.isImage(g)) run += g;
			else {
				flush();
				extent.em += 1;
			}
		}
		flush();
		return extent;
	};
	const words = new Map<string, Extent>();
	/** A space-separated word with its trailing spaces: its parts laid out side by side, each drawn in pieces from where it starts. */
	const word = (text: string, weight: Weight): Extent => {
		const key = `${weight}:${text}`;
		let extent = words.get(key);
		if (!extent) {
			extent = { em: 0, layoutEm: 0, clusters: 0 };
			for (const part of breakParts(text)) {
				let drawn = 0;
				for (const { segment } of wordSegmenter.segment(part)) drawn += withImages(segment, weight).em;
				const whole = withImages(part, weight);
				extent.em = Math.max(extent.em, extent.layoutEm + drawn);
				extent.layoutEm += whole.em;
				extent.clusters += whole.clusters;
			}
			words.set(key, extent);
		}
		return extent;
	};
	/** Laid out: the words side by side. Drawn: each word from where it is laid out. */
	const measure = (text: string, style: TextStyle, layout: boolean): number => {
		let laidOut = 0;
		let drawn = 0;
		for (const w of text.match(/[^ ]+ *| +/g) ?? []) {
			const extent = word(w, style.weight);
			const spacing = extent.clusters * (style.letterSpacing ?? 0);
			drawn = Math.max(drawn, laidOut + extent.em * style.size + spacing);
			laidOut += extent.layoutEm * style.size + spacing;
		}
		return layout ? laidOut : Math.max(laidOut, drawn);
	};
	return { width: (text, style) => measure(text, style, false), layoutWidth: (text, style) => measure(text, style, true) };
}
