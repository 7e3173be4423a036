/**
 * Where each field of a YAML text is: the line and column of its value (and
 * of its key), so that every problem and finding names the place an editor
 * or CI annotation can jump to. Built only when a file has something to
 * report: js-yaml's read events give the offsets at about the cost of a
 * plain parse; files with anchors or aliases are indexed by the `yaml`
 * package instead (both give the same places, see tests/loader/positions.test.ts).
 */
import jsyaml from 'js-yaml';
import type { Node as YamlNode } from 'yaml';
import { yamlPackage } from './yaml-package.ts';
import { formatPath } from '../schema/problem.ts';

/** A place in a file: 1-based line and column. */
export interface Position {
	line: number;
	column: number;
}

/** Where a problem points: the field's value (the default), or its key (an unknown key). */
export type Place = 'value' | 'key';

/** Offsets of one field in the YAML text. */
export interface FieldOffsets {
	/** Where its value starts. */
	value: number;
	/** Where its key starts, for a field of a mapping. */
	key?: number;
	/** True when the value is a block list or group (its key's line is the better place). */
	block: boolean;
}

/** Field offsets by path (`actions[2].owner`); the root is `''`. */
export type FieldIndex = Map<string, FieldOffsets>;

/** The position of a field path in a file: its value, its key, or its nearest existing parent; the file's first line when nothing fits. */
export type FieldLocator = (path: string | ReadonlyArray<PropertyKey>, place?: Place) => Position;

/** An anchor (`&name`) or alias (`*name`) where a value starts: such files are indexed by the `yaml` package. */
const ANCHOR_OR_ALIAS = /(?:^|[\s[{,:-])[&*][^\s,\]}]/;

interface Frame {
	start: number;
	kids: Frame[];
	result?: unknown;
}

/** Skips spaces, line breaks and comments from `at`: where the node's text really starts. */
function skipBlank(text: string, at: number): number {
	let i = at;
	for (;;) {
		const c = text.charCodeAt(i);
		if (c === 32 || c === 9 || c === 10 || c === 13) i++;
		else if (c === 35 /* # */) {
			while (i < text.length && text.charCodeAt(i) !== 10) i++;
		} else return i;
	}
}

/** Read events nest like the nodes, but a list item is opened twice: keep the inner one. */
function unwrap(frame: Frame): Frame {
	let f = frame;
	while (f.kids.length === 1 && typeof f.result === 'object' && f.result !== null && f.kids[0].result === f.result) f = f.kids[0];
	return f;
}

/**
 * Indexes a node and its children under `path`, the field path already formatted as `formatPath` does
 * (built a segment at a time: formatting each node's whole path again took a tenth of a cold `check`).
 */
function indexFrames(text: string, frame: Frame, path: string, key: number | undefined, index: FieldIndex): void {
	const f = unwrap(frame);
	let value = skipBlank(text, f.start);
	// An empty value (`key:` and nothing): right after its key, not at the next line's field.
	if ((f.result === null || f.result === undefined) && text.slice(f.start, value).includes('\n')) value = f.start;
	const c = text[value];
	const collection = typeof f.result === 'object' && f.result !== null;
	index.set(path, { value, key, block: collection && c !== '{' && c !== '[' });
	if (Array.isArray(f.result)) {
		if (f.kids.length !== f.result.length) throw new Error('unpaired list events');
		f.kids.forEach((kid, i) => indexFrames(text, kid, `${path}[${i}]`, undefined, index));
	} else if (collection) {
		// Keys without values (`{ a, b: 1 }`) have no event of their own: leave such files to the `yaml` package.
		const keys = Object.keys(f.result as object);
		if (f.kids.length !== keys.length * 2 || keys.some((k, i) => String(unwrap(f.kids[i * 2]).result) !== k)) throw new Error('unpaired mapping events');
		for (let i = 0; i < f.kids.length; i += 2) {
			const name = String(unwrap(f.kids[i]).result);
			indexFrames(text, f.kids[i + 1], path ? `${path}.${name}` : name, skipBlank(text, unwrap(f.kids[i]).start), index);
		}
	}
}

/**
 * js-yaml's read events of one parse, kept flat: the offset where each node
 * opens (≥ 0) or -1 where it closes, and the value of each closed node in
 * closing order. Kept for every plan while `check` runs, so they are numbers
 * in arrays, not an object per node (a tree of objects per plan made the
 * garbage collector cost more than the second parse it saved).
 */
export interface ReadEvents {
	marks: number[];
	results: unknown[];
}

