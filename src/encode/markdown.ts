/**
 * The Markdown encoder for pull-request and merge-request comments (GitHub
 * Flavored Markdown): plan text is data, never markup. A line break would end
 * a table row or a heading, `|` would split a cell, `<` open HTML, `[` a
 * link; `@name` would notify a person or team and `#123` link (and notify)
 * an issue. Each is neutralised; control and bidirectional characters are
 * dropped, broken characters shown as "�".
 */
import { BROKEN } from './characters.ts';

/** Word joiner: invisible, and it keeps `@` or `#` from touching the name or number after it. */
const JOINER = '\u2060';

const CONTROLS_AND_BIDI = /[\0-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;

/** Inline Markdown text: one line, every markup character escaped, no mention or reference that could notify. */
export function markdownText(text: string): string {
	return text
		.replace(/\r\n|[\r\n\u2028\u2029]/g, ' ')
		.replace(CONTROLS_AND_BIDI, '')
		.replace(BROKEN, '\uFFFD')
		.replace(/[\\`*_[\]#!|<>~&]/g, (c) => `\\${c}`)
		.replace(/@(?=[\p{L}\p{N}_-])/gu, `@${JOINER}`)
		.replace(/#(?=[\p{N}\p{L}])/gu, `#${JOINER}`);
}

/** Default longest comment: below GitHub's limit of 65,536 characters, with room for what a CI step adds around it. */
export const COMMENT_LIMIT = 60_000;

/**
 * `lines` joined, cut at the last whole line that keeps the text within
 * `limit` characters together with `note(omitted)`, the sentence that says
 * how many lines were left out and where the full report is.
 */
export function withinLimit(lines: readonly string[], limit: number, note: (omitted: number) => string): string {
	const whole = lines.join('\n');
	if (whole.length <= limit) return whole;
	let length = 0;
	let kept = 0;
	const room = limit - note(lines.length).length - 2;
	while (kept < lines.length && length + lines[kept].length + 1 <= room) length += lines[kept++].length + 1;
	return [...lines.slice(0, kept), '', note(lines.length - kept)].join('\n');
}
