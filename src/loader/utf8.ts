/**
 * Decodes content files as UTF-8, strictly: a file in another encoding (an
 * export from a spreadsheet, a Windows "ANSI" save) must be reported with the
 * place of the first bad byte, not silently turned into replacement characters.
 */

const strict = new TextDecoder('utf-8', { fatal: true });

/** Length of the valid UTF-8 sequence starting at `i`, or 0 when the bytes there are not valid UTF-8. */
function sequenceLength(bytes: Uint8Array, i: number): number {
	const b = bytes[i];
	if (b < 0x80) return 1;
	const cont = (k: number, lo = 0x80, hi = 0xbf) => i + k < bytes.length && bytes[i + k] >= lo && bytes[i + k] <= hi;
	if (b >= 0xc2 && b <= 0xdf) return cont(1) ? 2 : 0;
	if (b === 0xe0) return cont(1, 0xa0) && cont(2) ? 3 : 0;
	if ((b >= 0xe1 && b <= 0xec) || b === 0xee || b === 0xef) return cont(1) && cont(2) ? 3 : 0;
	if (b === 0xed) return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0;
	if (b === 0xf0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
	if (b >= 0xf1 && b <= 0xf3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
	if (b === 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
	return 0;
}

/** Byte offset (0-based) of the first byte that is not valid UTF-8; -1 when all of them are. */
export function firstInvalidByte(bytes: Uint8Array): number {
	for (let i = 0; i < bytes.length; ) {
		const n = sequenceLength(bytes, i);
		if (n === 0) return i;
		i += n;
	}
	return -1;
}

export type Decoded = { ok: true; text: string } | { ok: false; message: string };

/** Decodes `bytes` as UTF-8 (a leading byte-order mark is dropped); otherwise says where the first bad byte is. */
export function decodeUtf8(bytes: Uint8Array): Decoded {
	try {
		return { ok: true, text: strict.decode(bytes) };
	} catch {
		// Fall through: find the place to report.
	}
	const offset = Math.max(0, firstInvalidByte(bytes));
	if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
		return { ok: false, message: 'is saved as UTF-16, but Keyplan reads UTF-8 only: save the file again with the encoding "UTF-8"' };
	}
	let lineStart = 0;
	let line = 1;
	for (let i = 0; i < offset; i++) {
		if (bytes[i] === 0x0a) {
			line++;
			lineStart = i + 1;
		}
	}
	const column = strict.decode(bytes.subarray(lineStart, offset)).length + 1;
	const hex = bytes[offset].toString(16).toUpperCase().padStart(2, '0');
	return {
		ok: false,
		message:
			`is not valid UTF-8: the first invalid byte (0x${hex}) is at byte offset ${offset} (line ${line}, column ${column}): ` +
			'save the file again with the encoding "UTF-8" (it was probably written as Latin-1 or Windows-1252)',
	};
}
