/**
 * The iCalendar encoder (RFC 5545): every text and parameter value of the
 * calendar feeds goes through here. Control characters are forbidden in
 * content lines (§3.1, except tab), so they are dropped; line breaks become
 * `\n`; lone surrogates and U+FFFE/U+FFFF, which UTF-8 cannot carry, become
 * "�". Folding lines on UTF-8 boundaries is the writer's job (`domain/ical-writer.ts`).
 */

const CONTROLS = /[\0-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F]/g;
const BROKEN = /[\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Escapes a TEXT value (§3.3.11): `\\`, `;`, `,` and line breaks escaped, control characters dropped. */
export function icalText(value: string): string {
	return value
		.replace(/[\x0B\x0C\x85]/g, ' ') // vertical tab, form feed, next line: they separated words
		.replace(CONTROLS, '')
		.replace(BROKEN, '\uFFFD')
		.replace(/[\\;,]/g, (c) => `\\${c}`)
		.replace(/\r\n|\r|\n/g, '\\n');
}

/** A quoted parameter value (§3.2): no double quotes or control characters can end the quoting early. */
export function icalParam(value: string): string {
	return `"${value.replace(BROKEN, '\uFFFD').replace(/"/g, "'").replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ')}"`;
}
