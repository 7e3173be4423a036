/**
 * The XML encoder: every writer of XML (the Atom feed `changes.xml`, the
 * parts of a slide deck, SVG) takes plan text through here. XML 1.0 cannot
 * carry most control characters, lone surrogates or U+FFFE/U+FFFF, not even
 * as character references: a deck holding a `\x0B` from a pasted name is a
 * file PowerPoint refuses. Control characters are dropped (they show
 * nothing); broken characters become U+FFFD "�", a visible stand-in.
 */
import { CONTROLS, SEPARATORS, withStandIns } from './characters.ts';

/** `text` with only characters XML 1.0 allows: word-separating controls as spaces, other controls dropped, broken characters as "�". Markup is untouched. */
export function xmlChars(text: string): string {
	return withStandIns(text.replace(SEPARATORS, ' ').replace(CONTROLS, ''));
}

/** Text made safe for XML content and attribute values: allowed characters only, markup characters escaped. */
export function xmlText(text: string): string {
	return xmlChars(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}
