/**
 * The fast image path: resvg gives the same pixels for the same SVG; the
 * palette encoder writes PNGs that decode to the pixels (exactly with up to
 * 256 colours, within a few levels beyond), the same bytes every time, at
 * most 250 KB for every sample sheet; the lighter slide SVG draws exactly the
 * same pixels as Satori's; WOFF fonts unpack to the same glyphs.
 */
import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { FONT_FILES } from '../../src/onepager/fonts';
import { jobsOf } from '../../src/onepager/jobs';
import { packageFile } from '../../src/onepager/packages';
import { encodePng, type Pixels } from '../../src/onepager/png';
import { rasterize } from '../../src/onepager/raster';
import { renderPng, renderTimed, sheetSvg } from '../../src/onepager/render';
import { woffToSfnt } from '../../src/onepager/sfnt';
import { compactPathData, compactSvg } from '../../src/onepager/svg-compact';
import { CANVAS } from '../../src/present/theme';
import { sampleAnalysis } from './fixtures';

const jobs = jobsOf(sampleAnalysis());

/** Decoded straight RGBA pixels of a PNG. */
async function decode(png: Buffer): Promise<Uint8Array> {
	return new Uint8Array(await sharp(png).ensureAlpha().raw().toBuffer());
}

/** The largest difference of any channel of any pixel. */
function maxDifference(a: Uint8Array, b: Uint8Array): number {
	expect(a.length).toBe(b.length);
	let max = 0;
	for (let i = 0; i < a.length; i++) max = Math.max(max, Math.abs(a[i] - b[i]));
	return max;
}

describe('rasterize', () => {
	let svg: string;
	beforeAll(async () => {
		svg = await sheetSvg(jobs[0].sheet);
	});

	it('gives the same 1920×1080 pixels for the same SVG', () => {
		const first = rasterize(svg);
		const again = rasterize(svg);
		expect([first.width, first.height]).toEqual([CANVAS.width, CANVAS.height]);
		expect(Buffer.from(again.data).equals(Buffer.from(first.data))).toBe(true);
	});

	it('gives straight (not premultiplied) alpha', () => {
		const { data } = rasterize('<svg width="2" height="1" xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1" fill="#ff8040" fill-opacity="0.5"/></svg>');
		expect([...data]).toEqual([255, 128, 64, 128, 0, 0, 0, 0]);
	});
});

describe('encodePng', () => {
	const image = (colours: number, width = 64, height = 48): Pixels => {
		const data = new Uint8Array(width * height * 4);
		for (let i = 0; i < width * height; i++) data.set([(i % colours) * 7, ((i % colours) * 13) % 256, (i % colours) >> 3, 255], i * 4);
		return { data, width, height };
	};

	it('is lossless with up to 256 colours, and the same bytes every time', async () => {
		const pixels = image(256);
		const png = encodePng(pixels);
		expect(await decode(png)).toEqual(pixels.data);
		expect(encodePng(pixels).equals(png)).toBe(true);
		expect([png[24], png[25]]).toEqual([8, 3]); // IHDR: 8-bit, indexed colour
	});

	it('keeps transparency', async () => {
		const data = new Uint8Array([10, 20, 30, 255, 10, 20, 30, 0, 200, 100, 50, 128, 10, 20, 30, 255]);
		expect(await decode(encodePng({ data, width: 2, height: 2 }))).toEqual(data);
	});

	it('maps more than 256 colours (rare extra shades, as anti-aliasing makes) to near ones', async () => {
		const pixels = image(256, 100, 60);
		// 300 rare shades, a few levels off a frequent colour.
		for (let i = 0; i < 300; i++) pixels.data[i * 4 * 17] += 1 + (i % 4);
		const decoded = await decode(encodePng(pixels));
		expect(maxDifference(decoded, pixels.data)).toBeLessThanOrEqual(16);
		const changed = Array.from({ length: 100 * 60 }, (_, p) => decoded.subarray(p * 4, p * 4 + 4).some((v, c) => v !== pixels.data[p * 4 + c])).filter(Boolean);
		expect(changed.length).toBeLessThanOrEqual(300); // the frequent colours stay exact
	});
});

describe('every sample one-pager', () => {
	it('is a PNG of at most 250 KB, close to resvg’s pixels, the same bytes when rendered again', async () => {
		for (const job of jobs) {
			const { png, steps } = await renderTimed(job.sheet);
			expect(png.length, job.path).toBeLessThanOrEqual(250 * 1024);
			expect(Object.values(steps).every((ms) => ms >= 0)).toBe(true);
			if (job === jobs[0] || job.kind === 'renewal') {
				expect(maxDifference(await decode(png), rasterize(await sheetSvg(job.sheet)).data), job.path).toBeLessThanOrEqual(48);
				expect((await renderPng(structuredClone(job.sheet))).equals(png), job.path).toBe(true);
			}
		}
	}, 120_000);
});

describe('the slide SVG', () => {
	it('draws exactly the same pixels as Satori’s, at most 55% of its size', async () => {
		for (const job of jobs.filter((j, i) => i < 2 || j.kind === 'renewal')) {
			const raw = await sheetSvg(job.sheet);
			const compact = compactSvg(raw);
			expect(compact.startsWith(`<svg width="${CANVAS.width}" height="${CANVAS.height}"`)).toBe(true);
			expect(compact.length / raw.length, job.path).toBeLessThan(0.55);
			expect(Buffer.from(rasterize(compact).data).equals(Buffer.from(rasterize(raw).data)), job.path).toBe(true);
		}
	}, 60_000);

	it('writes outlines relatively, exactly, and keeps what it does not understand', () => {
		expect(compactPathData('M10 10L20 30L25 35L25 35ZM1 2L3 2L3 -4.5Z')).toBe('M10 10l10 20 5 5zm-9-8h2v-6.5z');
		expect(compactPathData('M0 0C1 2 3 4 5 6C1 2 3 4 5 6Q.5 .5 1 1Z')).toBe('M0 0c1 2 3 4 5 6-4-4-2-2 0 0q-4.5-5.5-4-5z');
		expect(compactPathData('M1,2 h3 a1,1 0 0 1 1,1')).toBeUndefined();
		expect(compactPathData('M1.25 2L3 4')).toBeUndefined();
		expect(compactPathData('L1 2')).toBeUndefined();
	});
});

describe('woffToSfnt', () => {
	it('unpacks every base font to an SFNT of the sizes its WOFF header promises', () => {
		for (const font of FONT_FILES) {
			const woff = readFileSync(packageFile(font.file));
			const sfnt = woffToSfnt(woff);
			expect(sfnt.readUInt32BE(0), font.file).toBe(woff.readUInt32BE(4));
			expect(sfnt.length, font.file).toBe(woff.readUInt32BE(16));
			expect(woffToSfnt(sfnt)).toBe(sfnt);
		}
	});
});
