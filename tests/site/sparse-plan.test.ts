/**
 * The site builds for a plan with nothing but its required fields: every
 * section renders its empty state instead of failing, and the pages that list
 * accounts still work. Runs a real `astro build` in a throw-away project.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { astroBuild } from '../support/build';
import { HEALTHY, sandbox, type Sandbox } from '../support/sandbox';

const SPARSE = 'sparse-minimal';
let box: Sandbox;
let build: ReturnType<typeof astroBuild>;

beforeAll(() => {
	box = sandbox([HEALTHY], { project: true });
	mkdirSync(join(box.root, 'content', 'accounts', SPARSE), { recursive: true });
	box.write(SPARSE, 'plan.mdx', '---\nname: Sparse Minimal\ntier: growth\nowner: jonas-berg\nreviewed: 2026-11-01\n---\n');
	build = astroBuild(box.root, { outDir: join(box.root, 'dist') });
});
afterAll(() => box?.remove());

describe('a plan with only its required fields', () => {
	test('builds, with every section of the account page in its empty state', () => {
		expect(build.status, String(build.stderr) + String(build.stdout)).toBe(0);
		const html = readFileSync(join(box.root, 'dist', 'accounts', SPARSE, 'index.html'), 'utf8');
		for (const id of ['findings', 'business', 'self-image', 'financials', 'whos-who', 'relationship', 'objectives', 'actions', 'cadence', 'opportunities', 'feedback', 'scorecard', 'risks', 'contract', 'narrative']) {
			expect(html, id).toContain(`id="${id}"`);
		}
		expect(html).toContain('No contacts recorded.');
		expect(html).toContain('No cadence agreed');
	});

	test('appears on the dashboard and is indexed for search', () => {
		expect(readFileSync(join(box.root, 'dist', 'index.html'), 'utf8')).toContain(`/accounts/${SPARSE}/`);
		expect(existsSync(join(box.root, 'dist', 'pagefind', 'pagefind-ui.js'))).toBe(true);
		expect(existsSync(join(box.root, 'dist', 'accounts', SPARSE, 'renewal'))).toBe(false);
	});
});
