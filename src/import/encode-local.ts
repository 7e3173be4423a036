/**
 * Stand-ins for the lead's `src/encode/terminal.ts` and `src/encode/xml.ts`
 * (issue 20, not on main when this was written): the same names and
 * behaviour, so swapping them is a change of import path. Plan values and
 * export cells reach the terminal and the workbook's XML through these.
 */

/** C0 and C1 controls, DEL, bidirectional controls, line and paragraph separators, lone surrogates, U+FFFE/U+FFFF. */
const UNSAFE = /[\0-\x1F\x7F-\x9F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069\uFEFF\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** One line of terminal text: every control character (line breaks too) shown escaped, as a JavaScript string writes it. */
export function terminalText(text: string): string {
	return text.replace(UNSAFE, (c) => {
		const code = c.charCodeAt(0);
		return NAMED[c] ?? (code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`);
	});
}

const CONTROLS = /[\0-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F]/g;
const BROKEN = /[\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `text` with only characters XML 1.0 allows: controls dropped, broken characters as "�". */
export function xmlChars(text: string): string {
	return text.replace(CONTROLS, '').replace(BROKEN, '\uFFFD');
}
