/** Where fields are: js-yaml's read events and the `yaml` package agree, and the locator's rules for missing fields. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { fieldIndex, fieldLocator, indexByNodes, parentPath } from '../../src/loader/positions';
import { splitFrontmatter } from '../../src/loader/yaml-source';
import { REPO } from '../support/sandbox';

const SAMPLE = `name: Acme  # a comment
tier: key
contacts:
  - { id: ada, name: "Ada, CFO", role: decision-maker }
  - id: bob
    name: Bob
notes: |
  first
  second
list: [a, b]
empty:
contract:
  start: 2024-01-01
`;

describe('the field index', () => {
	test('js-yaml events give the same places as the yaml package on every sample file', () => {
		const files = execFileSync('git', ['ls-files', 'content'], { cwd: REPO, encoding: 'utf8' }).trim().split('\n');
		let compared = 0;
		for (const file of files) {
			const raw = readFileSync(join(REPO, file), 'utf8');
			const text = file.endsWith('.mdx') ? splitFrontmatter(raw)!.frontmatter : raw;
			const nodes = [...indexByNodes(text)];
			expect([...fieldIndex(text)], file).toEqual(nodes);
			compared += nodes.length;
		}
		expect(compared).toBeGreaterThan(1000);
	});

	test('the same places on block, flow, quoted, commented and empty values', () => {
		expect(fieldIndex(SAMPLE)).toEqual(indexByNodes(SAMPLE));
	});

	test('keys without values and anchors are indexed by the yaml package', () => {
		const text = 'a: { x, y: 1 }\nb: &anchor { c: 1 }\nd: *anchor\n';
		expect(fieldIndex(text).get('a.x')).toEqual({ value: 5, key: 5, block: false });
		expect(fieldIndex(text).get('d')?.value).toBe(text.indexOf('*anchor'));
	});
});

describe('the locator', () => {
	const at = fieldLocator(SAMPLE, 2);
	test('a value: its line (shifted by where the YAML starts) and column', () => {
		expect(at('name')).toEqual({ line: 2, column: 7 });
		expect(at('contacts[0].name')).toEqual({ line: 5, column: 22 });
		expect(at('contacts[1].name')).toEqual({ line: 7, column: 11 });
		expect(at('list[1]')).toEqual({ line: 11, column: 11 });
		expect(at('contract.start')).toEqual({ line: 14, column: 10 });
	});
	test('a block list or group: its key; an unknown key: the key', () => {
		expect(at('contacts')).toEqual({ line: 4, column: 1 });
		expect(at(['contacts', 1, 'id'], 'key')).toEqual({ line: 6, column: 5 });
	});
	test('a missing field: its nearest parent that is there; nothing at all: the first line', () => {
		expect(at('contract.end')).toEqual({ line: 13, column: 1 });
		expect(at('contacts[0].title')).toEqual({ line: 5, column: 5 });
		expect(at('cadence[0].dates')).toEqual({ line: 1, column: 1 });
		expect(at('')).toEqual({ line: 1, column: 1 });
	});
	test('CRLF line ends count as one line end', () => {
		expect(fieldLocator('a: 1\r\nb: 2\r\n')('b')).toEqual({ line: 2, column: 4 });
	});
	test('parent paths', () => {
		expect(['a.b[2].c', 'a.b[2]', 'a.b', 'a'].map(parentPath)).toEqual(['a.b[2]', 'a.b', 'a', '']);
	});
});
