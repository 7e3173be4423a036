/**
 * Stand-ins for the one-pagers while pptxgenjs writes the deck: pptxgenjs
 * takes pictures as base64 text and zips them once more, which for a deck of
 * hundreds of one-pagers costs seconds and hundreds of megabytes. It gets a
 * 1×1 PNG per picture instead, each carrying its picture's number in a text
 * chunk; `package.ts` puts the real one-pager in its place when it rewrites
 * the package, whatever pptxgenjs named the part.
 */
import { crc32, deflateSync } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const KEYWORD = 'keyplan-picture';
/** The pixel data of a 1×1 grey image: filter byte 0, one grey byte, deflated. */
const PIXEL = deflateSync(Buffer.from([0, 0x80]));

/** One PNG chunk: length, type, data, CRC of type and data. */
function chunk(type: string, data: Buffer): Buffer {
	const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
	const length = Buffer.alloc(4);
	length.writeUInt32BE(data.length);
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(crc32(body));
	return Buffer.concat([length, body, crc]);
}

/** The stand-in PNG of picture number `index`. */
export function standIn(index: number): Buffer {
	const header = Buffer.alloc(13);
	header.writeUInt32BE(1, 0); // width
	header.writeUInt32BE(1, 4); // height
	header.writeUInt8(8, 8); // bit depth; colour type 0 (grey), compression, filter and interlace 0
	return Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('tEXt', Buffer.from(`${KEYWORD}\0${index}`, 'latin1')), chunk('IDAT', PIXEL), chunk('IEND', Buffer.alloc(0))]);
}

/** The picture number a stand-in carries; undefined for any other file. */
export function standInIndex(data: Buffer): number | undefined {
	if (data.length > 128 || !data.subarray(0, 8).equals(SIGNATURE)) return undefined;
	const at = data.indexOf(`tEXt${KEYWORD}\0`, 8, 'latin1');
	if (at < 4) return undefined;
	// The chunk's data is as long as its length field says; the CRC after it is binary.
	const text = data.toString('latin1', at + 4, at + 4 + data.readUInt32BE(at - 4)).slice(KEYWORD.length + 1);
	return /^\d+$/.test(text) ? Number(text) : undefined;
}
