/** `npm run new`: scaffolds a plan that passes check, and never overwrites anything. */
import { existsSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, test } from 'vitest';
import { loadPortfolio } from '../../src/loader/portfolio';
import { HEALTHY, sandbox, type Sandbox } from '../support/sandbox';
import { runScript } from '../support/run';

let box: Sandbox;
afterEach(() => box?.remove());

describe('npm run new', () => {
	test('creates a plan with every section that passes check as created', () => {
		box = sandbox();
		const created = runScript('new', ['acme-tools', '--name', 'Acme Tools & Dies', '--owner', 'jonas-berg'], box.root);
		expect(created.stderr).toBe('');
		expect(created.status).toBe(0);
		const text = readFileSync(box.planPath('acme-tools'), 'utf8');
		for (const section of ['business:', 'selfImage:', 'financials:', 'contacts:', 'relationship:', 'objectives:', 'actions:', 'cadence:', 'opportunities:', 'whitespace:', 'feedback:', 'scorecard:', 'risks:']) {
			expect(text).toContain(section);
		}
		const { portfolio, problems } = loadPortfolio(box.root);
		expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
		const plan = portfolio.accounts.find((a) => a.slug === 'acme-tools')?.plan.data;
		expect(plan).toMatchObject({ name: 'Acme Tools & Dies', owner: 'jonas-berg', tier: 'key', reviewed: '2026-11-24' });
		expect(runScript('check', [], box.root).status).toBe(0);
		// It explains the deeper plan: shared objectives, the mutual plan, per-year entries, the settings' offerings.
		for (const hint of ['shared: true', 'mutual: true', 'one per fiscal year', 'planned-maintenance, spare-parts']) expect(text).toContain(hint);
	});

	test('refuses to overwrite an existing account and leaves it untouched', () => {
		box = sandbox();
		const before = readFileSync(box.planPath(HEALTHY), 'utf8');
		const result = runScript('new', [HEALTHY, '--name', 'Other', '--owner', 'jonas-berg'], box.root);
		expect(result.status).toBe(2);
		expect(result.stderr).toContain(`content/accounts/${HEALTHY}/ already exists; nothing was written`);
		expect(readFileSync(box.planPath(HEALTHY), 'utf8')).toBe(before);
	});

	test('refuses a folder that exists even without a plan', () => {
		box = sandbox();
		box.write(HEALTHY, 'notes.md', 'mine');
		const result = runScript('new', [HEALTHY, '--name', 'X', '--owner', 'jonas-berg'], box.root);
		expect(result.status).toBe(2);
		expect(readFileSync(box.planPath(HEALTHY, 'notes.md'), 'utf8')).toBe('mine');
	});

	test.each([
		[['Acme_Tools', '--name', 'A', '--owner', 'jonas-berg'], '"Acme_Tools" is not a valid slug'],
		[['acme', '--name', 'A', '--owner', 'jonas-brg'], 'unknown person "jonas-brg" (did you mean "jonas-berg"?)'],
		[['acme', '--owner', 'jonas-berg'], 'missing --name'],
		[['acme', '--name', 'A', '--owner', 'jonas-berg', '--tier', 'gold'], '"gold" is not a tier'],
		[['--name', 'A', '--owner', 'jonas-berg'], 'missing the account slug'],
	])('rejects %j with a clear message', (args, message) => {
		box = sandbox();
		const result = runScript('new', args, box.root);
		expect(result.status).toBe(2);
		expect(result.stderr).toContain(message);
		expect(existsSync(box.planPath('acme'))).toBe(false);
	});
});

describe('npm run new: loose ends', () => {
	test.each(['con', 'NUL', 'aux', 'com1', 'lpt9', 'prn'])('refuses the Windows device name %s (exit 2, nothing written)', (slug) => {
		box = sandbox();
		const result = runScript('new', [slug, '--name', 'Device', '--owner', 'jonas-berg'], box.root);
		expect(result.status).toBe(2);
		expect(result.stderr).toMatch(/reserves for a device|not a valid slug/);
		expect(existsSync(box.planPath(slug.toLowerCase()))).toBe(false);
	});

	test('a bad KEYPLAN_TODAY leaves nothing behind, so the retry works', () => {
		box = sandbox();
		const failed = runScript('new', ['acme-tools', '--name', 'Acme Tools', '--owner', 'jonas-berg'], box.root, { KEYPLAN_TODAY: '2026-02-30' });
		expect(failed.status).toBe(2);
		expect(failed.stderr).toContain('KEYPLAN_TODAY');
		expect(existsSync(box.planPath('acme-tools').replace(/\/plan\.mdx$/, ''))).toBe(false);
		const retry = runScript('new', ['acme-tools', '--name', 'Acme Tools', '--owner', 'jonas-berg'], box.root);
		expect(retry.status).toBe(0);
	});
});
