/**
 * Search filter values from a plan cannot add markup to the search page:
 * Pagefind's UI writes filter values as HTML, and Pagefind decodes character
 * references twice while indexing (see `src/encode/search-filter.ts`). A real
 * `astro build` of a plan whose industry, region and owner's name carry
 * markup; the index's filter chunks must hold them escaped once, which the UI
 * shows as the text written in the plan.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { searchFilterValue } from '../../src/encode/search-filter';
import { astroBuild } from '../support/build';
import { HEALTHY, sandbox, type Sandbox } from '../support/sandbox';

const INDUSTRY = 'Logistics <img src=x id="industry"> & <b>warehousing</b>';
const REGION = 'DACH &amp; <a href="https://evil.example">Benelux</a>';
const OWNER = 'Sofia <b id="owner">Marin</b>';

let box: Sandbox;
let build: ReturnType<typeof astroBuild>;

/** How Pagefind's UI needs a value in its index to show it as text: `&`, `<` and `>` escaped once. */
const shownAsText = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

beforeAll(() => {
	box = sandbox([HEALTHY], { project: true });
	box.editPlan(HEALTHY, (doc) => {
		doc.set('industry', INDUSTRY);
		doc.set('region', REGION);
	});
	const person = join(box.root, 'content', 'people', 'sofia-marin.yaml');
	writeFileSync(person, readFileSync(person, 'utf8').replace(/^name: .*$/m, `name: '${OWNER}'`));
	build = astroBuild(box.root, { outDir: join(box.root, 'dist') });
});
afterAll(() => box?.remove());

describe('search filter values with markup in them', () => {
	test('the encoder escapes a value twice (Astro escapes it a third time)', () => {
		expect(searchFilterValue('<b>&amp;')).toBe('&amp;lt;b&amp;gt;&amp;amp;amp;');
		expect(searchFilterValue('Logistics, DACH: key')).toBe('Logistics, DACH: key');
	});

	test('are indexed escaped once, so the search page shows them as text', () => {
		expect(build.status, String(build.stderr) + String(build.stdout)).toBe(0);
		const folder = join(box.root, 'dist', 'pagefind', 'filter');
		const chunks = readdirSync(folder).map((file) => gunzipSync(readFileSync(join(folder, file))).toString('utf8'));
		const index = chunks.join('\n');
		for (const value of [INDUSTRY, REGION, OWNER]) {
			expect(index, value).toContain(shownAsText(value));
		}
		for (const markup of ['<img', '<b', '<a href']) expect(index, markup).not.toContain(markup);
	});

	test('the account page still shows each value as written, and its markup as text', () => {
		const page = readFileSync(join(box.root, 'dist', 'accounts', HEALTHY, 'index.html'), 'utf8');
		expect(page).not.toContain('<img src=x id="industry">');
		expect(page).not.toContain('<b id="owner">');
		expect(page).toContain('data-pagefind-filter="industry[data-filter]"');
		expect(page).toContain('Logistics &lt;img src=x id=');
	});
});
