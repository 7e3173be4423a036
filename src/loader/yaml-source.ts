/**
 * Reads YAML and MDX frontmatter with positions, so that a syntax error names
 * the line and column instead of failing with a stack trace.
 */
import { LineCounter, parseDocument } from 'yaml';

export type Parsed = { ok: true; data: unknown } | { ok: false; message: string };

/** Parses YAML text; `lineOffset` shifts reported lines for frontmatter inside a file. */
export function parseYaml(text: string, lineOffset = 0): Parsed {
	const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true, lineCounter: new LineCounter() });
	if (doc.errors.length > 0) {
		const messages = doc.errors.map((e) => {
			const where = e.linePos?.[0] ? `line ${e.linePos[0].line + lineOffset}, column ${e.linePos[0].col}` : 'unknown position';
			const reason = e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
			return `${where}: ${reason}`;
		});
		return { ok: false, message: `YAML syntax error at ${messages.join('; ')}` };
	}
	return { ok: true, data: doc.toJS() ?? {} };
}

export interface MdxSource {
	/** The frontmatter's YAML text, without the `---` fences. */
	frontmatter: string;
	/** The MDX body after the frontmatter. */
	body: string;
	/** Line number (1-based) in the file where the body starts. */
	bodyLine: number;
}

/** Splits an MDX file into frontmatter and body; `undefined` when there is no frontmatter block. */
export function splitFrontmatter(text: string): MdxSource | undefined {
	const match = /^---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/.exec(text.replace(/^\uFEFF/, ''));
	if (!match) return undefined;
	const clean = text.replace(/^\uFEFF/, '');
	return { frontmatter: match[1], body: clean.slice(match[0].length), bodyLine: match[0].split('\n').length };
}
