/**
 * Raw deflate (level 6) for the deck's XML parts, with one compressor kept
 * for the whole process. `pako.deflateRaw` sets up a new compressor per
 * call (window, hash chains and buffers: about 300 KB, zero-filled); a deck
 * has thousands of small parts, and at 1,000 accounts those set-ups were
 * half of a warm rebuild's deck time and much of its garbage collection.
 * `deflateReset` gives the same state as a new compressor, so the bytes are
 * exactly what `pako.deflateRaw(data, { level: 6 })` gives
 * (tests/deck/zip.test.ts compares them with JSZip's).
 */
import { createRequire } from 'node:module';

/** pako 1.0's zlib port, the parts used here (it has no types of its own). */
interface ZStream {
	input: Uint8Array | null;
	next_in: number;
	avail_in: number;
	output: Uint8Array | null;
	next_out: number;
	avail_out: number;
}
interface ZlibDeflate {
	deflateInit2(strm: ZStream, level: number, method: number, windowBits: number, memLevel: number, strategy: number): number;
	deflateReset(strm: ZStream): number;
	deflate(strm: ZStream, flush: number): number;
}

const require = createRequire(import.meta.url);
const zlib = require('pako/lib/zlib/deflate.js') as ZlibDeflate;
const ZStreamOf = require('pako/lib/zlib/zstream.js') as new () => ZStream;

const Z_OK = 0;
const Z_STREAM_END = 1;
const Z_FINISH = 4;
const Z_DEFLATED = 8;
/** pako's and zlib's defaults: a 32 KB window (negative: raw, no zlib header), memory level 8, default strategy. */
const WINDOW_BITS = -15;
const MEM_LEVEL = 8;
const DEFAULT_STRATEGY = 0;

let stream: ZStream | undefined;

/** The compressor, made on first use and reset before each part. */
function compressor(): ZStream {
	if (!stream) {
		const made = new ZStreamOf();
		if (zlib.deflateInit2(made, 6, Z_DEFLATED, WINDOW_BITS, MEM_LEVEL, DEFAULT_STRATEGY) !== Z_OK) throw new Error('deflate: the compressor could not be set up');
		stream = made;
	} else if (zlib.deflateReset(stream) !== Z_OK) throw new Error('deflate: the compressor could not be reset');
	return stream;
}

/** `data` deflated raw at level 6: the bytes `pako.deflateRaw(data, { level: 6 })` gives. */
export function deflateRaw(data: Uint8Array): Buffer {
	const strm = compressor();
	strm.input = data;
	strm.next_in = 0;
	strm.avail_in = data.length;
	// zlib's bound for stored blocks, with room to spare: one pass almost always; grown if ever not.
	let out = new Uint8Array(data.length + (data.length >> 10) + 64);
	strm.output = out;
	strm.next_out = 0;
	strm.avail_out = out.length;
	for (;;) {
		const status = zlib.deflate(strm, Z_FINISH);
		if (status === Z_STREAM_END) break;
		if (status !== Z_OK) throw new Error(`deflate failed (zlib status ${status})`);
		const grown = new Uint8Array(out.length * 2);
		grown.set(out.subarray(0, strm.next_out));
		out = grown;
		strm.output = out;
		strm.avail_out = out.length - strm.next_out;
	}
	const written = Buffer.from(out.buffer, 0, strm.next_out);
	strm.input = null;
	strm.output = null;
	return written;
}
