/**
 * The characters every encoder has to deal with, defined once: lone
 * surrogates and the non-characters U+FFFE/U+FFFF (no output format can carry
 * them: UTF-8 cannot encode a lone surrogate, XML forbids all of them), and
 * the controls that XML 1.0 and iCalendar forbid.
 */

/** Lone surrogates, U+FFFE and U+FFFF. */
export const BROKEN = /[\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** C0 controls but tab, line feed and carriage return; DEL and the C1 controls. */
export const CONTROLS = /[\0-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F]/g;

/** Controls that separated words (vertical tab, form feed, next line): a space keeps the words apart. */
export const SEPARATORS = /[\x0B\x0C\x85]/g;

/** `text` with each broken character as U+FFFD "�", a visible stand-in. */
export function withStandIns(text: string): string {
	return text.replace(BROKEN, '\uFFFD');
}
