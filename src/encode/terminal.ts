/**
 * The terminal encoder: every command-line message that quotes a plan value
 * (`check`, `review`, `new`, `deck`, `onepagers`, usage errors) goes through
 * here. A plan value must never act on the reader's terminal (an escape
 * sequence that writes the clipboard, hides a link or moves the cursor) nor
 * forge a line of output (a line break followed by a fake
 * `file:1:1: name: FORGED ERROR` or `::error::`). Every control character,
 * bidirectional control and broken character is shown escaped, as a
 * JavaScript string would write it (`\x1b`, `\n`, `\u202e`), so the reader
 * sees what the plan holds and where.
 */

/** C0 and C1 controls, DEL, bidirectional controls, line and paragraph separators, lone surrogates, U+FFFE/U+FFFF. */
const UNSAFE = /[\0-\x1F\x7F-\x9F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069\uFEFF\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** The same, without the line feed: for text whose own line breaks are its structure. */
const UNSAFE_IN_LINES = new RegExp(UNSAFE.source.replace('\\0-\\x1F', '\\0-\\x09\\x0B-\\x1F'), 'g');

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function escaped(c: string): string {
	const code = c.charCodeAt(0);
	return NAMED[c] ?? (code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`);
}

/** One line of terminal text: every control character (line breaks too) shown escaped. */
export function terminalText(text: string): string {
	return text.replace(UNSAFE, escaped);
}

/** Terminal text of several lines: its line feeds kept as line breaks, everything else as `terminalText`. */
export function terminalLines(text: string): string {
	return text.replace(UNSAFE_IN_LINES, escaped);
}
