/**
 * `npm run new` writes any customer name safely: YAML-quoted in the
 * frontmatter, escaped in the narrative, on one line. Hostile names go
 * through new → check → build, and the built page shows each name as typed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, test } from 'vitest';
import { loadPortfolio } from '../../src/loader/portfolio';
import { hostileText } from '../property/arbitraries';
import { astroBuild } from '../support/build';
import { runScript } from '../support/run';
import { sandbox, type Sandbox } from '../support/sandbox';

const NAMES = [
	'Targets {Q3} & <Partners>',
	'O\'Brien "Quotes": Ltd',
	'--- not frontmatter ---',
	'Line one\nline two',
	'import fs from "node:fs"',
	'{process.exit(0)}',
	'<script>alert(1)</script>',
	'# not a heading | not a table',
	'北斗精機株式会社',
	'شركة الخليج للطاقة',
	'חברת הים התיכון',
	'Café 🚀 \\ back\\slash',
	// Names a person can type on a command line: no control characters, and no lone surrogates (argv is UTF-8, which cannot carry them).
	...fc.sample(hostileText.filter((t) => t.trim().length > 0 && !/[\0-\x08\x0B-\x1F\x7F-\x9F\u2028\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(t)), { seed: 42, numRuns: 6 }),
];

const oneLine = (value: string) => value.replace(/\s+/gu, ' ').trim();
/** Text of HTML with its character references read (Astro writes `"` as `&quot;`, a Markdown renderer `<` as `&#x3C;`). */
const unescapeHtml = (html: string) =>
	html
		.replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
		.replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
		.replace(/&quot;/g, '"')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&');

describe('new → check → build with hostile names', () => {
	let box: Sandbox;
	afterAll(() => box?.remove());
	const slugs = NAMES.map((_, i) => `hostile-${i}`);

	test('new writes a plan for every name, and check accepts them all', () => {
		box = sandbox([], { project: true });
		NAMES.forEach((name, i) => {
			const result = runScript('new', [slugs[i], `--name=${name}`, '--owner', 'jonas-berg'], box.root);
			expect(result.status, `${JSON.stringify(name)}: ${result.stderr}`).toBe(0);
		});
		const check = runScript('check', [], box.root);
		expect(check.status, check.stdout + check.stderr).toBe(0);
		const { portfolio } = loadPortfolio(box.root);
		expect(portfolio.accounts.map((a) => a.plan.data.name).sort()).toEqual(NAMES.map(oneLine).sort());
	});

	test('the build passes and each page shows the name as typed', () => {
		const result = astroBuild(box.root);
		expect(result.status, result.stdout + result.stderr).toBe(0);
		NAMES.forEach((name, i) => {
			const page = readFileSync(join(box.root, 'dist', 'accounts', slugs[i], 'index.html'), 'utf8');
			expect(page).toContain(`<h1`);
			const heading = /<h1\b[^>]*>([^]*?)<\/h1>/.exec(page)?.[1] ?? '';
			expect(unescapeHtml(heading), name).toBe(oneLine(name));
			// Outside attribute values (where "<" is plain text), no markup from a name.
			expect(page.replace(/="[^"]*"/g, '=""')).not.toContain('<script>alert(1)</script>');
		});
	});
});
