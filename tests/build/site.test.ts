/** Build tests: the sample portfolio builds end to end; bad content stops the build with check's messages. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadPortfolio } from '../../src/loader/portfolio';
import { HEALTHY, REPO, sandbox } from '../support/sandbox';

function astroBuild(cwd: string, outDir: string, today = '2026-11-24') {
	return spawnSync(join(REPO, 'node_modules', '.bin', 'astro'), ['build', '--outDir', outDir], {
		cwd,
		encoding: 'utf8',
		env: { ...process.env, KEYPLAN_TODAY: today, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' },
	});
}

describe('the sample site', () => {
	const out = mkdtempSync(join(tmpdir(), 'keyplan-dist-'));
	let build: ReturnType<typeof astroBuild>;
	beforeAll(() => {
		build = astroBuild(REPO, out);
	});
	afterAll(() => rmSync(out, { recursive: true, force: true }));

	test('builds', () => {
		expect(build.status, build.stderr + build.stdout).toBe(0);
		expect(existsSync(join(out, 'index.html'))).toBe(true);
	});

	test('has a page per account, with its name, and the index links them all', () => {
		const { portfolio } = loadPortfolio(REPO);
		expect(portfolio.accounts.length).toBeGreaterThanOrEqual(8);
		const index = readFileSync(join(out, 'index.html'), 'utf8');
		for (const { slug, plan } of portfolio.accounts) {
			const page = readFileSync(join(out, 'accounts', slug, 'index.html'), 'utf8');
			expect(page).toContain(escapeHtml(plan.data.name));
			expect(index).toContain(`/accounts/${slug}/`);
		}
		expect(readdirSync(join(out, 'accounts')).sort()).toEqual(portfolio.accounts.map((a) => a.slug).sort());
	});

	test('every page is valid HTML (Nu HTML checker, zero errors)', () => {
		const vnu = spawnSync('java', ['-jar', join(REPO, 'node_modules', 'vnu-jar', 'build', 'dist', 'vnu.jar'), '--errors-only', '--format', 'gnu', '--skip-non-html', out], { encoding: 'utf8' });
		expect(vnu.error, 'java is needed for the Nu HTML checker').toBeUndefined();
		expect(vnu.stdout + vnu.stderr).toBe('');
		expect(vnu.status).toBe(0);
	}, 120_000);

	test('every page is noindex', () => {
		expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('<meta name="robots" content="noindex, nofollow">');
	});
});

describe('a build with bad content', () => {
	test('stops with the same messages as check and no stack trace', () => {
		const box = sandbox([HEALTHY], { project: true });
		const out = join(box.root, 'dist');
		try {
			box.editPlan(HEALTHY, (doc) => {
				doc.set('owner', 'jdoe');
				doc.set('website', 'javascript:alert(1)');
			});
			const result = astroBuild(box.root, out);
			const output = result.stdout + result.stderr;
			expect(result.status).toBe(1);
			expect(output).toContain(`content/accounts/${HEALTHY}/plan.mdx: owner: unknown person "jdoe"`);
			expect(output).toContain(`content/accounts/${HEALTHY}/plan.mdx: website: "javascript:alert(1)" is not a link`);
			expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
			expect(existsSync(join(out, 'index.html'))).toBe(false);
		} finally {
			box.remove();
		}
	});
});

describe('a build with a bad KEYPLAN_TODAY', () => {
	test('stops with one plain message', () => {
		const out = mkdtempSync(join(tmpdir(), 'keyplan-dist-'));
		try {
			const result = astroBuild(REPO, out, 'tomorrow');
			const output = result.stdout + result.stderr;
			expect(result.status).toBe(1);
			expect(output).toContain('KEYPLAN_TODAY="tomorrow" is not a date: write it as YYYY-MM-DD');
			expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
			expect(existsSync(join(out, 'index.html'))).toBe(false);
		} finally {
			rmSync(out, { recursive: true, force: true });
		}
	});
});

function escapeHtml(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
