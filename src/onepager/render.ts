/**
 * Rendering one sheet: its layout → SVG with Satori (text as paths, so the
 * file looks the same everywhere) → PNG with sharp, with fixed options so
 * the same sheet always gives the same bytes. Fonts and the text measurer
 * are loaded once per process (or worker) and reused.
 */
import satori from 'satori';
import sharp from 'sharp';
import { loadFonts, satoriFontOptions } from './fonts.ts';
import { coverageOf } from './glyphs.ts';
import type { El, Fit } from './h.ts';
import { accountLayout } from './layouts/account.ts';
import { renewalLayout } from './layouts/renewal.ts';
import { PNG_OPTIONS, type Sheet } from './spec.ts';
import { createMeasurer } from './text-fit.ts';
import { CANVAS } from './theme.ts';

let fit: Fit | undefined;

/** The measurer and coverage over the bundled fonts (built once). */
export function fitContext(): Fit {
	if (!fit) {
		const fonts = loadFonts();
		fit = { measurer: createMeasurer(fonts), covers: coverageOf(fonts) };
	}
	return fit;
}

/** The element tree of a sheet. */
export function layoutOf(sheet: Sheet): El {
	return sheet.variant === 'renewal' ? renewalLayout(sheet, fitContext()) : accountLayout(sheet, fitContext());
}

/** SVG of an element tree; `embedFont: false` keeps text as `<text>` (for checks, not for output). */
export async function treeToSvg(tree: El, embedFont = true): Promise<string> {
	return satori(tree as unknown as Parameters<typeof satori>[0], { width: CANVAS.width, height: CANVAS.height, fonts: satoriFontOptions(), embedFont });
}

/** PNG of an SVG, 1920×1080. */
export async function svgToPng(svg: string): Promise<Buffer> {
	return sharp(Buffer.from(svg), { density: 72 }).png(PNG_OPTIONS).toBuffer();
}

/** Both files of one sheet. */
export async function renderSheet(sheet: Sheet): Promise<{ svg: string; png: Buffer }> {
	const svg = await treeToSvg(layoutOf(sheet));
	return { svg, png: await svgToPng(svg) };
}
