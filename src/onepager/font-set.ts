/**
 * The fonts and emoji images of one sheet. Every string of the sheet is
 * scanned once: code points the base fonts lack pick script font subsets
 * (`script-fonts.ts`), emoji pick Twemoji images (`emoji.ts`). A sheet in
 * Latin, Greek and Cyrillic gets the base set, shared and built once; other
 * sheets get a set built from the same cached files, so the same sheet
 * always gets the same fonts, and the same bytes.
 */
import { emojiImage, isEmojiLike, wantsEmojiPresentation } from './emoji.ts';
import { loadFontFile, loadFonts, satoriFontOptions, satoriFontsOf, type LoadedFont, type SatoriFont } from './fonts.ts';
import { coverageOf, normalizedText } from './glyphs.ts';
import type { Fit } from './h.ts';
import { createMeasurer } from './measurer.ts';
import { scriptFontFiles } from './script-fonts.ts';
import type { Sheet } from './spec.ts';
import { graphemes } from './text-fit.ts';

/** What rendering one sheet needs besides its layout. */
export interface FontSet {
	/** Base fonts, then the sheet's script fonts, in fallback order. */
	fonts: LoadedFont[];
	/** The same fonts as Satori takes them (one array per set, so Satori's own caches hit). */
	satori: SatoriFont[];
	/** Emoji grapheme → SVG data URI, for Satori's `graphemeImages`. */
	images: Record<string, string>;
	/** The measurer, coverage and emoji of this set, for the layouts. */
	fit: Fit;
	/** Script font files beyond the base set (empty for Latin-only sheets). */
	extra: string[];
}

/** Every string in a sheet (the sheet is plain data: strings, numbers, arrays, objects). */
function stringsOf(value: unknown, out: string[] = []): string[] {
	if (typeof value === 'string') out.push(value);
	else if (Array.isArray(value)) for (const v of value) stringsOf(v, out);
	else if (value && typeof value === 'object') for (const v of Object.values(value)) stringsOf(v, out);
	return out;
}

/** What a sheet needs beyond the base fonts: code points to find fonts for, emoji graphemes to draw as images. */
function needsOf(sheet: Sheet): { codePoints: number[]; emoji: string[] } {
	const covers = baseFontSet().fit.covers;
	const codePoints = new Set<number>();
	const emoji = new Set<string>();
	for (const text of stringsOf(sheet)) {
		for (const g of graphemes(normalizedText(text))) {
			const uncovered = [...g].map((c) => c.codePointAt(0) ?? 0).filter((cp) => !covers(cp));
			if (isEmojiLike(g) && (uncovered.length > 0 || wantsEmojiPresentation(g))) emoji.add(g);
			else for (const cp of uncovered) codePoints.add(cp);
		}
	}
	return { codePoints: [...codePoints].sort((a, b) => a - b), emoji: [...emoji].sort() };
}

function buildSet(fonts: LoadedFont[], satori: SatoriFont[], images: Record<string, string>, extra: string[]): FontSet {
	const isImage = (g: string) => Object.hasOwn(images, g);
	const hasImages = Object.keys(images).length > 0;
	const fit: Fit = { measurer: createMeasurer(fonts, hasImages ? { isImage } : {}), covers: coverageOf(fonts), ...(hasImages ? { isImage } : {}) };
	return { fonts, satori, images, fit, extra };
}

let baseSet: FontSet | undefined;

/** The set of a Latin, Greek and Cyrillic sheet: the base fonts, no images (built once). */
export function baseFontSet(): FontSet {
	baseSet ??= buildSet(loadFonts(), satoriFontOptions(), {}, []);
	return baseSet;
}

/** Recently used sets by their files and emoji, so a worker rendering many similar sheets builds each once. */
const sets = new Map<string, FontSet>();
const MAX_SETS = 32;

/** The fonts and images of a sheet (built once per distinct set of files and emoji, and reused). */
export function fontSetFor(sheet: Sheet): FontSet {
	const { codePoints, emoji } = needsOf(sheet);
	const files = scriptFontFiles(codePoints);
	const images: Record<string, string> = {};
	for (const g of emoji) {
		const uri = emojiImage(g);
		if (uri) images[g] = uri;
	}
	if (files.length === 0 && Object.keys(images).length === 0) return baseFontSet();
	const key = `${files.map((f) => f.file).join('|')}#${Object.keys(images).join('|')}`;
	let set = sets.get(key);
	if (set) {
		sets.delete(key); // re-insert: most recently used last
	} else {
		const extra = files.map(loadFontFile);
		const fonts = [...loadFonts(), ...extra];
		set = buildSet(fonts, [...satoriFontOptions(), ...satoriFontsOf(extra)], images, files.map((f) => f.file));
	}
	sets.set(key, set);
	if (sets.size > MAX_SETS) sets.delete(sets.keys().next().value ?? '');
	return set;
}

/**
 * The fonts and images of a sheet, for the renderer. The same as `fontSetFor`
 * (HarfBuzz is loaded with `shaping.ts`); asynchronous so that loading may
 * become asynchronous again without changing callers.
 */
export async function prepareFontSet(sheet: Sheet): Promise<FontSet> {
	return fontSetFor(sheet);
}
