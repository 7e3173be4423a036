/**
 * Minimal edits to a plan's frontmatter. The `yaml` package parses the text
 * into a Document whose nodes know their place in the source; an edit
 * replaces only the characters of the value that changes (or inserts one
 * pair or list item), so comments, key order, quoting, flow style and every
 * untouched line stay byte-identical. Re-serialising the Document would
 * re-flow folded text and realign comments: a diff far larger than the
 * change, which is what a reviewer must be able to trust.
 */
import { isMap, isScalar, isSeq, parseDocument, Scalar, type Document, type Node, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';

/** A value the import writes: text, a number, or a flat object of them (a new list item). */
export type Value = string | number | { [key: string]: string | number | undefined };

interface Splice {
	start: number;
	end: number;
	text: string;
}

/** Words YAML would read as something other than text, and text that reads as a number or date. */
const NOT_PLAIN = /^(?:true|false|yes|no|on|off|null|~|[-+]?(?:\d[\d_]*(?:\.\d*)?(?:e[-+]?\d+)?|\.inf|\.nan|0x[\da-f]+|0o[0-7]+))$/i;
/** Text safe without quotes in block and flow context alike. */
const PLAIN = /^[\p{L}\p{N}_][\p{L}\p{N}_ .\/()'&+@-]*$/u;

/** A string as YAML: plain when that reads back as the same text, else double-quoted. */
export function yamlString(text: string, style?: Scalar.Type): string {
	if (style === Scalar.QUOTE_SINGLE && !/[\n\r\t]/.test(text)) return `'${text.replace(/'/g, "''")}'`;
	if (style !== Scalar.QUOTE_DOUBLE && PLAIN.test(text) && !text.endsWith(' ') && !NOT_PLAIN.test(text) && !/^\d{4}-\d{2}-\d{2}$/.test(text)) return text;
	return JSON.stringify(text);
}

/** A date (YYYY-MM-DD) stays plain, as plans write dates; other text as `yamlString`. */
export function yamlValue(value: string | number, style?: Scalar.Type): string {
	if (typeof value === 'number') return String(value);
	return /^\d{4}-\d{2}-\d{2}$/.test(value) && style !== Scalar.QUOTE_DOUBLE && style !== Scalar.QUOTE_SINGLE ? value : yamlString(value, style);
}

/** A flat object as a one-line flow map: `{ title: Pumps, value: 1200 }`, keys in the given order. */
export function flowMap(item: Record<string, string | number | undefined>): string {
	const parts = Object.entries(item)
		.filter((entry): entry is [string, string | number] => entry[1] !== undefined)
		.map(([k, v]) => `${k}: ${yamlValue(v)}`);
	return `{ ${parts.join(', ')} }`;
}

/** Edits to one YAML text, collected and applied at once so that earlier offsets stay valid. */
export class YamlEditor {
	readonly doc: Document;
	private readonly splices: Splice[] = [];

	constructor(readonly text: string) {
		this.doc = parseDocument(text, { keepSourceTokens: true });
	}

	/** The pair under `key` in a map (keys compared as text: `2026` and `"2026"` alike). */
	pair(map: YAMLMap, key: string): Pair<Node, Node> | undefined {
		return (map.items as Pair<Node, Node>[]).find((p) => String(isScalar(p.key) ? p.key.value : p.key) === key);
	}

	/** The node at a path of keys and list indexes, when it is there. */
	node(path: readonly (string | number)[]): Node | undefined {
		let at: Node | undefined = this.doc.contents ?? undefined;
		for (const step of path) {
			if (typeof step === 'number') at = isSeq(at) ? (at.items[step] as Node | undefined) : undefined;
			else at = isMap(at) ? (this.pair(at, step)?.value ?? undefined) : undefined;
			if (!at) return undefined;
		}
		return at;
	}

	/** Replaces a scalar's text, keeping its quoting style. */
	replace(scalar: Scalar, value: string | number): void {
		const [start, end] = scalar.range!;
		this.splices.push({ start, end, text: yamlValue(value, scalar.type) });
	}

	/** Sets `key` in `map` to `value`: replaces the value when the key is there, else adds the pair at the map's end. */
	set(map: YAMLMap, key: string, value: string | number): void {
		const existing = this.pair(map, key);
		if (existing && isScalar(existing.value)) this.replace(existing.value, value);
		else if (existing) throw new Error(`${key} is not a single value`);
		else this.addPair(map, key, yamlValue(value));
	}

	/** Adds `key: raw` at the end of a map; `raw` starting with a line break is a block value. */
	addPair(map: YAMLMap, key: string, raw: string): void {
		const last = map.items.at(-1) as Pair<Node, Node> | undefined;
		if (map.flow) {
			const close = this.text.lastIndexOf('}', map.range![1]);
			if (!last) this.splices.push({ start: map.range![0], end: close + 1, text: `{ ${key}: ${raw} }` });
			else this.splices.push({ start: endOf(last), end: endOf(last), text: `, ${key}: ${raw}` });
			return;
		}
		if (!last) throw new Error(`cannot add ${key} to an empty block map`);
		const at = this.lineEnd(endOf(last));
		this.splices.push({ start: at, end: at, text: `\n${this.indentOf(last.key.range![0])}${key}:${raw.startsWith('\n') ? '' : ' '}${raw}` });
	}

	/** Appends an item (a one-line flow map) to a list; an empty flow list `[]` becomes a block list. */
	append(seq: YAMLSeq, key: Node | null, item: string, childIndent: string): void {
		const last = seq.items.at(-1) as Node | undefined;
		if (seq.flow && !last && key) {
			// `opportunities: []` → `opportunities:` and the item below it.
			this.splices.push({ start: key.range![1], end: seq.range![1], text: `:\n${childIndent}- ${item}` });
			return;
		}
		if (seq.flow || !last) {
			const close = this.text.lastIndexOf(']', seq.range![1]);
			this.splices.push(last ? { start: last.range![1], end: last.range![1], text: `, ${item}` } : { start: seq.range![0], end: close + 1, text: `[${item}]` });
			return;
		}
		const at = this.lineEnd(last.range![1]);
		// The dash sits before the item's first character: its indent is that of the item's line up to the dash.
		const dash = this.text.lastIndexOf('-', (seq.items[0] as Node).range![0]);
		this.splices.push({ start: at, end: at, text: `\n${this.indentOf(dash)}- ${item}` });
	}

	/** Adds a top-level key with a block value (`\n  - …`) at the end of the frontmatter. */
	addTopLevel(key: string, raw: string): void {
		const end = this.text.replace(/\s+$/, '').length;
		this.splices.push({ start: end, end, text: `\n${key}:${raw.startsWith('\n') ? '' : ' '}${raw}` });
	}

	/** Whether anything was edited. */
	get changed(): boolean {
		return this.splices.length > 0;
	}

	/** The text with every edit applied. */
	result(): string {
		let out = this.text;
		// From the end, so that offsets before an edit stay valid; at one place the later insertion goes first, so that the text reads in the order edits were made.
		const order = this.splices.map((s, i) => [s, i] as const).sort(([a, i], [b, j]) => b.start - a.start || j - i);
		for (const [s] of order) out = out.slice(0, s.start) + s.text + out.slice(s.end);
		return out;
	}

	/** The end of the line `at` is on (before its line break). */
	private lineEnd(at: number): number {
		// A block value's range may already end after its line break.
		if (at > 0 && this.text[at - 1] === '\n') return at - 1;
		const next = this.text.indexOf('\n', at);
		return next === -1 ? this.text.length : next;
	}

	/** The spaces before `at` on its line. */
	private indentOf(at: number): string {
		const start = this.text.lastIndexOf('\n', at - 1) + 1;
		return ' '.repeat(at - start);
	}
}

/** Where a pair's value (or its key, when it has no value) ends. */
const endOf = (pair: Pair<Node, Node>): number => (pair.value?.range ?? pair.key.range)![1];
