/**
 * Exact widths of text in joining scripts (Arabic), whose letters change
 * shape and width with their neighbours: the text is shaped with HarfBuzz —
 * the engine Satori itself shapes with — and the advances are added up.
 * HarfBuzz (WebAssembly) is loaded on first need, never for sheets without
 * such text, and once per process or worker.
 */
import { createRequire } from 'node:module';
import type { HarfBuzz } from 'harfbuzzjs';
import { woffToSfnt } from './font-metrics.ts';

// harfbuzzjs's CommonJS export is a promise; imported as an ES module its
// namespace gets a `then` and breaks module loading, so it is required.
const require = createRequire(import.meta.url);

type HbFont = ReturnType<HarfBuzz['createFont']>;

let hb: HarfBuzz | undefined;
let loading: Promise<void> | undefined;
const hbFonts = new WeakMap<Buffer, { font: HbFont; upem: number }>();

/** Loads HarfBuzz (once); afterwards `shapedWidth` measures exactly. */
export function loadShaper(): Promise<void> {
	loading ??= (require('harfbuzzjs') as Promise<HarfBuzz>).then((instance) => {
		hb = instance;
	});
	return loading;
}

/** True once HarfBuzz is loaded. */
export function shaperReady(): boolean {
	return hb !== undefined;
}

function fontOf(engine: HarfBuzz, data: Buffer): { font: HbFont; upem: number } {
	let known = hbFonts.get(data);
	if (!known) {
		const blob = engine.createBlob(new Uint8Array(woffToSfnt(data)));
		const face = engine.createFace(blob, 0);
		const font = engine.createFont(face);
		font.setScale(face.upem, face.upem);
		known = { font, upem: face.upem };
		face.destroy();
		blob.destroy();
		hbFonts.set(data, known);
	}
	return known;
}

/**
 * Width in em of `text` shaped with the WOFF font `data` (direction and
 * script guessed from the text, as Satori does), or undefined while HarfBuzz
 * is not loaded.
 */
export function shapedWidth(data: Buffer, text: string): number | undefined {
	if (!hb) return undefined;
	const { font, upem } = fontOf(hb, data);
	const buffer = hb.createBuffer();
	try {
		buffer.addText(text);
		buffer.guessSegmentProperties();
		hb.shape(font, buffer);
		return buffer.json().reduce((sum, glyph) => sum + glyph.ax, 0) / upem;
	} finally {
		buffer.destroy();
	}
}
