/**
 * A minimal reader for WOFF 1.0 fonts: which code points a font covers and
 * how wide each glyph is. Enough to measure and clamp text before Satori lays
 * it out, and to find characters no bundled font can draw. Kerning and
 * shaping are ignored; callers leave a small safety margin for them.
 */
import { inflateSync } from 'node:zlib';

/** Advance widths and coverage of one font. */
export interface FontMetrics {
	/** Font units per em (the scale of `advance`). */
	unitsPerEm: number;
	/** Glyph index for a code point; 0 (".notdef") when the font lacks it. */
	glyphOf(codePoint: number): number;
	/** Advance width of a code point in font units, or undefined when not covered. */
	advance(codePoint: number): number | undefined;
}

type Tables = Map<string, Buffer>;

function woffTables(data: Buffer): Tables {
	if (data.toString('latin1', 0, 4) !== 'wOFF') throw new Error('not a WOFF 1.0 font');
	const count = data.readUInt16BE(12);
	const tables: Tables = new Map();
	for (let i = 0; i < count; i++) {
		const entry = 44 + i * 20;
		const tag = data.toString('latin1', entry, entry + 4);
		const offset = data.readUInt32BE(entry + 4);
		const compLength = data.readUInt32BE(entry + 8);
		const origLength = data.readUInt32BE(entry + 12);
		const raw = data.subarray(offset, offset + compLength);
		tables.set(tag, compLength < origLength ? inflateSync(raw) : raw);
	}
	return tables;
}

/** Reads a cmap subtable of format 4 or 12 into a code point → glyph map. */
function readCmap(cmap: Buffer): Map<number, number> {
	const map = new Map<number, number>();
	const count = cmap.readUInt16BE(2);
	const candidates: { offset: number; rank: number }[] = [];
	for (let i = 0; i < count; i++) {
		const platform = cmap.readUInt16BE(4 + i * 8);
		const encoding = cmap.readUInt16BE(6 + i * 8);
		const offset = cmap.readUInt32BE(8 + i * 8);
		const format = cmap.readUInt16BE(offset);
		if (format === 12 && (platform === 3 || platform === 0)) candidates.push({ offset, rank: 0 });
		else if (format === 4 && (platform === 3 || platform === 0) && encoding !== 0) candidates.push({ offset, rank: 1 });
	}
	candidates.sort((a, b) => a.rank - b.rank);
	const best = candidates[0];
	if (!best) return map;
	const o = best.offset;
	if (cmap.readUInt16BE(o) === 12) {
		const groups = cmap.readUInt32BE(o + 12);
		for (let g = 0; g < groups; g++) {
			const start = cmap.readUInt32BE(o + 16 + g * 12);
			const end = cmap.readUInt32BE(o + 20 + g * 12);
			const glyph = cmap.readUInt32BE(o + 24 + g * 12);
			for (let c = start; c <= end; c++) map.set(c, glyph + (c - start));
		}
		return map;
	}
	const segments = cmap.readUInt16BE(o + 6) / 2;
	const ends = o + 14;
	const starts = ends + segments * 2 + 2;
	const deltas = starts + segments * 2;
	const rangeOffsets = deltas + segments * 2;
	for (let s = 0; s < segments; s++) {
		const end = cmap.readUInt16BE(ends + s * 2);
		const start = cmap.readUInt16BE(starts + s * 2);
		const delta = cmap.readInt16BE(deltas + s * 2);
		const rangeOffset = cmap.readUInt16BE(rangeOffsets + s * 2);
		for (let c = start; c <= end && c !== 0xffff; c++) {
			let glyph: number;
			if (rangeOffset === 0) glyph = (c + delta) & 0xffff;
			else {
				const at = rangeOffsets + s * 2 + rangeOffset + (c - start) * 2;
				glyph = cmap.readUInt16BE(at);
				if (glyph !== 0) glyph = (glyph + delta) & 0xffff;
			}
			if (glyph !== 0) map.set(c, glyph);
		}
	}
	return map;
}

/**
 * The plain OpenType (sfnt) font inside a WOFF 1.0 file, for HarfBuzz, which
 * does not read WOFF: the tables decompressed and laid out 4-byte aligned in
 * the order of the WOFF directory (which the format keeps sorted by tag).
 */
export function woffToSfnt(data: Buffer): Buffer {
	const tables = [...woffTables(data)];
	const count = tables.length;
	let size = 12 + 16 * count;
	for (const [, table] of tables) size += (table.length + 3) & ~3;
	const out = Buffer.alloc(size);
	const log2 = Math.floor(Math.log2(count));
	out.writeUInt32BE(data.readUInt32BE(4), 0); // the flavor: TrueType or CFF
	out.writeUInt16BE(count, 4);
	out.writeUInt16BE(16 * 2 ** log2, 6);
	out.writeUInt16BE(log2, 8);
	out.writeUInt16BE(16 * count - 16 * 2 ** log2, 10);
	let offset = 12 + 16 * count;
	tables.forEach(([tag, table], i) => {
		const entry = 12 + i * 16;
		out.write(tag, entry, 'latin1');
		out.writeUInt32BE(data.readUInt32BE(44 + i * 20 + 16), entry + 4); // checksum, as stored in the WOFF directory
		out.writeUInt32BE(offset, entry + 8);
		out.writeUInt32BE(table.length, entry + 12);
		table.copy(out, offset);
		offset += (table.length + 3) & ~3;
	});
	return out;
}

/** Parses a WOFF 1.0 font file into its metrics. */
export function readFontMetrics(data: Buffer): FontMetrics {
	const tables = woffTables(data);
	const need = (tag: string) => {
		const t = tables.get(tag);
		if (!t) throw new Error(`font has no ${tag} table`);
		return t;
	};
	const unitsPerEm = need('head').readUInt16BE(18);
	const metricsCount = need('hhea').readUInt16BE(34);
	const hmtx = need('hmtx');
	const cmap = readCmap(need('cmap'));
	const lastAdvance = hmtx.readUInt16BE((metricsCount - 1) * 4);
	const glyphAdvance = (glyph: number) => (glyph < metricsCount ? hmtx.readUInt16BE(glyph * 4) : lastAdvance);
	return {
		unitsPerEm,
		glyphOf: (codePoint) => cmap.get(codePoint) ?? 0,
		advance: (codePoint) => {
			const glyph = cmap.get(codePoint);
			return glyph === undefined ? undefined : glyphAdvance(glyph);
		},
	};
}
