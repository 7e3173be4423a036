/**
 * The iCalendar encoder (RFC 5545): every text and parameter value of the
 * calendar feeds goes through here. Control characters are forbidden in
 * content lines (§3.1, except tab), so they are dropped; line breaks become
 * `\n`; lone surrogates and U+FFFE/U+FFFF, which UTF-8 cannot carry, become
 * "�". Folding lines on UTF-8 boundaries is the writer's job (`domain/ical-writer.ts`).
 */
import { BROKEN, CONTROLS, SEPARATORS } from './characters.ts';

/** Escapes a TEXT value (§3.3.11): `\\`, `;`, `,` and line breaks escaped, control characters dropped. */
export function icalText(value: string): string {
	return value
		.replace(SEPARATORS, ' ')
		.replace(CONTROLS, '')
		.replace(BROKEN, '\uFFFD')
		.replace(/[\\;,]/g, (c) => `\\${c}`)
		.replace(/\r\n|\r|\n/g, '\\n');
}

/** A quoted parameter value (§3.2): no double quotes or control characters can end the quoting early. */
export function icalParam(value: string): string {
	return `"${value.replace(BROKEN, '\uFFFD').replace(/"/g, "'").replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ')}"`;
}
