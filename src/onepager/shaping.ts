/**
 * HarfBuzz — the engine Satori itself shapes text with — over the bundled
 * fonts: which code points a font covers, and how wide a run of text is once
 * shaped (kerning, ligatures, Arabic joining), in font units. HarfBuzz
 * (WebAssembly) is loaded once per process or worker, when this module is
 * first imported.
 */
import { createRequire } from 'node:module';
import { inflateSync } from 'node:zlib';
import type { HarfBuzz } from 'harfbuzzjs';

// harfbuzzjs's CommonJS export is a promise; imported as an ES module its
// namespace gets a `then` and breaks module loading, so it is required.
const require = createRequire(import.meta.url);

const hb: HarfBuzz = await (require('harfbuzzjs') as Promise<HarfBuzz>);

/** A run of text as HarfBuzz shapes it. */
export interface Shaped {
	/** Sum of the glyph advances, in font units. */
	advance: number;
	/** Characters as HarfBuzz clusters them (a ligature is one): Satori adds `letter-spacing` after each. */
	clusters: number;
}

/** One font opened in HarfBuzz. */
export interface FontFace {
	/** Font units per em (the scale of `Shaped.advance`). */
	unitsPerEm: number;
	/** True when the font maps the code point to a glyph. */
	covers(codePoint: number): boolean;
	/** Shapes a run drawn with this font alone (direction and script guessed from the text, as Satori does). */
	shape(text: string): Shaped;
}

/**
 * The plain OpenType (sfnt) font inside a WOFF 1.0 file, for HarfBuzz, which
 * reads no WOFF (Satori converts the same way): tables decompressed and laid
 * out 4-byte aligned in the order of the WOFF directory. Other data is
 * returned as it is.
 */
function sfntOf(data: Buffer): Buffer {
	if (data.toString('latin1', 0, 4) !== 'wOFF') return data;
	const count = data.readUInt16BE(12);
	const tables = Array.from({ length: count }, (_, i) => {
		const entry = 44 + i * 20;
		const [offset, compLength, origLength] = [4, 8, 12].map((at) => data.readUInt32BE(entry + at));
		const raw = data.subarray(offset, offset + compLength);
		return { entry, table: compLength < origLength ? inflateSync(raw) : raw };
	});
	const out = Buffer.alloc(tables.reduce((size, { table }) => size + ((table.length + 3) & ~3), 12 + 16 * count));
	const log2 = Math.floor(Math.log2(count));
	out.writeUInt32BE(data.readUInt32BE(4), 0); // the flavor: TrueType or CFF
	out.writeUInt16BE(count, 4);
	out.writeUInt16BE(16 * 2 ** log2, 6);
	out.writeUInt16BE(log2, 8);
	out.writeUInt16BE(16 * count - 16 * 2 ** log2, 10);
	let offset = 12 + 16 * count;
	tables.forEach(({ entry, table }, i) => {
		data.copy(out, 12 + i * 16, entry, entry + 4); // tag
		out.writeUInt32BE(data.readUInt32BE(entry + 16), 12 + i * 16 + 4); // checksum, as stored in the WOFF directory
		out.writeUInt32BE(offset, 12 + i * 16 + 8);
		out.writeUInt32BE(table.length, 12 + i * 16 + 12);
		table.copy(out, offset);
		offset += (table.length + 3) & ~3;
	});
	return out;
}

/** Opens a font file (WOFF 1.0, TrueType or OpenType) in HarfBuzz, at a scale of one font unit. */
export function openFont(data: Buffer): FontFace {
	const blob = hb.createBlob(new Uint8Array(sfntOf(data)));
	const face = hb.createFace(blob, 0);
	const font = hb.createFont(face);
	const unitsPerEm = face.upem;
	font.setScale(unitsPerEm, unitsPerEm);
	const codePoints = new Set(face.collectUnicodes());
	// The font keeps the face and the blob alive; it lives as long as the process, like the font files.
	face.destroy();
	blob.destroy();
	return {
		unitsPerEm,
		covers: (codePoint) => codePoints.has(codePoint),
		shape(text) {
			const buffer = hb.createBuffer();
			try {
				buffer.addText(text);
				buffer.guessSegmentProperties();
				hb.shape(font, buffer);
				let advance = 0;
				for (const position of buffer.getGlyphPositions()) advance += position.x_advance;
				let clusters = 0;
				let last = -1;
				for (const info of buffer.getGlyphInfos()) {
					if (info.cluster !== last) clusters++;
					last = info.cluster;
				}
				return { advance, clusters };
			} finally {
				buffer.destroy();
			}
		},
	};
}
