/**
 * The deck's reused compressor gives exactly pako's bytes, part after part
 * (a reset compressor must not carry anything over from the previous part).
 */
import { createHash } from 'node:crypto';
import pako from 'pako';
import { describe, expect, it } from 'vitest';
import { deflateRaw } from '../../src/present/deflate';

/** Deterministic text of `n` characters with repeats near and far (so matches span the window). */
function text(n: number, seed: number): Uint8Array {
	const words = ['<p:sp>', '<a:t>', 'Fjellkraft', ' Energi', '</a:t>', '€2.14M', 'renewal', '\n', 'Überblick', '日本'];
	let out = '';
	let x = seed;
	while (out.length < n) {
		x = (x * 1103515245 + 12345) >>> 0;
		out += words[x % words.length];
	}
	return new TextEncoder().encode(out.slice(0, n));
}

describe('deflateRaw', () => {
	it('gives pako.deflateRaw level 6 bytes for every part, in any order of sizes', () => {
		const parts = [text(0, 1), text(1, 2), text(300, 3), text(70_000, 4), text(12, 5), text(250_000, 6), text(5_000, 7)];
		for (const part of parts) {
			const ours = deflateRaw(part);
			expect(Buffer.from(ours).equals(Buffer.from(pako.deflateRaw(part, { level: 6 })))).toBe(true);
			expect(Buffer.from(pako.inflateRaw(ours)).equals(Buffer.from(part))).toBe(true);
		}
	});

	it('grows its output for data that does not compress', () => {
		// SHA-256 of a counter, block after block: bytes without repeats to match.
		const noise = Buffer.concat(Array.from({ length: 3125 }, (_, i) => createHash('sha256').update(String(i)).digest()));
		const ours = deflateRaw(noise);
		expect(ours.length).toBeGreaterThan(noise.length);
		expect(Buffer.from(ours).equals(Buffer.from(pako.deflateRaw(noise, { level: 6 })))).toBe(true);
	});
});
