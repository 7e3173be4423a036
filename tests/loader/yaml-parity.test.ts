/**
 * The fast YAML reader (js-yaml) and the careful one (the `yaml` package)
 * give the same data for everything a plan may contain, so which one read a
 * file never changes what `check` or the build says about it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { parseYaml, splitFrontmatter } from '../../src/loader/yaml-source';
import { REPO } from '../support/sandbox';

const careful = (text: string) => parse(text, { uniqueKeys: true }) ?? {};

const TRICKY = [
	'reviewed: 2026-11-10\nyear: 2026\nrevenue: { 2025: 1200000, 2026: 950000.5 }',
	'a: yes\nb: no\nc: on\nd: ~\ne: null\nf: true\ng: False',
	'octal: 0o14\nhex: 0x1F\nsci: 1e3\ninf: .inf\nnan: .nan\nleadingzero: 012',
	'text: |\n  two\n  lines\nfolded: >\n  one\n  line\nquoted: "a: b # c"\nsingle: \'it\'\'s\'',
	'list: [a, "b, c", { d: e }]\nnested:\n  - id: x\n    tags: [1, 2]\n  - id: y',
	'empty:\nemptylist: []\nemptymap: {}\ncomment: value # trailing',
	'unicode: "Ærøskøbing 北斗 🚀"\nescape: "tab\\there"\ncolon: a:b',
	'time: 12:30\ndate-time: 2026-11-10T09:00:00Z\nversion: 1.10',
];

describe('parseYaml', () => {
	test.each(TRICKY)('reads %j like the yaml package', (text) => {
		const result = parseYaml(text);
		expect(result.ok).toBe(true);
		expect(result.ok && result.data).toEqual(careful(text));
	});

	test('reads every sample file like the yaml package', () => {
		const files = [join(REPO, 'content', 'settings.yaml'), ...readdirSync(join(REPO, 'content', 'people')).map((f) => join(REPO, 'content', 'people', f))];
		const accounts = join(REPO, 'content', 'accounts');
		for (const slug of readdirSync(accounts)) for (const f of readdirSync(join(accounts, slug))) files.push(join(accounts, slug, f));
		expect(files.length).toBeGreaterThan(15);
		for (const file of files) {
			const raw = readFileSync(file, 'utf8');
			const text = file.endsWith('.mdx') ? splitFrontmatter(raw)!.frontmatter : raw;
			const result = parseYaml(text);
			expect(result.ok, file).toBe(true);
			expect(result.ok && result.data, file).toEqual(careful(text));
		}
	});

	test('a syntax error or a duplicate key still gets the careful reader\'s message with its line', () => {
		const bad = parseYaml('a: 1\nb: [unclosed\nc: 3', 1);
		expect(bad.ok).toBe(false);
		expect(!bad.ok && bad.message).toMatch(/^YAML syntax error at line \d+, column \d+/);
		const dup = parseYaml('name: a\nname: b');
		expect(!dup.ok && dup.message).toMatch(/line 2, column 1: .*unique/i);
	});
});
