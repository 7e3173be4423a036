/**
 * Generators for the "check passes ⇒ build passes" property: hostile text
 * (braces, angle brackets, quotes, colons, `---`, line breaks, every Unicode
 * script, emoji, bidi controls) put into every free-text field of a real
 * sample plan and into its narrative.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { isMap, isScalar, isSeq, parseDocument, type Document } from 'yaml';
import { join } from 'node:path';
import { loadPortfolio } from '../../src/loader/portfolio';
import { planSchema } from '../../src/schema/plan';
import { planReferences } from '../../src/schema/references';
import { splitFrontmatter } from '../../src/loader/yaml-source';

/** Characters that break naive YAML, MDX, HTML, iCalendar or SVG handling. */
const NASTY = ['{', '}', '<', '>', '"', "'", ':', '-', '---', '\n', '\r\n', '\t', '#', '&', '*', '!', '|', '%', '@', '`', '[', ']', '\\', ',', '?', ';', '/', '=', '$', '^', '~'];

/** Words from many scripts, emoji sequences and invisible or direction-changing characters. */
const SCRIPTS = [
	'Nordwind', 'Ærøskøbing', 'Straße', 'Ελλάδα', 'Москва', 'مرحبا بالعالم', 'שלום עולם', '北斗精機株式会社', 'こんにちは', '한국어', '中文客户',
	'हिन्दी', 'ภาษาไทย', 'ქართული', 'Հայերեն', '🚀', '👩🏽‍💻', '🇳🇴', 'e\u0301', '\u202Eevil\u202C', '\u200B', '\uFEFF', '𝔘𝔫𝔦𝔠𝔬𝔡𝔢', 'ﷺ', '\u0000',
];

/** A short text made of hostile pieces and random graphemes. */
export const hostileText = fc
	.array(fc.oneof(fc.constantFrom(...NASTY), fc.constantFrom(...SCRIPTS), fc.string({ unit: 'grapheme', maxLength: 6 }), fc.constantFrom(' ', 'Q3', 'CFO')), { minLength: 1, maxLength: 12 })
	.map((parts) => parts.join(''));

/** Markdown pieces, allowed and refused, mixed with hostile text. */
const NARRATIVE_PIECES = [
	'## Executive summary', '- a point', '1. first', '> quoted', '| a | b |\n|---|---|\n| 1 | 2 |', 'Targets for \\{Q3\\}', '**bold** and _em_',
	'[link](https://example.com)', '[mail](mailto:a@example.com)', '[anchor](#narrative)', '<abbr title="x">X</abbr>', '<Callout tone="risk">Careful</Callout>',
	'{Q3}', '<script>alert(1)</script>', "import x from 'y'", 'export const a = 1', '<img src=x onerror=alert(1) />', '[x](javascript:alert(1))',
	'<iframe src="https://example.com" />', '<style>{"*{display:none}"}</style>', '---', '```\ncode {x} <y>\n```', '`inline {x}`', 'a < b', '<', '&amp; &lt;', '![img](https://example.com/a.png)',
];

/** A narrative: lines of Markdown pieces and hostile text. */
export const hostileNarrative = fc
	.array(fc.oneof(fc.constantFrom(...NARRATIVE_PIECES), hostileText), { maxLength: 10 })
	.chain((lines) => fc.constantFrom('\n', '\n\n').map((sep) => lines.join(sep)));

type Path = (string | number)[];

/** Paths of every string value in a YAML document. */
function stringPaths(doc: Document, node: unknown = doc.contents, path: Path = []): Path[] {
	if (isMap(node)) return node.items.flatMap((pair) => stringPaths(doc, pair.value, [...path, String(isScalar(pair.key) ? pair.key.value : pair.key)]));
	if (isSeq(node)) return node.items.flatMap((item, i) => stringPaths(doc, item, [...path, i]));
	if (isScalar(node) && typeof node.value === 'string') return [path];
	return [];
}

/** A sample plan and the paths of its free-text fields (any text is valid there). */
export interface PlanTemplate {
	frontmatter: string;
	body: string;
	textPaths: Path[];
}

/**
 * Reads a plan and finds its free-text fields: those where a plain sentence
 * still passes the schema and the cross-references (a whitespace unit or a
 * competitor's name is text, but other fields refer to it by that text).
 */
export function planTemplate(file: string): PlanTemplate {
	const source = splitFrontmatter(readFileSync(file, 'utf8'));
	if (!source) throw new Error(`no frontmatter in ${file}`);
	const doc = parseDocument(source.frontmatter);
	const { settings, people } = loadPortfolio(join(file, '..', '..', '..', '..')).portfolio;
	const ctx = { settings, people: new Set(people.keys()) };
	const textPaths = stringPaths(doc).filter((path) => {
		const probe = doc.clone();
		probe.setIn(path, 'A plain sentence: with, punctuation {x} <y>');
		const parsed = planSchema.safeParse(probe.toJS());
		return parsed.success && planReferences(file, parsed.data, ctx).length === 0;
	});
	return { frontmatter: source.frontmatter, body: source.body, textPaths };
}

/** How a generated value is written into the file. */
export type Mode = 'yaml' | 'raw';

/** A generated plan: its file text. */
export function planText(template: PlanTemplate, values: Map<number, string>, narrative: string, mode: Mode): string {
	const doc = parseDocument(template.frontmatter);
	let frontmatter: string;
	if (mode === 'yaml') {
		for (const [index, value] of values) doc.setIn(template.textPaths[index], value);
		frontmatter = doc.toString();
	} else {
		// Unquoted, as a careless author would type it: the value replaces the field's text as is.
		frontmatter = template.frontmatter;
		for (const [index, value] of values) {
			const current = String(doc.getIn(template.textPaths[index]));
			frontmatter = frontmatter.replace(current, value.replaceAll('\n', ' '));
		}
		frontmatter += '\n';
	}
	return `---\n${frontmatter}---\n${narrative}\n`;
}

/** A generated plan: which text fields get which hostile value, the narrative, and how values are written. */
export function generatedPlan(template: PlanTemplate) {
	return fc.record({
		values: fc.array(fc.tuple(fc.nat({ max: template.textPaths.length - 1 }), hostileText), { minLength: 1, maxLength: 8 }).map((pairs) => new Map(pairs)),
		narrative: hostileNarrative,
		mode: fc.constantFrom<Mode>('yaml', 'yaml', 'yaml', 'raw'),
	});
}
