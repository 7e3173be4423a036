/**
 * The encoder of e-mail: header values and the HTML part. A plan value (an
 * account name, an action title) can never start a new header line, and never
 * becomes markup. Every writer of a digest e-mail uses these and nothing else.
 */

/** C0 and C1 controls, DEL, and the Unicode line and paragraph separators: any of them could end a header line somewhere. */
const LINE_BREAKING = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;

/** Longest header value kept: mail clients cut subjects long before this anyway. */
export const HEADER_MAX = 200;

/**
 * A value safe for one header (subject, display name): every control
 * character (CR and LF above all) becomes a space, runs of spaces one, and the
 * value is cut at `HEADER_MAX` characters (never in the middle of a character).
 */
export function headerValue(text: string): string {
	const flat = text.replace(LINE_BREAKING, ' ').replace(/\s+/g, ' ').trim();
	const chars = [...flat];
	return chars.length <= HEADER_MAX ? flat : `${chars.slice(0, HEADER_MAX - 1).join('')}…`;
}

/** One line of the plain-text part: control characters (a stray CR, an escape sequence) become spaces. */
export function textLine(text: string): string {
	return text.replace(LINE_BREAKING, ' ');
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for HTML content or a quoted attribute value; control characters become spaces (the Nu checker rejects them). */
export function html(text: string): string {
	return textLine(text).replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

/**
 * A link target inside the site at `siteUrl`: the absolute address of
 * `path` (e.g. `/accounts/acme/`) there, or undefined when no site address is
 * set or the result would leave it (another host, another scheme).
 */
export function siteLink(siteUrl: string | undefined, path: string): string | undefined {
	if (!siteUrl) return undefined;
	const base = new URL(siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`);
	const target = new URL(path.replace(/^\/+/, ''), base);
	return target.origin === base.origin && target.pathname.startsWith(base.pathname) ? target.href : undefined;
}
