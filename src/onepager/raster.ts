/**
 * Rasterising a one-pager's SVG with resvg (Rust, via @resvg/resvg-js):
 * measured on the sample sheets it turns the ~1 MB path-only SVG into
 * 1920×1080 pixels in about half the time sharp (librsvg) takes, with the
 * same look (they differ only in anti-aliasing along edges). resvg is
 * deterministic: the same SVG always gives the same pixels. The SVG has no
 * text elements (Satori draws text as paths), so no system fonts are loaded.
 */
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import type { Pixels } from './png.ts';

/** resvg's options: no system fonts, the SVG's own size. */
export const RESVG_OPTIONS: ResvgRenderOptions = { font: { loadSystemFonts: false }, fitTo: { mode: 'original' }, logLevel: 'off' };

/** resvg gives premultiplied RGBA; PNG wants straight alpha. Opaque pixels (all of a one-pager's) are left as they are. */
function unpremultiply(data: Uint8Array): void {
	// Fast path: whole pixels at a time while they are opaque (alpha is the top byte, little-endian).
	let first = 0;
	if (data.byteOffset % 4 === 0) {
		const words = new Uint32Array(data.buffer, data.byteOffset, data.byteLength >>> 2);
		while (first < words.length && words[first] >>> 24 === 255) first++;
	}
	for (let i = first * 4 + 3; i < data.length; i += 4) {
		const a = data[i];
		if (a === 255) continue;
		if (a === 0) {
			data[i - 3] = data[i - 2] = data[i - 1] = 0;
			continue;
		}
		for (let c = i - 3; c < i; c++) data[c] = Math.min(255, Math.round((data[c] * 255) / a));
	}
}

/** Straight RGBA pixels of an SVG at its own size. */
export function rasterize(svg: string | Buffer): Pixels {
	const image = new Resvg(svg, RESVG_OPTIONS).render();
	const data = image.pixels;
	unpremultiply(data);
	return { data, width: image.width, height: image.height };
}