/** Reads YAML with js-yaml (core schema), recording its read events. Throws like `jsyaml.load`. */
export function readWithEvents(text: string): { data: unknown; events: ReadEvents } {
	const marks: number[] = [];
	const results: unknown[] = [];
	const data = jsyaml.load(text, {
		schema: jsyaml.CORE_SCHEMA,
		listener(event, state) {
			if (event === 'open') marks.push(state.position);
			else {
				marks.push(-1);
				results.push(state.result);
			}
		},
	});
	return { data, events: { marks, results } };
}

/** The index from read events (the fast way); throws when they do not pair up with the data. */
export function indexOfEvents(text: string, { marks, results }: ReadEvents): FieldIndex {
	const root: Frame = { start: 0, kids: [] };
	const stack: Frame[] = [root];
	let closed = 0;
	for (const mark of marks) {
		if (mark >= 0) {
			const frame: Frame = { start: mark, kids: [] };
			stack[stack.length - 1].kids.push(frame);
			stack.push(frame);
		} else {
			const frame = stack.pop();
			if (frame) frame.result = results[closed];
			closed++;
		}
	}
	const index: FieldIndex = new Map();
	if (root.kids.length === 1) indexFrames(text, root.kids[0], '', undefined, index);
	return index;
}

/** The index from the `yaml` package's node ranges (anchors, aliases, and whatever js-yaml refuses). */
export function indexByNodes(text: string): FieldIndex {
	const { isMap, isScalar, isSeq, parseDocument } = yamlPackage();
	const index: FieldIndex = new Map();
	const doc = parseDocument(text, { uniqueKeys: false });
	const visit = (node: unknown, path: PropertyKey[], key: number | undefined) => {
		const n = node as YamlNode | null;
		const start = n?.range?.[0];
		if (start === undefined) return;
		const block = (isMap(n) || isSeq(n)) && !n.flow;
		index.set(formatPath(path), { value: start, key, block });
		if (isSeq(n)) n.items.forEach((item, i) => visit(item, [...path, i], undefined));
		else if (isMap(n)) {
			for (const pair of n.items) {
				const k = pair.key;
				const name = isScalar(k) ? String(k.value) : String(k);
				const keyStart = isScalar(k) ? k.range?.[0] : undefined;
				// A key without a value (`{ a, b: 1 }`) is placed at the key.
				if (pair.value === null && keyStart !== undefined) index.set(formatPath([...path, name]), { value: keyStart, key: keyStart, block: false });
				else visit(pair.value, [...path, name], keyStart);
			}
		}
	};
	visit(doc.contents, [], undefined);
	return index;
}

/** Every field's offsets in a YAML text; empty when it cannot be read. */
export function fieldIndex(text: string): FieldIndex {
	if (!ANCHOR_OR_ALIAS.test(text)) {
		try {
			return indexOfEvents(text, readWithEvents(text).events);
		} catch {
			// Read again below.
		}
	}
	try {
		return indexByNodes(text);
	} catch {
		return new Map();
	}
}

/** Offsets of each line's start, for offset → line and column. */
function lineStarts(text: string): number[] {
	const starts = [0];
	for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
	return starts;
}

/** The path one level up: `a.b[2]` → `a.b`, `a.b` → `a`, `a` → `''`. */
export function parentPath(path: string): string {
	const cut = /(?:\.[^.[\]]*|\[\d+\])$/.exec(path);
	return cut ? path.slice(0, cut.index) : '';
}

/**
 * A locator for the fields of a YAML text that starts on line `firstLine` of
 * its file (2 for a plan's frontmatter, after the `---` line); `indexOf`
 * indexes the text on its first use (from the events of the parse that read
 * it, when they were kept: no second parse).
 */
export function fieldLocator(text: string, firstLine = 1, indexOf: (text: string) => FieldIndex = fieldIndex): FieldLocator {
	let index: FieldIndex | undefined;
	let starts: number[] | undefined;
	const at = (offset: number): Position => {
		starts ??= lineStarts(text);
		let lo = 0;
		let hi = starts.length - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if (starts[mid] <= offset) lo = mid;
			else hi = mid - 1;
		}
		return { line: lo + firstLine, column: offset - starts[lo] + 1 };
	};
	return (path, place = 'value') => {
		index ??= indexOf(text);
		let key = typeof path === 'string' ? path : formatPath(path);
		const exact = index.get(key);
		if (exact && key !== '') return at(exact.key !== undefined && (place === 'key' || exact.block) ? exact.key : exact.value);
		// Missing: the nearest field that is there, at its key (a list item at its start).
		while (key !== '') {
			key = parentPath(key);
			const found = index.get(key);
			if (found && key !== '') return at(found.key ?? found.value);
		}
		return { line: 1, column: 1 };
	};
}
