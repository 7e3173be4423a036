/** Reading rendered one-pagers back: text boxes of a `<text>` SVG, pixels of a PNG, OCR. */
import { execFileSync, spawnSync } from 'node:child_process';
import { distance } from 'fastest-levenshtein';
import sharp from 'sharp';
import { layoutOf, treeToSvg } from '../../src/onepager/render';
import type { Sheet } from '../../src/onepager/spec';

/** One `<text>` element of an SVG rendered with `embedFont: false`. */
export interface TextBox {
	x: number;
	y: number;
	width: number;
	height: number;
	text: string;
}

const decode = (s: string) =>
	s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16))).replace(/&amp;/g, '&');

/** The sheet rendered with text kept as text: every text box with its position. */
export async function textBoxes(sheet: Sheet): Promise<TextBox[]> {
	const svg = await treeToSvg(layoutOf(sheet), false);
	return [...svg.matchAll(/<text x="([\d.-]+)" y="([\d.-]+)" width="([\d.-]+)" height="([\d.-]+)"[^>]*>([^<]*)<\/text>/g)].map((m) => ({
		x: Number(m[1]),
		y: Number(m[2]),
		width: Number(m[3]),
		height: Number(m[4]),
		text: decode(m[5]),
	}));
}

/** All text of a sheet as drawn, in drawing order, whitespace folded. */
export async function drawnText(sheet: Sheet): Promise<string> {
	return (await textBoxes(sheet)).map((b) => b.text).join('').replace(/\s+/g, ' ');
}

/** Decoded RGB pixels of a PNG. */
export async function pixels(png: Buffer): Promise<{ width: number; height: number; at(x: number, y: number): [number, number, number] }> {
	const { data, info } = await sharp(png).removeAlpha().raw().toBuffer({ resolveWithObject: true });
	return {
		width: info.width,
		height: info.height,
		at: (x, y) => {
			const i = (y * info.width + x) * info.channels;
			return [data[i], data[i + 1], data[i + 2]];
		},
	};
}

/** True when the `tesseract` command is installed. */
export const hasTesseract = spawnSync('tesseract', ['--version']).status === 0;

/**
 * Text read from a PNG by Tesseract OCR, whitespace folded. The slide is read
 * scaled to 1200 px and thresholded to black and white: Tesseract misreads
 * very large bold type (the 58 px account name, "ll" as "| |") at full size.
 */
export async function ocr(png: Buffer, file: string): Promise<string> {
	await sharp(png).resize({ width: 1200 }).greyscale().threshold(170).toFile(file);
	return execFileSync('tesseract', [file, '-', '--psm', '3'], { encoding: 'utf8', env: { ...process.env, OMP_THREAD_LIMIT: '1' }, stdio: ['ignore', 'pipe', 'ignore'] }).replace(/\s+/g, ' ');
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * True when OCR text shows `expected`, allowing one misread letter per ten
 * (only English is installed for Tesseract, so "ü" may read as "i"), with
 * accents folded.
 */
export function ocrShows(ocrText: string, expected: string): boolean {
	const text = fold(ocrText);
	const want = fold(expected);
	const slack = Math.max(1, Math.floor(want.length / 10));
	for (let i = 0; i + want.length - slack <= text.length; i++) {
		for (let len = want.length - slack; len <= want.length + slack; len++) {
			if (distance(text.slice(i, i + len), want) <= slack) return true;
		}
	}
	return false;
}
