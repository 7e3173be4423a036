/**
 * Rendering one sheet: its layout → SVG with Satori (text as paths, so the
 * file looks the same everywhere) → pixels with resvg (`raster.ts`) → an
 * indexed PNG (`png.ts`), every step deterministic, so the same sheet always
 * gives the same bytes. Fonts, emoji images and the text measurer are loaded
 * once per process (or worker) and reused; a sheet gets script fonts only
 * for the scripts it shows (see `font-set.ts`). The SVG for slides is made
 * lighter (`svg-compact.ts`) only when it is asked for: `renderPng` skips it.
 */
import satori from 'satori';
import { baseFontSet, fontSetFor, prepareFontSet, type FontSet } from './font-set.ts';
import type { SatoriFont } from './fonts.ts';
import type { El, Fit } from './h.ts';
import { accountLayout } from './layouts/account.ts';
import { renewalLayout } from './layouts/renewal.ts';
import { afterRaster } from './native-memory.ts';
import { encodePng } from './png.ts';
import { rasterize } from './raster.ts';
import { woffToSfnt } from './sfnt.ts';
import type { Sheet } from './spec.ts';
import { compactSvg } from './svg-compact.ts';
import { CANVAS } from '../present/theme.ts';

/** The measurer and coverage over the base fonts (built once). */
export function fitContext(): Fit {
	return baseFontSet().fit;
}

/** The element tree of a sheet with the given font set (by default the sheet's own). */
export function layoutOf(sheet: Sheet, set: FontSet = fontSetFor(sheet)): El {
	return sheet.variant === 'renewal' ? renewalLayout(sheet, set.fit) : accountLayout(sheet, set.fit);
}

const sfntOf = new WeakMap<Buffer, Buffer>();
const satoriFonts = new WeakMap<SatoriFont[], SatoriFont[]>();

/**
 * A font set's fonts as Satori gets them: the same list with the WOFF files
 * unpacked by native zlib (once per file), so Satori's parser does not
 * inflate them in JavaScript; one array per set, so Satori's font cache hits.
 */
function fontsForSatori(fonts: SatoriFont[]): SatoriFont[] {
	let list = satoriFonts.get(fonts);
	if (!list) {
		list = fonts.map((font) => {
			let data = sfntOf.get(font.data);
			if (!data) sfntOf.set(font.data, (data = woffToSfnt(font.data)));
			return { ...font, data };
		});
		satoriFonts.set(fonts, list);
	}
	return list;
}

/** SVG of an element tree; `embedFont: false` keeps text as `<text>` (for checks, not for output). */
export async function treeToSvg(tree: El, embedFont = true, set: FontSet = baseFontSet()): Promise<string> {
	return satori(tree as unknown as Parameters<typeof satori>[0], {
		width: CANVAS.width,
		height: CANVAS.height,
		fonts: fontsForSatori(set.satori),
		graphemeImages: set.images,
		embedFont,
	});
}

/** SVG of a sheet, its fonts prepared (HarfBuzz loaded for Arabic); `embedFont: false` as in `treeToSvg`. */
export async function sheetSvg(sheet: Sheet, embedFont = true): Promise<string> {
	const set = await prepareFontSet(sheet);
	return treeToSvg(layoutOf(sheet, set), embedFont, set);
}

/** PNG of an SVG, 1920×1080: resvg's pixels, palette-encoded. */
export async function svgToPng(svg: string): Promise<Buffer> {
	const png = encodePng(rasterize(svg));
	await afterRaster();
	return png;
}

/** Milliseconds spent in each step of one render. */
export interface StepTimes {
	/** Font set and element tree (text measured and fitted). */
	layout: number;
	/** Element tree → SVG. */
	satori: number;
	/** SVG → pixels. */
	raster: number;
	/** Pixels → PNG. */
	encode: number;
	/** SVG made lighter for slides (0 when no SVG was asked for). */
	svg: number;
}

/** A rendered sheet with the time of each step; `svg` only when asked for. */
export interface TimedRender {
	png: Buffer;
	svg?: string;
	steps: StepTimes;
}

/** Renders a sheet step by step, timing each step; the slide SVG only with `svg: true`. */
export async function renderTimed(sheet: Sheet, options: { svg?: boolean } = {}): Promise<TimedRender> {
	let mark = performance.now();
	const lap = () => {
		const now = performance.now();
		const ms = now - mark;
		mark = now;
		return ms;
	};
	const set = await prepareFontSet(sheet);
	const tree = layoutOf(sheet, set);
	const layout = lap();
	const raw = await treeToSvg(tree, true, set);
	const satoriMs = lap();
	const pixels = rasterize(raw);
	const raster = lap();
	const png = encodePng(pixels);
	const encode = lap();
	await afterRaster();
	const svg = options.svg ? compactSvg(raw) : undefined;
	return { png, svg, steps: { layout, satori: satoriMs, raster, encode, svg: svg === undefined ? 0 : lap() } };
}

/** The PNG of a sheet (no SVG: what the build and the site need). */
export async function renderPng(sheet: Sheet): Promise<Buffer> {
	return (await renderTimed(sheet)).png;
}

/** Both files of one sheet; the SVG is the lighter one for slides (the same drawing). */
export async function renderSheet(sheet: Sheet): Promise<{ svg: string; png: Buffer }> {
	const { png, svg } = await renderTimed(sheet, { svg: true });
	return { svg: svg ?? '', png };
}
