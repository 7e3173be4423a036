/** Reading rendered one-pagers back: text boxes of a `<text>` SVG, pixels of a PNG, OCR. */
import { execFileSync, spawnSync } from 'node:child_process';
import { distance } from 'fastest-levenshtein';
import sharp from 'sharp';
import { prepareFontSet } from '../../src/onepager/font-set';
import { sheetSvg } from '../../src/onepager/render';
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
	const svg = await sheetSvg(sheet, false);
	return [...svg.matchAll(/<text x="([\d.-]+)" y="([\d.-]+)" width="([\d.-]+)" height="([\d.-]+)"[^>]*>([^<]*)<\/text>/g)].map((m) => ({
		x: Number(m[1]),
		y: Number(m[2]),
		width: Number(m[3]),
		height: Number(m[4]),
		text: decode(m[5]),
	}));
}

/** Stands for an emoji drawn as an image in `drawnText`. */
export const EMOJI_IMAGE = '[emoji]';

/** One `<image>` of an SVG: its box and whether it is one of the sheet's emoji. */
export interface ImageBox {
	x: number;
	y: number;
	width: number;
	height: number;
	emoji: boolean;
}

const attribute = (tag: string, name: string) => tag.match(new RegExp(` ${name}="([^"]*)"`))?.[1] ?? '';

/** Every `<image>` of an SVG of `sheet`, emoji (Twemoji data URIs of the sheet's font set) told apart from charts. */
export async function imageBoxes(svg: string, sheet: Sheet): Promise<ImageBox[]> {
	const emoji = new Set(Object.values((await prepareFontSet(sheet)).images));
	return [...svg.matchAll(/<image [^>]*>/g)].map(([tag]) => ({
		x: Number(attribute(tag, 'x')),
		y: Number(attribute(tag, 'y')),
		width: Number(attribute(tag, 'width')),
		height: Number(attribute(tag, 'height')),
		emoji: emoji.has(attribute(tag, 'href')),
	}));
}

/** All text of a sheet as drawn, in drawing order, whitespace folded; emoji images as `EMOJI_IMAGE`. */
export async function drawnText(sheet: Sheet): Promise<string> {
	const svg = await sheetSvg(sheet, false);
	const emoji = new Set(Object.values((await prepareFontSet(sheet)).images));
	return [...svg.matchAll(/<text [^>]*>([^<]*)<\/text>|<image [^>]*>/g)]
		.map((m) => (m[1] !== undefined ? decode(m[1]) : emoji.has(attribute(m[0], 'href')) ? EMOJI_IMAGE : ''))
		.join('')
		.replace(/\s+/g, ' ');
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

/** True when Tesseract has trained data for every language (e.g. `jpn`, `ara`, `heb`). */
export function hasTesseractLanguages(...langs: string[]): boolean {
	if (!hasTesseract) return false;
	const listed = spawnSync('tesseract', ['--list-langs'], { encoding: 'utf8' });
	const have = new Set(`${listed.stdout}`.split(/\s+/));
	return langs.every((l) => have.has(l));
}

/** A region of a PNG in px. */
export interface Region {
	left: number;
	top: number;
	width: number;
	height: number;
}

/** The smallest region holding the text boxes, with a margin. */
export function regionOf(boxes: readonly TextBox[], margin = 8): Region {
	const left = Math.floor(Math.min(...boxes.map((b) => b.x)) - margin);
	const top = Math.floor(Math.min(...boxes.map((b) => b.y - b.height)) - margin);
	const right = Math.ceil(Math.max(...boxes.map((b) => b.x + b.width)) + margin);
	const bottom = Math.ceil(Math.max(...boxes.map((b) => b.y)) + margin);
	return { left, top, width: right - left, height: bottom - top };
}

/** Text read by Tesseract in `lang` from one line of a PNG, enlarged three times and thresholded, whitespace folded. */
export async function ocrLine(png: Buffer, region: Region, lang: string, file: string): Promise<string> {
	await sharp(png).extract(region).resize({ height: region.height * 3 }).greyscale().threshold(170).toFile(file);
	return execFileSync('tesseract', [file, '-', '-l', lang, '--psm', '7'], { encoding: 'utf8', env: { ...process.env, OMP_THREAD_LIMIT: '1' }, stdio: ['ignore', 'pipe', 'ignore'] }).replace(/\s+/g, ' ').trim();
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * True when OCR text shows `expected`, allowing one misread letter per ten
 * (English OCR may read "ü" as "i"; Arabic OCR may add a letter), with
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
