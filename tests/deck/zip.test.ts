/**
 * The streaming zip writer of the deck package writes the bytes JSZip wrote
 * for the same parts (the package's layout before it streamed): stored and
 * deflated entries, XML larger than JSZip's 16 KB chunks, a name that is
 * not ASCII; and JSZip reads back what it wrote.
 */
import JSZip from 'jszip';
import { describe, expect, test } from 'vitest';
import { zipWriter } from '../../src/present/zip';

const date = new Date('2026-11-24T00:00:00Z');
const xml = (n: number) => `<?xml version="1.0"?><p:sld>${Array.from({ length: n }, (_, i) => `<a:t>row ${i} · ${(i * 7919) % 1000}</a:t>`).join('')}</p:sld>`;
const binary = Buffer.from(Array.from({ length: 70_000 }, (_, i) => (i * 2_654_435_761) >>> 24));
const parts: [string, Buffer | string, boolean][] = [
	['[Content_Types].xml', xml(3), true],
	['ppt/media/image-1-1.png', binary, false],
	['ppt/slides/slide1.xml', xml(5_000), true],
	['ppt/slides/slide2.xml', '', true],
	['ppt/notesSlides/Ünïcode.xml', xml(10), true],
];

/** The package as JSZip wrote it in `package.ts` before: DOS platform, no streaming, XML at level 6, pictures stored. */
async function jszipPackage(only: typeof parts = parts): Promise<Buffer> {
	const zip = new JSZip();
	for (const [name, data, deflate] of only) {
		zip.file(name, data, { date, createFolders: false, compression: deflate ? 'DEFLATE' : 'STORE', compressionOptions: deflate ? { level: 6 } : null });
	}
	return zip.generateAsync({ type: 'nodebuffer', platform: 'DOS', streamFiles: false });
}

function streamed(only: typeof parts = parts): Buffer {
	const chunks: Buffer[] = [];
	const zip = zipWriter((chunk) => chunks.push(chunk), date);
	for (const [name, data, deflate] of only) zip.add(name, data, deflate);
	const size = zip.end();
	const all = Buffer.concat(chunks);
	expect(all.length).toBe(size);
	return all;
}

describe('the streaming zip writer', () => {
	test('writes the bytes JSZip writes for the same ASCII-named parts', async () => {
		const ascii = parts.filter(([name]) => /^[\x20-\x7e]+$/.test(name));
		expect(streamed(ascii).equals(await jszipPackage(ascii))).toBe(true);
	});

	test('JSZip reads back every part, a non-ASCII name included', async () => {
		const read = await JSZip.loadAsync(streamed());
		for (const [name, data] of parts) expect((await read.file(name)!.async('nodebuffer')).equals(Buffer.from(data)), name).toBe(true);
		// And it is the same package JSZip would write, but for the name's UTF-8 flag and JSZip's Unicode path field.
		const reference = await JSZip.loadAsync(await jszipPackage());
		expect(Object.keys(read.files)).toEqual(Object.keys(reference.files));
	});

	test('has no data descriptors: CRC and sizes are in every local header, read front to back', () => {
		const zip = streamed();
		let at = 0;
		for (const [name, data] of parts) {
			expect(zip.readUInt32LE(at), name).toBe(0x04034b50);
			expect(zip.readUInt16LE(at + 6) & 0x08, name).toBe(0);
			expect(zip.readUInt32LE(at + 22), name).toBe(Buffer.from(data).length);
			at += 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28) + zip.readUInt32LE(at + 18);
		}
		expect(zip.readUInt32LE(at)).toBe(0x02014b50);
	});
});
