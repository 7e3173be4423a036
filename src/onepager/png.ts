/**
 * PNG encoding of a rendered one-pager: an indexed (palette) PNG, so a slide
 * stays far under 250 KB. A one-pager has a few hundred distinct colours
 * (flat fills and anti-aliased edges); the palette keeps the most frequent
 * ones exactly and adds, one at a time, the colour that the remaining ones
 * would miss most (count × squared distance), so rare edge shades are not
 * all pulled toward one background. Colours beyond 256 take the nearest
 * palette entry. Everything is deterministic: ties break on the colour
 * value, and zlib is called with fixed options, so the same pixels always
 * give the same bytes.
 *
 * Measured on the sample sheets against sharp's palette PNG (libimagequant,
 * effort 4, zlib level 9: ~150 ms, 95 KB): ~18 ms and ~108 KB, with fewer
 * and smaller colour errors. zlib level 4 rather than 6 or 9: level 6 takes
 * 26 ms for 101 KB, level 9 over 100 ms for 97 KB.
 */
import { crc32, deflateSync } from 'node:zlib';

/** Fixed encoder settings (part of every cache key through the source digest). */
export const PNG_ENCODING = { colours: 256, exact: 192, zlibLevel: 4, zlibMemLevel: 9 } as const;

/** Straight (not premultiplied) RGBA pixels, row by row. */
export interface Pixels {
	data: Uint8Array;
	width: number;
	height: number;
}

/** A hash table slot for `colour` in a table of 2^bits slots (open addressing, -1 marks a free slot). */
function slotFor(keys: Uint32Array, entries: Int32Array, bits: number, colour: number): number {
	const mask = (1 << bits) - 1;
	let h = Math.imul(colour, 0x9e3779b1) >>> (32 - bits);
	while (entries[h] !== -1 && keys[h] !== colour) h = (h + 1) & mask;
	return h;
}

/** The distinct colours of an image with their pixel counts, and a table to find a colour's entry. */
interface Histogram {
	colours: Uint32Array;
	counts: Uint32Array;
	/** Entry of a colour in `colours` (it must be one of them). */
	entryOf(colour: number): number;
}

/** Every distinct RGBA value of the image (as little-endian uint32) with its pixel count; walked run by run. */
function histogram(pixels: Uint32Array): Histogram {
	let bits = 12;
	let keys = new Uint32Array(1 << bits);
	let entries = new Int32Array(1 << bits).fill(-1);
	let colours = new Uint32Array(1 << (bits - 1));
	let counts = new Uint32Array(1 << (bits - 1));
	let size = 0;
	for (let i = 0; i < pixels.length; ) {
		const c = pixels[i];
		let end = i + 1;
		while (end < pixels.length && pixels[end] === c) end++;
		const h = slotFor(keys, entries, bits, c);
		let entry = entries[h];
		if (entry === -1) {
			entry = size++;
			keys[h] = c;
			entries[h] = entry;
			colours[entry] = c;
			if (size * 2 >= 1 << bits) {
				// Grow: twice the slots, every colour inserted again.
				bits++;
				keys = new Uint32Array(1 << bits);
				entries = new Int32Array(1 << bits).fill(-1);
				for (let e = 0; e < size; e++) {
					const slot = slotFor(keys, entries, bits, colours[e]);
					keys[slot] = colours[e];
					entries[slot] = e;
				}
				const grown = new Uint32Array(1 << (bits - 1));
				grown.set(colours);
				colours = grown;
				const grownCounts = new Uint32Array(1 << (bits - 1));
				grownCounts.set(counts);
				counts = grownCounts;
			}
		}
		counts[entry] += end - i;
		i = end;
	}
	return { colours: colours.slice(0, size), counts: counts.slice(0, size), entryOf: (colour) => entries[slotFor(keys, entries, bits, colour)] };
}

/** Squared RGBA distance of two little-endian uint32 colours. */
function distance(a: number, b: number): number {
	let d = 0;
	for (let shift = 0; shift < 32; shift += 8) {
		const x = ((a >>> shift) & 255) - ((b >>> shift) & 255);
		d += x * x;
	}
	return d;
}

