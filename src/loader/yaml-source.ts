/**
 * Reads YAML and MDX frontmatter, so that a syntax error names the line and
 * column instead of failing with a stack trace. Valid YAML without anchors is
 * read by js-yaml (about ten times faster: it matters at thousands of plans);
 * anything else — a syntax error, anchors and aliases — by the `yaml` package,
 * which reports every error with its position and limits alias expansion.
 * Both read the YAML 1.2 core schema, so they give the same data.
 */
import jsyaml from 'js-yaml';
import { fieldIndex, indexOfEvents, readWithEvents, type FieldIndex } from './positions.ts';
import { yamlPackage } from './yaml-package.ts';

/**
 * Parsed data, or why not with the place of the first error (when known).
 * With places asked for, `index` gives every field's place, from the read
 * events of this same parse when the fast reader read the text.
 */
export type Parsed = { ok: true; data: unknown; index?: (text: string) => FieldIndex } | { ok: false; message: string; line?: number; column?: number };

/**
 * Most alias expansions one file may cause. Aliases (`*name`) repeat an
 * anchored value; a few nested ones can expand a tiny file to gigabytes (the
 * "billion laughs" attack), so their use is limited like YAML's own default.
 */
export const MAX_ALIAS_COUNT = 100;

/** An anchor (`&name`) or alias (`*name`) where a value starts: such files take the careful path. */
const ANCHOR_OR_ALIAS = /(?:^|[\s[{,:-])[&*][^\s,\]}]/;

/**
 * Parses YAML text; `lineOffset` shifts reported lines for frontmatter inside
 * a file. With `places` (`check`, `review`: they put findings on their
 * lines), the parse keeps its read events, so that placing a field later does
 * not read the text again.
 */
export function parseYaml(text: string, lineOffset = 0, places = false): Parsed {
	if (!ANCHOR_OR_ALIAS.test(text)) {
		try {
			if (places) {
				const { data, events } = readWithEvents(text);
				const index = (source: string): FieldIndex => {
					try {
						return indexOfEvents(source, events);
					} catch {
						return fieldIndex(source);
					}
				};
				return { ok: true, data: data ?? {}, index };
			}
			return { ok: true, data: jsyaml.load(text, { schema: jsyaml.CORE_SCHEMA }) ?? {} };
		} catch {
			// Read it again with the `yaml` package below, for messages with every error's position.
		}
	}
	return parseCarefully(text, lineOffset);
}

/** The `yaml` package's reading: every syntax error with its position, aliases limited. */
function parseCarefully(text: string, lineOffset: number): Parsed {
	let doc;
	try {
		const { parseDocument, LineCounter } = yamlPackage();
		// resolveKnownTags: false, so that YAML 1.1's extra tags (`!!timestamp`, `!!binary`, `!!set`…) are unresolved like any other.
		doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true, resolveKnownTags: false, lineCounter: new LineCounter() });
	} catch (error) {
		return { ok: false, message: `YAML that cannot be read (${(error as Error).message}): simplify the structure (very deep nesting is not supported)` };
	}
	// A tag outside the core schema (`!!js/function`, `!!timestamp`, `!custom`) would be read as plain text: refused at its line instead.
	const errors = [...doc.errors, ...doc.warnings.filter((w) => w.code === 'TAG_RESOLVE_FAILED')];
	if (errors.length > 0) {
		errors.sort((a, b) => a.pos[0] - b.pos[0]);
		const messages = errors.map((e) => {
			const where = e.linePos?.[0] ? `line ${e.linePos[0].line + lineOffset}, column ${e.linePos[0].col}` : 'unknown position';
			const raw = e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
			const reason = e.code === 'TAG_RESOLVE_FAILED' ? tagReason(raw) : /call stack/i.test(raw) ? 'values nested too deeply (lists or groups inside each other hundreds of levels deep)' : raw;
			return `${where}: ${reason}`;
		});
		const first = errors[0].linePos?.[0];
		const what = doc.errors.length ? 'YAML syntax error' : 'YAML tag not allowed';
		return { ok: false, message: `${what} at ${messages.join('; ')}`, ...(first && { line: first.line + lineOffset, column: first.col }) };
	}
	try {
		return { ok: true, data: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) ?? {} };
	} catch (error) {
		if (/excessive alias count/i.test((error as Error).message)) {
			return {
				ok: false,
				message:
					`YAML aliases (*name) expand to too much data: aliases are limited to ${MAX_ALIAS_COUNT} expansions per file, ` +
					'to protect against "billion laughs" files that grow to gigabytes when read; write the values out instead of repeating them through aliases',
			};
		}
		return { ok: false, message: `YAML that cannot be read (${(error as Error).message}): simplify the structure` };
	}
}

