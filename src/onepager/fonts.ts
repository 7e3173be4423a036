/**
 * The fonts of every one-pager, from npm packages only (no network). Every
 * sheet gets the base fonts: Inter 400/600/700 for Latin, Greek and Cyrillic,
 * and Noto Sans as the fallback for extended Greek and Cyrillic and for the
 * replacement character. Sheets with other scripts add files from
 * `script-fonts.ts`, loaded through the same cache. Each subset gets its own
 * family name, because Satori does not fall back between two files of the
 * same family and weight; it falls back across families in the order they
 * are passed.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { EMOJI_PACKAGE } from './emoji.ts';
import { packageFile, packageVersion } from './packages.ts';
import { SCRIPT_FONT_PACKAGES } from './script-fonts.ts';
import { openFont, type FontFace } from './shaping.ts';

export type { FontFile, Weight } from './font-files.ts';
import type { FontFile, Weight } from './font-files.ts';

/** A font file with its bytes, opened in HarfBuzz (coverage and shaping), loaded once per process or worker. */
export interface LoadedFont extends FontFile {
	data: Buffer;
	face: FontFace;
}

/** The primary family every layout asks for; the others are fallbacks. */
export const PRIMARY_FAMILY = 'Inter';

const WEIGHTS: Weight[] = [400, 600, 700];
const INTER_SUBSETS = ['latin', 'latin-ext', 'greek', 'cyrillic'];
const NOTO_SUBSETS = ['latin', 'greek-ext', 'cyrillic-ext'];

/** The base font files of every sheet, in fallback order: Inter subsets first, then Noto Sans. */
export const FONT_FILES: readonly FontFile[] = [
	...INTER_SUBSETS.flatMap((subset) =>
		WEIGHTS.map((weight) => ({
			family: subset === 'latin' ? PRIMARY_FAMILY : `Inter ${subset}`,
			weight,
			file: `@fontsource/inter/files/inter-${subset}-${weight}-normal.woff`,
		})),
	),
	...NOTO_SUBSETS.map((subset) => ({
		family: `Noto Sans ${subset}`,
		weight: 400 as Weight,
		file: `@fontsource/noto-sans/files/noto-sans-${subset}-400-normal.woff`,
	})),
];

const loadedFiles = new Map<string, LoadedFont>();

/** Reads one font file and opens it in HarfBuzz (once per process; later calls return the same object). */
export function loadFontFile(font: FontFile): LoadedFont {
	const key = `${font.family}\0${font.weight}\0${font.file}`;
	let loaded = loadedFiles.get(key);
	if (!loaded) {
		const data = readFileSync(packageFile(font.file));
		loaded = { ...font, data, face: openFont(data) };
		loadedFiles.set(key, loaded);
	}
	return loaded;
}

/** Every font file this process has read so far (to check that Latin sheets read no script fonts). */
export function loadedFontFiles(): string[] {
	return [...loadedFiles.values()].map((f) => f.file);
}

let base: LoadedFont[] | undefined;

/** Reads and opens the base fonts (once; later calls return the same list). */
export function loadFonts(): LoadedFont[] {
	base ??= FONT_FILES.map(loadFontFile);
	return base;
}

/** A font as Satori's `fonts` option takes it. */
export interface SatoriFont {
	name: string;
	data: Buffer;
	weight: Weight;
	style: 'normal';
}

/** Fonts in Satori's option format, in the same (fallback) order. */
export function satoriFontsOf(fonts: readonly LoadedFont[]): SatoriFont[] {
	return fonts.map((f) => ({ name: f.family, data: f.data, weight: f.weight, style: 'normal' as const }));
}

let satoriBase: SatoriFont[] | undefined;

/** The base fonts in Satori's option format; the same array every time, so Satori can cache them. */
export function satoriFontOptions(): SatoriFont[] {
	satoriBase ??= satoriFontsOf(loadFonts());
	return satoriBase;
}

/**
 * Part of each image's cache key: SHA-256 over every base font's name,
 * weight and bytes, and the name and version of every package sheets may
 * take script fonts and emoji from (hashing those bytes would mean reading
 * hundreds of megabytes; a new version of a package is a new version string).
 */
export function fontsDigest(): string {
	const hash = createHash('sha256');
	for (const f of loadFonts()) hash.update(`${f.family}\0${f.weight}\0`).update(f.data);
	for (const name of [...SCRIPT_FONT_PACKAGES, EMOJI_PACKAGE]) hash.update(`${name}@${packageVersion(name)}\0`);
	return hash.digest('hex');
}