/** Palette entries (indices into `colours`) and the palette index of every colour. */
function choosePalette(colours: Uint32Array, counts: Uint32Array): { palette: number[]; indexOf: Uint8Array } {
	const order = Array.from(colours.keys()).sort((a, b) => counts[b] - counts[a] || colours[a] - colours[b]);
	const palette = order.slice(0, order.length <= PNG_ENCODING.colours ? order.length : PNG_ENCODING.exact);
	const rest = order.slice(palette.length);
	const near = rest.map((r) => Math.min(...palette.map((p) => distance(colours[r], colours[p]))));
	while (palette.length < PNG_ENCODING.colours && rest.length > 0) {
		let best = 0;
		for (let i = 1; i < rest.length; i++) {
			const score = near[i] * counts[rest[i]];
			const top = near[best] * counts[rest[best]];
			if (score > top || (score === top && colours[rest[i]] < colours[rest[best]])) best = i;
		}
		const [added] = rest.splice(best, 1);
		near.splice(best, 1);
		palette.push(added);
		for (let i = 0; i < rest.length; i++) near[i] = Math.min(near[i], distance(colours[rest[i]], colours[added]));
	}
	const indexOf = new Uint8Array(colours.length);
	palette.forEach((entry, i) => (indexOf[entry] = i));
	for (const entry of rest) {
		let best = 0;
		for (let i = 1; i < palette.length; i++) {
			if (distance(colours[entry], colours[palette[i]]) < distance(colours[entry], colours[palette[best]])) best = i;
		}
		indexOf[entry] = best;
	}
	return { palette, indexOf };
}

/** One PNG chunk: length, type, data, CRC. */
function chunk(type: string, data: Uint8Array): Buffer {
	const out = Buffer.alloc(12 + data.length);
	out.writeUInt32BE(data.length, 0);
	out.write(type, 4, 'latin1');
	out.set(data, 8);
	out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
	return out;
}

/** An indexed PNG of straight RGBA pixels (a tRNS chunk only when some pixel is not opaque). */
export function encodePng({ data, width, height }: Pixels): Buffer {
	if (data.length !== width * height * 4) throw new Error(`encodePng: ${data.length} bytes for ${width}×${height} RGBA`);
	const aligned = data.byteOffset % 4 === 0 ? data : Uint8Array.from(data);
	const pixels = new Uint32Array(aligned.buffer, aligned.byteOffset, width * height);
	const { colours, counts, entryOf } = histogram(pixels);
	const { palette, indexOf } = choosePalette(colours, counts);
	const rows = Buffer.alloc((width + 1) * height); // filter type 0 (none) before every row
	for (let y = 0; y < height; y++) {
		const end = (y + 1) * width;
		for (let i = y * width; i < end; ) {
			const c = pixels[i];
			let run = i + 1;
			while (run < end && pixels[run] === c) run++;
			const o = i + y + 1; // pixel i's byte: after y + 1 filter bytes
			rows.fill(indexOf[entryOf(c)], o, o + run - i);
			i = run;
		}
	}
	const plte = Buffer.alloc(palette.length * 3);
	const trns = Buffer.alloc(palette.length);
	palette.forEach((entry, i) => {
		const c = colours[entry];
		plte.set([c & 255, (c >>> 8) & 255, (c >>> 16) & 255], i * 3);
		trns[i] = c >>> 24;
	});
	const header = Buffer.alloc(13);
	header.writeUInt32BE(width, 0);
	header.writeUInt32BE(height, 4);
	header.set([8, 3, 0, 0, 0], 8); // 8-bit indexed, deflate, no interlace
	return Buffer.concat([
		Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
		chunk('IHDR', header),
		chunk('PLTE', plte),
		...(trns.some((a) => a !== 255) ? [chunk('tRNS', trns)] : []),
		chunk('IDAT', deflateSync(rows, { level: PNG_ENCODING.zlibLevel, memLevel: PNG_ENCODING.zlibMemLevel })),
		chunk('IEND', new Uint8Array(0)),
	]);
}
