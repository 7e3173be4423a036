/**
 * The fonts of every one-pager, from the @fontsource packages only (no
 * network): Inter 400/600/700 for Latin, Greek and Cyrillic, and Noto Sans
 * as the fallback for extended Greek and Cyrillic and for the replacement
 * character. Each subset gets its own family name, because Satori does not
 * fall back between two files of the same family and weight; it falls back
 * across families in the order they are passed.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { readFontMetrics, type FontMetrics } from './font-metrics.ts';

/** The weights the layouts use. */
export type Weight = 400 | 600 | 700;

/** One bundled font file. */
export interface FontFile {
	/** Family name given to Satori; unique per subset. */
	family: string;
	weight: Weight;
	/** Package and file, e.g. `@fontsource/inter/files/inter-latin-400-normal.woff`. */
	file: string;
}

/** A font file with its bytes and metrics, loaded once per process or worker. */
export interface LoadedFont extends FontFile {
	data: Buffer;
	metrics: FontMetrics;
}

/** The primary family every layout asks for; the others are fallbacks. */
export const PRIMARY_FAMILY = 'Inter';

const WEIGHTS: Weight[] = [400, 600, 700];
const INTER_SUBSETS = ['latin', 'latin-ext', 'greek', 'cyrillic'];
const NOTO_SUBSETS = ['latin', 'greek-ext', 'cyrillic-ext'];

/** Every font file, in fallback order: Inter subsets first, then Noto Sans. */
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

const require = createRequire(import.meta.url);

function resolveFontFile(file: string): string {
	const [scope, name, ...rest] = file.split('/');
	const root = dirname(require.resolve(`${scope}/${name}/package.json`));
	return join(root, ...rest);
}

let loaded: LoadedFont[] | undefined;

/** Reads and parses every bundled font (once; later calls return the same list). */
export function loadFonts(): LoadedFont[] {
	loaded ??= FONT_FILES.map((font) => {
		const data = readFileSync(resolveFontFile(font.file));
		return { ...font, data, metrics: readFontMetrics(data) };
	});
	return loaded;
}

/** A font as Satori's `fonts` option takes it. */
export interface SatoriFont {
	name: string;
	data: Buffer;
	weight: Weight;
	style: 'normal';
}

let satoriFonts: SatoriFont[] | undefined;

/** The fonts in Satori's option format; the same array every time, so Satori can cache them. */
export function satoriFontOptions(): SatoriFont[] {
	satoriFonts ??= loadFonts().map((f) => ({ name: f.family, data: f.data, weight: f.weight, style: 'normal' as const }));
	return satoriFonts;
}

/** SHA-256 over every font's name, weight and bytes: part of each image's cache key. */
export function fontsDigest(): string {
	const hash = createHash('sha256');
	for (const f of loadFonts()) hash.update(`${f.family}\0${f.weight}\0`).update(f.data);
	return hash.digest('hex');
}
