/**
 * WOFF 1.0 → plain SFNT (TrueType/OpenType) bytes. The bundled fonts are
 * WOFF files; Satori's font parser inflates WOFF tables in JavaScript on
 * every start of a process or worker, which native zlib does several times
 * faster. The glyphs are the same bytes, so drawings do not change.
 */
import { inflateSync } from 'node:zlib';

const WOFF = 0x774f4646; // 'wOFF'

/** The SFNT inside a WOFF file; any other data (already SFNT, WOFF2) is returned as it is. */
export function woffToSfnt(data: Buffer): Buffer {
	if (data.length < 44 || data.readUInt32BE(0) !== WOFF) return data;
	const flavor = data.readUInt32BE(4);
	const numTables = data.readUInt16BE(12);
	const tables = Array.from({ length: numTables }, (_, i) => {
		const at = 44 + i * 20;
		const [tag, offset, compLength, origLength, checksum] = [0, 4, 8, 12, 16].map((o) => data.readUInt32BE(at + o));
		const stored = data.subarray(offset, offset + compLength);
		return { tag, checksum, bytes: compLength < origLength ? inflateSync(stored) : stored };
	});
	let searchRange = 1;
	let entrySelector = 0;
	while (searchRange * 2 <= numTables) {
		searchRange *= 2;
		entrySelector++;
	}
	const headerSize = 12 + 16 * numTables;
	const size = tables.reduce((sum, t) => sum + ((t.bytes.length + 3) & ~3), headerSize);
	const out = Buffer.alloc(size);
	out.writeUInt32BE(flavor, 0);
	out.writeUInt16BE(numTables, 4);
	out.writeUInt16BE(searchRange * 16, 6);
	out.writeUInt16BE(entrySelector, 8);
	out.writeUInt16BE(numTables * 16 - searchRange * 16, 10);
	let offset = headerSize;
	tables.forEach((t, i) => {
		const record = 12 + i * 16;
		out.writeUInt32BE(t.tag, record);
		out.writeUInt32BE(t.checksum, record + 4);
		out.writeUInt32BE(offset, record + 8);
		out.writeUInt32BE(t.bytes.length, record + 12);
		out.set(t.bytes, offset);
		offset += (t.bytes.length + 3) & ~3;
	});
	return out;
}
