/**
 * Raw deflate (level 6) for the XML parts of decks and workbooks, through
 * pako's public API. pako is pure JavaScript, so the same part gives the
 * same bytes on every machine (Node's own zlib gives other bytes, and they
 * may differ with the processor's instructions).
 *
 * This used to keep one compressor for the whole process through pako's
 * private `lib/zlib` files, because `pako.deflateRaw` sets up a new one per
 * call (window, hash chains and buffers: about 300 KB). Measured on the
 * sample's strategic deck (36 XML parts, 104 KB), five rounds: 4.1 ms with
 * the reused compressor, 6.6 ms through the public API; on 6,000 parts of
 * 1.5–4 KB (about the two decks a one-plan edit rewrites at 1,000
 * accounts), two rounds each: 1.04–1.21 s reused, 1.35–1.67 s public, so
 * about 0.3–0.45 s more per warm rebuild. The bytes are the same (tests/deck/zip.test.ts compares
 * them with JSZip's), and no package is reached through its insides.
 */
import pako from 'pako';

/** `data` deflated raw at level 6: the bytes `pako.deflateRaw(data, { level: 6 })` gives. */
export function deflateRaw(data: Uint8Array): Buffer {
	const out = pako.deflateRaw(data, { level: 6 });
	return Buffer.from(out.buffer, out.byteOffset, out.byteLength);
}
