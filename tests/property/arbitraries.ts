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
const NASTY = ['{', '}', '<', '>', '"', "'", ':', '-', '---', '\n', '\r\n', '\t', '#', '&', '*', '!', '|', '%', '@', '`', '[', ']', '\\', ',', '?', ';', '/', '=', '$', '^', '~', ']]>', '\r', '@octocat', '#1'];

/**
 * Characters no output may carry raw: every C0 and C1 control, DEL, lone
 * surrogates, U+FFFE/U+FFFF, and terminal escape sequences (clipboard write,
 * hidden link, cursor movement).
 */
const CONTROL = [
	...Array.from({ length: 0x20 }, (_, i) => String.fromCharCode(i)),
	...Array.from({ length: 0x21 }, (_, i) => String.fromCharCode(0x7f + i)),
	'\uD800', '\uDFFF', '\uFFFE', '\uFFFF', '\u2028', '\x1b]52;c;ZXZpbA==\x07', '\x1b]8;;https://evil.example\x1b\\x\x1b]8;;\x1b\\', '\x1b[2A', '\x9b2J',
];

/** Words from many scripts, emoji sequences and invisible or direction-changing characters. */
const SCRIPTS = [
	'Nordwind', 'Ærøskøbing', 'Straße', 'Ελλάδα', 'Москва', 'مرحبا بالعالم', 'שלום עולם', '北斗精機株式会社', 'こんにちは', '한국어', '中文客户',
	'हिन्दी', 'ภาษาไทย', 'ქართული', 'Հայերեն', '🚀', '👩🏽‍💻', '🇳🇴', 'e\u0301', '\u202Eevil\u202C', '\u200B', '\uFEFF', '𝔘𝔫𝔦𝔠𝔬𝔡𝔢', 'ﷺ', '\u0000',
];

/** A short text made of hostile pieces and random graphemes. */
export const hostileText = fc
	.array(fc.oneof(fc.constantFrom(...NASTY), fc.constantFrom(...SCRIPTS), fc.constantFrom(...CONTROL), fc.string({ unit: 'grapheme', maxLength: 6 }), fc.constantFrom(' ', 'Q3', 'CFO')), { minLength: 1, maxLength: 12 })
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

/** Paths of every number value, and of every date (`YYYY-MM-DD` text), in a YAML document. */
function scalarPaths(node: unknown, test: (value: unknown) => boolean, path: Path = []): Path[] {
	if (isMap(node)) return node.items.flatMap((pair) => scalarPaths(pair.value, test, [...path, String(isScalar(pair.key) ? pair.key.value : pair.key)]));
	if (isSeq(node)) return node.items.flatMap((item, i) => scalarPaths(item, test, [...path, i]));
	if (isScalar(node) && test(node.value)) return [path];
	return [];
}

/** A sample plan and the paths of its free-text fields (any text is valid there), its numbers and its dates. */
export interface PlanTemplate {
	frontmatter: string;
	body: string;
	textPaths: Path[];
	numberPaths: Path[];
	datePaths: Path[];
}

/** Numbers at and beyond every bound: negative, tiny, huge, infinite, not a number, at the money and count bounds. */
const EXTREME_NUMBERS = [0, -1, 0.5, 1e-300, 1e9, 1e9 + 1, 1e13, 1e13 + 1, 1e15, Number.MAX_SAFE_INTEGER, 1e308, Infinity, -Infinity, NaN];

/** Dates at and beyond the accepted years, and days that do not exist. */
const EXTREME_DATES = ['0100-03-01', '1899-12-31', '1900-01-01', '2199-12-31', '2200-01-01', '9999-12-31', '2026-02-29', '2028-02-29', '1970-01-01', '2026-11-24'];

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
	const numberPaths = scalarPaths(doc.contents, (v) => typeof v === 'number');
	const datePaths = scalarPaths(doc.contents, (v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v));
	return { frontmatter: source.frontmatter, body: source.body, textPaths, numberPaths, datePaths };
}

