/**
 * Checks that a problem's line and column point at the offending field, with
 * the `yaml` package as the oracle: the value's text when the field is there,
 * the key for an unknown key, the nearest existing parent for a missing one.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { isCollection, isScalar, parseDocument } from 'yaml';
import { formatProblem, type Problem } from '../../src/schema/problem';
import { splitFrontmatter } from '../../src/loader/yaml-source';

/** `actions[2].owner` → `['actions', 2, 'owner']`. */
export function pathSegments(path: string): (string | number)[] {
	return [...path.matchAll(/\[(\d+)\]|\.?([^.[\]]+)/g)].map((m) => (m[1] !== undefined ? Number(m[1]) : m[2]));
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The problem in the error format without its place, for comparing messages. */
export const unplaced = (p: Problem): string => formatProblem({ ...p, line: undefined, column: undefined });

/** Asserts that `problem` carries a line and column and that they point at its field in the file under `root`. */
export function expectPlaced(root: string, problem: Problem): void {
	const what = formatProblem(problem);
	expect(problem.line, `${what} has no line`).toBeGreaterThan(0);
	expect(problem.column, `${what} has no column`).toBeGreaterThan(0);
	const text = readFileSync(join(root, problem.file), 'utf8');
	const lines = text.split(/\r?\n/);
	const line = lines[problem.line! - 1] ?? '';
	const at = line.slice(problem.column! - 1);
	if (['', 'frontmatter', 'body'].includes(problem.path)) return;
	const yamlText = problem.file.endsWith('.mdx') ? (splitFrontmatter(text)?.frontmatter ?? '') : text;
	const doc = parseDocument(yamlText, { uniqueKeys: false });
	const segments = pathSegments(problem.path);
	const last = segments.at(-1)!;
	if (problem.message.startsWith('unknown key')) {
		expect(at, what).toMatch(new RegExp(`^["']?${escape(String(last))}`));
		return;
	}
	for (let n = segments.length; n > 0; n--) {
		const node = doc.getIn(segments.slice(0, n), true);
		if (node === undefined) continue;
		const key = segments[n - 1];
		const exact = n === segments.length;
		if (exact && isScalar(node) && node.value !== null) {
			const source = String((node as { source?: string }).source ?? node.value).split('\n')[0].slice(0, 12);
			expect(at, what).toMatch(new RegExp(`^["'|>]?${escape(source)}`));
		} else if (exact && isCollection(node) && node.flow) {
			expect(at, what).toMatch(/^[[{]/);
		} else if (typeof key === 'string') {
			expect(at, what).toMatch(new RegExp(`^["']?${escape(key)}["']?\\s*:`));
		} else {
			expect(at, what).toMatch(/^[[{\w"']/);
		}
		return;
	}
	expect(problem.line, `${what}: a field that is nowhere in the file belongs on the first line`).toBe(1);
}
