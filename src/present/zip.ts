/**
 * The zip writer of the deck package: entries are written one after the
 * other as they come, so a deck's pictures are read one at a time and never
 * held together, and the package streams to a file. Every entry's CRC and
 * sizes are in its local header (no data descriptors: tools that read a
 * package front to back, such as Java's `ZipInputStream`, need them for
 * stored entries). The layout is JSZip's with `platform: 'DOS'` and
 * `streamFiles: false`, and XML is deflated as JSZip's pako (1.0) does at
 * level 6 (`deflate.ts`, one compressor reused), so the bytes are what the
 * JSZip rewrite wrote before: version 1.0,
 * no extra fields, DOS date and time in UTC, no ZIP64 (a deck would need
 * 4 GB or 65,535 parts for it). pako is pure JavaScript: the same package on
 * any machine, unlike Node's zlib, whose output depends on its build.
 */
import { crc32 } from 'node:zlib';
import { deflateRaw } from './deflate.ts';

/** Takes the zip's bytes, in order. */
export type ZipSink = (chunk: Buffer) => void;

/** Writes a zip entry by entry. */
export interface ZipWriter {
	/** Writes an entry: deflated (`compress`, for XML) or stored as it is (PNG is compressed already). */
	add(name: string, data: Buffer | string, compress: boolean): void;
	/** Writes the central directory; returns the zip's size in bytes. */
	end(): number;
}

const STORE = 0;
const DEFLATE = 8;
/** General purpose flag: the name is UTF-8 (only set for a name that is not ASCII). */
const UTF8_NAME = 0x0800;
const LIMIT = 0xffff_ffff;

/** DOS time and date of `date` in UTC, as JSZip writes them. */
function dosDateTime(date: Date): { time: number; date: number } {
	return {
		time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | Math.floor(date.getUTCSeconds() / 2),
		date: ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
	};
}

/** What the local header and the central directory record of an entry share, from "version needed" to the extra field length. */
function commonHeader(entry: { flags: number; method: number; crc: number; size: number; stored: number; name: Buffer }, stamp: { time: number; date: number }): Buffer {
	const header = Buffer.alloc(26);
	header.writeUInt16LE(10, 0); // version needed to extract: 1.0
	header.writeUInt16LE(entry.flags, 2);
	header.writeUInt16LE(entry.method, 4);
	header.writeUInt16LE(stamp.time, 6);
	header.writeUInt16LE(stamp.date, 8);
	header.writeUInt32LE(entry.crc, 10);
	header.writeUInt32LE(entry.stored, 14);
	header.writeUInt32LE(entry.size, 18);
	header.writeUInt16LE(entry.name.length, 22);
	header.writeUInt16LE(0, 24); // extra field length
	return header;
}

const signature = (value: number) => {
	const b = Buffer.alloc(4);
	b.writeUInt32LE(value);
	return b;
};

/** A zip writer into `sink`, every entry dated `date`. */
export function zipWriter(sink: ZipSink, date: Date): ZipWriter {
	const stamp = dosDateTime(date);
	const central: Buffer[] = [];
	let offset = 0;
	const write = (chunk: Buffer) => {
		sink(chunk);
		offset += chunk.length;
	};
	return {
		add(name, content, compress) {
			const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
			// An empty part is stored, as JSZip does.
			const deflate = compress && data.length > 0;
			const body = deflate ? deflateRaw(data) : data;
			const encoded = Buffer.from(name, 'utf8');
			const entry = { flags: encoded.length === name.length ? 0 : UTF8_NAME, method: deflate ? DEFLATE : STORE, crc: crc32(data), size: data.length, stored: body.length, name: encoded };
			if (offset + 30 + encoded.length + body.length > LIMIT || central.length === 0xffff) throw new Error(`the package is too large for a zip without ZIP64 at ${name}`);
			const common = commonHeader(entry, stamp);
			const record = Buffer.alloc(46 - 4 - 2 - 26);
			// comment length, disk number, internal attributes (2 bytes each), external attributes (4), then the local header's offset
			record.writeUInt32LE(offset, 10);
			const madeBy = Buffer.alloc(2);
			madeBy.writeUInt16LE(20, 0); // version made by: 2.0, MS-DOS
			central.push(Buffer.concat([signature(0x02014b50), madeBy, common, record, encoded]));
			write(Buffer.concat([signature(0x04034b50), common, encoded]));
			write(body);
		},
		end() {
			const start = offset;
			for (const record of central) write(record);
			const eocd = Buffer.alloc(22);
			eocd.writeUInt32LE(0x06054b50, 0);
			eocd.writeUInt16LE(central.length, 8); // entries on this disk
			eocd.writeUInt16LE(central.length, 10); // entries in all
			eocd.writeUInt32LE(offset - start, 12); // size of the central directory
			eocd.writeUInt32LE(start, 16); // its offset
			write(eocd);
			return offset;
		},
	};
}
