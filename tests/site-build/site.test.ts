/**
 * Build tests: the sample portfolio builds end to end (the run's shared build,
 * read only); bad content and a bad KEYPLAN_TODAY stop a build of their own
 * with check's messages.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { analysePortfolio } from '../../src/domain/analysis';
import { loadPortfolio } from '../../src/loader/portfolio';
import { astroBuild } from '../support/build';
import { HEALTHY, REPO, sandbox } from '../support/sandbox';
import { sharedSite } from '../support/shared-site';

describe('the sample site', () => {
	const build = sharedSite();
	const out = build.dist;

	test('builds', () => {
		expect(build.status, build.log).toBe(0);
		expect(existsSync(join(out, 'index.html'))).toBe(true);
	});

	test('writes portfolio.xlsx, linked from the dashboard, with every account and its revenue as a number', async () => {
		const { default: ExcelJS } = await import('exceljs');
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.load(readFileSync(join(out, 'portfolio.xlsx')) as unknown as ArrayBuffer);
		const revenue = new Map<string, unknown>();
		workbook.getWorksheet('Accounts')!.eachRow((row, n) => {
			if (n > 1) revenue.set(String(row.getCell(2).value), row.getCell(7).value);
		});
		const analysis = analysePortfolio(loadPortfolio(REPO).portfolio, '2026-11-24');
		expect(Object.fromEntries(revenue)).toEqual(Object.fromEntries(analysis.accounts.map((a) => [a.slug, a.figures.revenueThisYear])));
		expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('href="/portfolio.xlsx"');
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

	/** `row → rules` of every flag on a page, each occurrence (a row may show in two places). */
	function flagsOn(html: string): [string, string][] {
		// Astro writes an empty attribute without its value: `data-findings` alone means no finding.
		return [...html.matchAll(/data-row="([^"]+)" data-findings(?:="([^"]*)")?/g)].map((m) => [m[1], (m[2] ?? '').split(' ').filter(Boolean).sort().join(' ')]);
	}

	test('every row finding of every sample account is shown on its row, and no row shows more', () => {
		const analysis = analysePortfolio(loadPortfolio(REPO).portfolio, '2026-11-24');
		let rowsChecked = 0;
		for (const a of analysis.accounts) {
			const pages = {
				plan: readFileSync(join(out, 'accounts', a.slug, 'index.html'), 'utf8'),
				renewal: a.account.renewal ? readFileSync(join(out, 'accounts', a.slug, 'renewal', 'index.html'), 'utf8') : '',
			};
			const expected = new Map<string, string[]>();
			for (const f of a.findings) {
				if (!f.target) continue;
				const key = `${f.target.document}/${f.target.list}/${f.target.index}`;
				expected.set(key, [...(expected.get(key) ?? []), f.rule]);
			}
			for (const [document, html] of Object.entries(pages)) {
				const shown = flagsOn(html);
				for (const [row, rules] of shown) {
					expect(row.startsWith(`${document}/`), `${a.slug}: ${row} on the ${document} page`).toBe(true);
					expect(rules, `${a.slug} ${row}`).toBe((expected.get(row) ?? []).sort().join(' '));
					rowsChecked++;
				}
				for (const [row] of [...expected].filter(([key]) => key.startsWith(`${document}/`))) {
					expect(shown.some(([r]) => r === row), `${a.slug}: ${row} is flagged somewhere on its page`).toBe(true);
				}
			}
		}
		expect(rowsChecked).toBeGreaterThan(50);
	});

	test('writes every one-pager as PNG, and no SVG (those are written on request)', () => {
		const { portfolio } = loadPortfolio(REPO);
		for (const { slug, renewal } of portfolio.accounts) {
			const files = readdirSync(join(out, 'accounts', slug), { recursive: true }).map(String);
			expect(files.filter((f) => f.endsWith('.png')).sort(), slug).toEqual(renewal ? ['onepager-customer.png', 'onepager.png', 'renewal/onepager.png'] : ['onepager-customer.png', 'onepager.png']);
			expect(files.filter((f) => f.endsWith('.svg')), slug).toEqual([]);
		}
	});

	test('every page is noindex', () => {
		const pages = htmlPages(out);
		expect(pages.length).toBeGreaterThan(20);
		for (const page of pages) expect(readFileSync(page, 'utf8'), page).toContain('<meta name="robots" content="noindex, nofollow">');
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
			const result = astroBuild(box.root, { outDir: out });
			const output = result.stdout + result.stderr;
			expect(result.status).toBe(1);
			expect(output).toMatch(new RegExp(`content/accounts/${HEALTHY}/plan\\.mdx:\\d+:8: owner: unknown person "jdoe"`));
			expect(output).toMatch(new RegExp(`content/accounts/${HEALTHY}/plan\\.mdx:\\d+:10: website: "javascript:alert\\(1\\)" is not a link`));
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
			const result = astroBuild(REPO, { outDir: out, today: 'tomorrow' });
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

/** Every built HTML page under `dir`. */
function htmlPages(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((e) => e.isFile() && e.name.endsWith('.html'))
		.map((e) => join(e.parentPath, e.name));
}

function escapeHtml(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
