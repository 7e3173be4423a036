/**
 * The XML encoder: every writer of XML (the Atom feed `changes.xml`, the
 * parts of a slide deck, SVG) takes plan text through here. XML 1.0 cannot
 * carry most control characters, lone surrogates or U+FFFE/U+FFFF, not even
 * as character references: a deck holding a `\x0B` from a pasted name is a
 * file PowerPoint refuses. Control characters are dropped (they show
 * nothing); broken characters become U+FFFD "�", a visible stand-in.
 */

/** C0 controls other than tab, line feed and carriage return, and DEL…U+009F (allowed by XML 1.0 but "discouraged", and invisible). */
const CONTROLS = /[\0-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F]/g;
/** Lone surrogates and the two non-characters XML forbids. */
const BROKEN = /[\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Controls that separate words (vertical tab, form feed, next line): a space keeps the words apart. */
const SEPARATORS = /[\x0B\x0C\x85]/g;

/** `text` with only characters XML 1.0 allows: word-separating controls as spaces, other controls dropped, broken characters as "�". Markup is untouched. */
export function xmlChars(text: string): string {
	return text.replace(SEPARATORS, ' ').replace(CONTROLS, '').replace(BROKEN, '\uFFFD');
}

/** Text made safe for XML content and attribute values: allowed characters only, markup characters escaped. */
export function xmlText(text: string): string {
	return xmlChars(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}
