/**
 * Plans are data, not code: a narrative that tries to run code or inject
 * markup is refused by `check` and by the build, with file and line, and
 * nothing of it runs or reaches `dist/`. Escaped braces build.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { narrativeHtml } from '../../src/site/narrative';
import { astroBuild } from '../support/build';
import { runScript } from '../support/run';
import { HEALTHY, sandbox, type Sandbox } from '../support/sandbox';

const MARKER = 'PWNED-MARKER';
/** Each construct with a fragment of the message `check` must give for it. */
const HOSTILE: [string, RegExp][] = [
	[`import fs from 'node:fs'`, /import\/export is not allowed/],
	[`export const x = require('node:fs').writeFileSync('${MARKER}', 'esm')`, /import\/export is not allowed/],
	[`{require('node:fs').writeFileSync('${MARKER}', 'expr')}`, /\{…\} expressions are not allowed/],
	[`{process.exit(0)}`, /\{…\} expressions are not allowed/],
	[`<script>fetch('/steal')</script>`, /<script> is not allowed/],
	[`<img src="x" onerror="alert(1)" />`, /<img> is not allowed/],
	[`Text with an <abbr title="x" onmouseover="alert(1)">event</abbr>`, /event attributes \(on…\) are not allowed/],
	[`A [javascript link](javascript:alert(1)) in text`, /"javascript:alert\(1\)" is not a link Keyplan accepts/],
	[`<iframe src="https://example.com/" />`, /<iframe> is not allowed/],
	[`<style>main \\{ display: none \\}</style>`, /<style> is not allowed/],
];

const hostileBody = HOSTILE.map(([source]) => source).join('\n\n');

describe('a narrative with code or markup', () => {
	let box: Sandbox;
	afterAll(() => box?.remove());

	test('check exits 1 naming the file, the line and what to do for every construct', () => {
		box = sandbox([HEALTHY], { project: true });
		box.editText(HEALTHY, (text) => `${text}\n${hostileBody}\n`);
		const fileLines = readFileSync(box.planPath(HEALTHY), 'utf8').split('\n');
		const result = runScript('check', [], box.root);
		expect(result.status).toBe(1);
		for (const [source, message] of HOSTILE) {
			const line = fileLines.indexOf(source) + 1;
			expect(line).toBeGreaterThan(0);
			const reported = result.stdout.split('\n').filter((l) => l.includes(`content/accounts/${HEALTHY}/plan.mdx:${line}:`));
			expect(reported.some((l) => message.test(l)), `line ${line}: ${source}\n${result.stdout}`).toBe(true);
		}
		expect(existsSync(join(box.root, MARKER))).toBe(false);
	});

	test('the build refuses with the same lines, runs none of it and writes no page', () => {
		const result = astroBuild(box.root);
		const output = result.stdout + result.stderr;
		expect(result.status).toBe(1);
		expect(output).toMatch(new RegExp(`content/accounts/${HEALTHY}/plan\\.mdx:\\d+:\\d+: body: <script> is not allowed`));
		expect(output).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
		expect(existsSync(join(box.root, MARKER))).toBe(false);
		expect(existsSync(join(box.root, 'dist', 'accounts', HEALTHY, 'index.html'))).toBe(false);
	});

	test('the renderer drops every refused construct even if check were bypassed', () => {
		const html = narrativeHtml(hostileBody);
		for (const banned of ['<script', 'onerror', 'onmouseover', 'javascript:', '<iframe', '<style', '<img', 'writeFileSync', 'process.exit']) {
			expect(html).not.toContain(banned);
		}
		expect(html).toContain('<abbr title="x">event</abbr>');
	});
});

describe('a narrative with escaped braces and allowed elements', () => {
	let box: Sandbox;
	afterAll(() => box?.remove());

	test('builds, and the page shows the text literally', () => {
		box = sandbox([HEALTHY], { project: true });
		const body = [
			'Targets for \\{Q3\\} are set; revenue \\< 5M is a risk.',
			'',
			'<Callout tone="warning" title="Watch <this>">The <abbr title="Chief Financial Officer">CFO</abbr> decides in \\{March\\}.</Callout>',
			'',
			'| quarter | target |',
			'|---|---|',
			'| Q3 | 1.2M |',
		].join('\n');
		box.editText(HEALTHY, (text) => `${text}\n${body}\n`);
		expect(runScript('check', [], box.root).status).toBe(0);
		const result = astroBuild(box.root);
		expect(result.status, result.stdout + result.stderr).toBe(0);
		const page = readFileSync(join(box.root, 'dist', 'accounts', HEALTHY, 'index.html'), 'utf8');
		expect(page).toContain('Targets for {Q3} are set; revenue &#x3C; 5M is a risk.');
		expect(page).toContain('<aside class="callout callout-warning"><p class="callout-title">Watch &#x3C;this></p>');
		expect(page).toContain('<abbr title="Chief Financial Officer">CFO</abbr>');
		expect(page).toMatch(/<td>Q3<\/td>\s*<td>1\.2M<\/td>/);
	});
});