/** How a generated value is written into the file. */
export type Mode = 'yaml' | 'raw';

/** Extreme numbers and dates put into a plan, by index into the template's paths. */
export interface Extremes {
	numbers: Map<number, number>;
	dates: Map<number, string>;
}

const NONE: Extremes = { numbers: new Map(), dates: new Map() };

/** A generated plan: its file text. Extreme numbers and dates are written in YAML mode only (a number as `.inf` or `.nan` where YAML needs it). */
export function planText(template: PlanTemplate, values: Map<number, string>, narrative: string, mode: Mode, extremes: Extremes = NONE): string {
	const doc = parseDocument(template.frontmatter);
	let frontmatter: string;
	if (mode === 'yaml') {
		for (const [index, value] of values) doc.setIn(template.textPaths[index], value);
		for (const [index, value] of extremes.numbers) doc.setIn(template.numberPaths[index], value);
		for (const [index, value] of extremes.dates) doc.setIn(template.datePaths[index], doc.createNode(value));
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

/** Which numbers and dates of a plan get extreme values: none in most plans, so that hostile text is judged on plans that pass. */
function extremes(template: PlanTemplate) {
	const some = <T>(paths: number, values: fc.Arbitrary<T>) => fc.array(fc.tuple(fc.nat({ max: paths - 1 }), values), { maxLength: 3 }).map((pairs) => new Map(pairs));
	return fc.oneof(
		{ weight: 3, arbitrary: fc.constant(NONE) },
		{ weight: 1, arbitrary: fc.record({ numbers: some(template.numberPaths.length, fc.constantFrom(...EXTREME_NUMBERS)), dates: some(template.datePaths.length, fc.constantFrom(...EXTREME_DATES)) }) },
	);
}

/** A generated plan: which text fields get which hostile value, the narrative, how values are written, and extreme numbers and dates. */
export function generatedPlan(template: PlanTemplate) {
	return fc.record({
		values: fc.array(fc.tuple(fc.nat({ max: template.textPaths.length - 1 }), hostileText), { minLength: 1, maxLength: 8 }).map((pairs) => new Map(pairs)),
		narrative: hostileNarrative,
		mode: fc.constantFrom<Mode>('yaml', 'yaml', 'yaml', 'raw'),
		extremes: extremes(template),
	});
}

/**
 * The sample plan with every amount at the money bound, counts at theirs and
 * dates at the first and last accepted days: values `check` accepts that the
 * outputs must still carry (totals, shares, the 80/20 curve, calendars).
 */
export function extremePlan(template: PlanTemplate): string {
	const doc = parseDocument(template.frontmatter);
	const MONEY = 1e13;
	for (const key of ['revenue', 'walletSize']) {
		const years = doc.getIn(['financials', key]) as { items: { key: unknown }[] };
		for (const pair of years.items) doc.setIn(['financials', key, isScalar(pair.key) ? pair.key.value : pair.key], MONEY);
	}
	(doc.getIn(['financials', 'commitment']) as { items: unknown[] }).items.forEach((_, i) => doc.setIn(['financials', 'commitment', i, 'amount'], MONEY));
	(doc.getIn(['opportunities']) as { items: unknown[] }).items.forEach((_, i) => doc.setIn(['opportunities', i, 'value'], MONEY));
	doc.setIn(['business', 'annualRevenue'], MONEY);
	doc.setIn(['business', 'employees'], 1e9);
	doc.setIn(['contract', 'value'], MONEY);
	doc.setIn(['contract', 'start'], '1900-01-01');
	doc.setIn(['contract', 'end'], '2199-12-31');
	doc.setIn(['actions', 0, 'due'], '1900-01-01');
	doc.setIn(['actions', 1, 'due'], '2199-12-31');
	doc.setIn(['contacts', 0, 'lastContact'], '1900-01-01');
	doc.setIn(['cadence', 0, 'dates'], doc.createNode(['1900-01-01', '2199-12-31']));
	return `---\n${doc.toString()}---\n${template.body}`;
}
