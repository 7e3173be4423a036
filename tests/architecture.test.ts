/**
 * Business logic lives once, in src/domain: the presentation (pages,
 * components, one-pagers, command-line reports) reads the account view and
 * the findings; it never reaches into a rule's internals, never names a rule
 * id, and formats through the one formatting module.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CATALOGUE } from '../src/domain/findings';
import { REPO } from './support/sandbox';

function filesUnder(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? filesUnder(path) : /\.(ts|astro|mjs)$/.test(name) ? [path] : [];
	});
}

const PRESENTATION = ['src/pages', 'src/components', 'src/onepager', 'src/deck', 'src/cli', 'src/layouts', 'src/site', 'src/digest', 'src/import', 'src/workbook'].flatMap((d) => filesUnder(join(REPO, d)));
const SOURCES = filesUnder(join(REPO, 'src'));
const read = (file: string) => readFileSync(file, 'utf8');
const rel = (file: string) => relative(REPO, file);

describe('presentation reads the domain, it does not judge', () => {
	test('there is presentation code to check', () => {
		expect(PRESENTATION.length).toBeGreaterThan(60);
	});

	test("no presentation file imports a rule's internals (only the catalogue's entry point)", () => {
		const offenders = PRESENTATION.filter((f) => /from ['"][./]*domain\/findings\/(?!index\.ts['"])[^'"]+['"]/.test(read(f))).map(rel);
		expect(offenders).toEqual([]);
	});

	test('no presentation file names a rule id or a rule area in a string', () => {
		const ids = CATALOGUE.map((r) => r.id);
		const areas = [...new Set(ids.map((id) => id.split('.')[0]))];
		const idPattern = new RegExp(`['"\`](${ids.map((id) => id.replace('.', '\\.')).join('|')})['"\`]`);
		const prefixPattern = new RegExp(`startsWith\\(['"\`](${areas.join('|')})\\.`);
		const offenders = PRESENTATION.filter((f) => idPattern.test(read(f)) || prefixPattern.test(read(f))).map(rel);
		expect(offenders).toEqual([]);
	});

	test('the rule areas the view uses in presentation are real areas', () => {
		const areas = new Set(CATALOGUE.map((r) => r.id.split('.')[0]));
		const used = PRESENTATION.flatMap((f) => [...read(f).matchAll(/needsAttention\(\w+, '([a-z]+)'\)/g)].map((m) => m[1]));
		expect(used.length).toBeGreaterThan(0);
		for (const area of used) expect(areas.has(area), area).toBe(true);
	});
});

describe('one formatting module', () => {
	test('no month-name table, locale formatting or money formatter outside src/domain/format.ts', () => {
		const format = join(REPO, 'src', 'domain', 'format.ts');
		const offenders = SOURCES.filter((f) => f !== format)
			.filter((f) => /'(Jan|January)'|toLocaleString|Intl\.(NumberFormat|DateTimeFormat)/.test(read(f)))
			.map(rel);
		expect(offenders).toEqual([]);
	});
});
