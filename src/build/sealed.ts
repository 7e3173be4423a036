/**
 * Cache files that prove their own integrity. A cache is only worth having
 * if what it serves is what was stored: a one-pager PNG cut short by a full
 * disk or a killed build was once served as is, and broke every image in
 * `dist/` and in the decks while the log said "reused". A sealed file is
 * `KPC1`, the SHA-256 of the payload, then the payload; reading checks the
 * digest (about 0.2 ms for a 100 KB image) and refuses anything else.
 */
import { createHash } from 'node:crypto';
import { closeSync, openSync, readSync } from 'node:fs';

const MAGIC = Buffer.from('KPC1');
const HEADER = MAGIC.length + 32;

/** `payload` with its seal in front, as stored. */
export function seal(payload: Buffer): Buffer {
	return Buffer.concat([MAGIC, createHash('sha256').update(payload).digest(), payload]);
}

/** The payload of a sealed file; `undefined` when the file is damaged (cut short, altered, or not sealed at all). */
export function unseal(stored: Buffer): Buffer | undefined {
	if (stored.length < HEADER || !stored.subarray(0, MAGIC.length).equals(MAGIC)) return undefined;
	const payload = stored.subarray(HEADER);
	return createHash('sha256').update(payload).digest().equals(stored.subarray(MAGIC.length, HEADER)) ? payload : undefined;
}

/** The SHA-256 of `data` in hex: the digest kept beside a cache file that must stay as it is (a deck copied out whole). */
export function digestOf(data: Buffer): string {
	return createHash('sha256').update(data).digest('hex');
}

/**
 * The SHA-256 of the file at `path` in hex, read a megabyte at a time: a
 * site's decks are hundreds of megabytes, which must not pass through the
 * build's heap (read whole, the four decks a warm rebuild reuses at 1,000
 * accounts added seconds of garbage collection at the build's peak).
 */
export function fileDigest(path: string): string {
	const hash = createHash('sha256');
	const chunk = Buffer.allocUnsafe(1 << 20);
	const fd = openSync(path, 'r');
	try {
		for (let read = readSync(fd, chunk); read > 0; read = readSync(fd, chunk)) hash.update(chunk.subarray(0, read));
	} finally {
		closeSync(fd);
	}
	return hash.digest('hex');
}
