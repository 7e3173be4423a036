/**
 * Every character an output format may choke on, for the encoders' tests:
 * each C0 and C1 control, DEL, lone surrogates, the non-characters U+FFFE
 * and U+FFFF, bidirectional controls, line and paragraph separators, and the
 * markup that ends a CDATA section or opens a tag.
 */

/** Every C0 control (U+0000–U+001F), DEL and every C1 control (U+0080–U+009F). */
export const CONTROLS = [...Array.from({ length: 0x20 }, (_, i) => i), ...Array.from({ length: 0x21 }, (_, i) => 0x7f + i)].map((c) => String.fromCharCode(c));

/** Bidirectional controls (Trojan Source), separators, a BOM inside text. */
export const INVISIBLE = ['\u061C', '\u200E', '\u200F', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u2028', '\u2029', '\uFEFF'];

/** Lone surrogates (high, low) and the non-characters XML forbids. */
export const BROKEN = ['\uD800', '\uDBFF', '\uDC00', '\uDFFF', 'x\uD83Dy', '\uFFFE', '\uFFFF'];

/** Terminal escape sequences a plan could carry: clipboard write (OSC 52), hidden link (OSC 8), cursor movement, screen clear. */
export const ESCAPES = ['\x1b]52;c;ZXZpbA==\x07', '\x1b]8;;https://evil.example\x1b\\click\x1b]8;;\x1b\\', '\x1b[2A\x1b[K', '\x1b[2J', '\x9b31m'];

/** One string holding all of it, between ordinary words, with a CDATA end and markup. */
export const EVERYTHING = ['Acme', ...CONTROLS, ...INVISIBLE, ...BROKEN, ...ESCAPES, ']]>', '<b>&amp;', 'GmbH 🚀 €'].join(' ');

/** True when `text` holds a character of `chars`. */
export function holdsAny(text: string, chars: readonly string[]): boolean {
	return chars.some((c) => text.includes(c));
}

/** True when `text` holds a lone surrogate. */
export function holdsLoneSurrogate(text: string): boolean {
	return /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);
}
