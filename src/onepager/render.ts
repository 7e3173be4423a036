/**
 * Rendering one sheet: its layout → SVG with Satori (text as paths, so the
 * file looks the same everywhere) → PNG with sharp, with fixed options so
 * the same sheet always gives the same bytes. Fonts, emoji images and the
 * text measurer are loaded once per process (or worker) and reused; a sheet
 * gets script fonts only for the scripts it shows (see `font-set.ts`).
 */
import satori from 'satori';
import sharp from 'sharp';
import { baseFontSet, fontSetFor, prepareFontSet, type FontSet } from './font-set.ts';
import type { El, Fit } from './h.ts';
import { accountLayout } from './layouts/account.ts';
import { renewalLayout } from './layouts/renewal.ts';
import { PNG_OPTIONS, type Sheet } from './spec.ts';
import { CANVAS } from './theme.ts';

/** The measurer and coverage over the base fonts (built once). */
export function fitContext(): Fit {
	return baseFontSet().fit;
}

/** The element tree of a sheet with the given font set (by default the sheet's own). */
export function layoutOf(sheet: Sheet, set: FontSet = fontSetFor(sheet)): El {
	return sheet.variant === 'renewal' ? renewalLayout(sheet, set.fit) : accountLayout(sheet, set.fit);
}

/** SVG of an element tree; `embedFont: false` keeps text as `<text>` (for checks, not for output). */
export async function treeToSvg(tree: El, embedFont = true, set: FontSet = baseFontSet()): Promise<string> {
	return satori(tree as unknown as Parameters<typeof satori>[0], {
		width: CANVAS.width,
		height: CANVAS.height,
		fonts: set.satori,
		graphemeImages: set.images,
		embedFont,
	});
}

/** SVG of a sheet, its fonts prepared (HarfBuzz loaded for Arabic); `embedFont: false` as in `treeToSvg`. */
export async function sheetSvg(sheet: Sheet, embedFont = true): Promise<string> {
	const set = await prepareFontSet(sheet);
	return treeToSvg(layoutOf(sheet, set), embedFont, set);
}

/** PNG of an SVG, 1920×1080. */
export async function svgToPng(svg: string): Promise<Buffer> {
	return sharp(Buffer.from(svg), { density: 72 }).png(PNG_OPTIONS).toBuffer();
}

/** Both files of one sheet. */
export async function renderSheet(sheet: Sheet): Promise<{ svg: string; png: Buffer }> {
	const svg = await sheetSvg(sheet);
	return { svg, png: await svgToPng(svg) };
}