/** Why a tag is refused: plans hold plain values, so only the core schema's tags (`!!str`, `!!int`, `!!float`, `!!bool`, `!!null`, `!!seq`, `!!map`) mean something. */
function tagReason(raw: string): string {
	const tag = (/Unresolved tag: (\S+)/.exec(raw)?.[1] ?? 'this tag').replace(/^tag:yaml\.org,2002:/, '!!');
	return (
		`the tag "${tag}" is not read: a plan holds plain values (text, numbers, true/false, dates as YYYY-MM-DD, lists and groups); ` +
		'remove the tag (and write a date-time as a date, YYYY-MM-DD)'
	);
}

export interface MdxSource {
	/** The frontmatter's YAML text, without the `---` fences. */
	frontmatter: string;
	/** The MDX body after the frontmatter. */
	body: string;
	/** Line number (1-based) in the file where the body starts. */
	bodyLine: number;
}

/**
 * Splits an MDX file into frontmatter and body; `undefined` when there is no
 * frontmatter block. Both fences are `---` at the start of a line (trailing
 * spaces allowed): an indented `---` inside a YAML block scalar, or a value
 * like `note: ---`, does not end the frontmatter. It reads as the pattern
 * `^---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)` would, by
 * jumping from line break to line break: it runs on every file of every
 * `check`, and the pattern's lazy scan was 3 % of a warm one.
 */
export function splitFrontmatter(text: string): MdxSource | undefined {
	const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	const open = /^---[ \t]*\r?\n/.exec(clean);
	if (!open) return undefined;
	const start = open[0].length;
	const split = (frontmatter: string, end: number): MdxSource => ({ frontmatter, body: clean.slice(end), bodyLine: linesUpTo(clean, end) });
	// As the pattern: the first line break followed by a closing fence; only when there is none, a fence right after the opening one.
	for (let lineBreak = clean.indexOf('\n', start); lineBreak !== -1; lineBreak = clean.indexOf('\n', lineBreak + 1)) {
		const end = closingFenceEnd(clean, lineBreak + 1);
		if (end === undefined) continue;
		const contentEnd = lineBreak > start && clean.charCodeAt(lineBreak - 1) === 13 ? lineBreak - 1 : lineBreak;
		return split(clean.slice(start, contentEnd), end);
	}
	const end = closingFenceEnd(clean, start);
	return end === undefined ? undefined : split('', end);
}

/** Where the text after a closing fence (`---`, spaces, a line break or the end) starting at `at` begins; `undefined` when there is none. */
function closingFenceEnd(text: string, at: number): number | undefined {
	if (!text.startsWith('---', at)) return undefined;
	let i = at + 3;
	while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9) i++;
	if (i === text.length) return i;
	if (text.charCodeAt(i) === 10) return i + 1;
	if (text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) === 10) return i + 2;
	return undefined;
}

/** The 1-based number of the line that starts at `end` (the lines before it, plus one). */
function linesUpTo(text: string, end: number): number {
	let lines = 1;
	for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) lines++;
	return lines;
}
