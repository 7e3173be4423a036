/**
 * Revenue from an ERP report (.xlsx, monthly rows, German amounts, matched
 * by ERP id) and from a CSV Excel saved on Windows (Windows-1252,
 * semicolons, German numbers and dates): summed per fiscal year, only the
 * years in the file touched, one changed value one changed line.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadPortfolio } from '../../src/loader/portfolio';
import { readImportMap } from '../../src/import/mapping';
import type { Sandbox } from '../support/sandbox';
import { FIXTURES, importFixture, numstat, portfolioSandbox } from './support';

let box: Sandbox | undefined;
afterEach(() => box?.remove());

const revenueOf = (b: Sandbox, slug: string) => loadPortfolio(b.root).portfolio.accounts.find((a) => a.slug === slug)!.plan.data.financials.revenue;

describe('an ERP revenue report in .xlsx', () => {
	it('sums monthly rows into the fiscal year, converts EUR into a GBP plan, and changes one line per plan', async () => {
		box = portfolioSandbox();
		const result = await importFixture(box, 'erp-revenue-monthly.xlsx', { kind: 'revenue', mapping: readImportMap(join(FIXTURES, 'erp-map.yaml')) });
		expect(result.problems).toEqual([]);
		expect(revenueOf(box, 'fjellkraft-energi')).toEqual({ 2024: 1980000, 2025: 2260000, 2026: 2310000 });
		// 172,500 EUR at 1.15 EUR per GBP.
		expect(revenueOf(box, 'marlow-packaging')).toEqual({ 2024: 104000, 2025: 122000, 2026: 150000 });
		expect(Object.fromEntries(numstat(box))).toEqual({
			'content/accounts/fjellkraft-energi/plan.mdx': { added: 1, removed: 1 },
			'content/accounts/marlow-packaging/plan.mdx': { added: 1, removed: 1 },
		});
		const fjellkraft = result.accounts.find((a) => a.slug === 'fjellkraft-energi')!;
		expect(fjellkraft.changes).toEqual(['revenue 2026 €2.14M → €2.31M']);
		expect(result.notes.join('\n')).toContain('amounts in EUR converted to GBP');
		// The flow style and the comment after Marlow's currency are kept.
		expect(readFileSync(box.planPath('marlow-packaging'), 'utf8')).toMatch(/revenue: \{ 2024: 104000, 2025: 122000, 2026: 150000 \}/);
		expect(readFileSync(box.planPath('marlow-packaging'), 'utf8')).toContain('# converted to EUR for the portfolio totals');
	});

	it('reads the same after LibreOffice saved it again', async () => {
		box = portfolioSandbox();
		const { execFileSync } = await import('node:child_process');
		const { copyFileSync, mkdirSync } = await import('node:fs');
		const dir = join(box.root, 'resaved');
		mkdirSync(dir);
		copyFileSync(join(FIXTURES, 'erp-revenue-monthly.xlsx'), join(dir, 'in.xlsx'));
		execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', join(dir, 'out'), join(dir, 'in.xlsx')], { stdio: 'pipe', timeout: 120_000 });
		const { runImport } = await import('../../src/import/import-run');
		const mapping = readImportMap(join(FIXTURES, 'erp-map.yaml'));
		const original = await importFixture(box, 'erp-revenue-monthly.xlsx', { kind: 'revenue', mapping, dryRun: true });
		const resaved = await runImport({ root: box.root, file: 'resaved/out/in.xlsx', kind: 'revenue', preset: 'generic', mapping, dryRun: true, today: '2026-11-24' });
		expect(resaved.problems).toEqual([]);
		expect(resaved.accounts.map((a) => a.changes)).toEqual(original.accounts.map((a) => a.changes));
		expect(original.accounts.flatMap((a) => a.changes)).toHaveLength(2);
	}, 180_000);
});

describe('the report', () => {
	it('names the findings the new figures open and resolve, with health before → after', async () => {
		box = portfolioSandbox();
		const { runImport } = await import('../../src/import/import-run');
		const { importText } = await import('../../src/import/import-report');
		const { writeFileSync } = await import('node:fs');
		const run = async (amount: string) => {
			writeFileSync(join(box!.root, 'ytd.csv'), `Account,Period,Amount\nNordwind Logistics,FY2026,${amount}\n`);
			return runImport({ root: box!.root, file: 'ytd.csv', kind: 'revenue', preset: 'generic', dryRun: false, today: '2026-11-24' });
		};
		const behind = await run('1000000');
		const nordwind = behind.accounts[0];
		expect(nordwind.changes).toEqual(['revenue 2026 €3.52M → €1M']);
		expect(nordwind.review?.opened.map((p) => p.rule)).toContain('revenue.behind-commitment');
		expect(nordwind.review!.after!.score).toBeLessThan(nordwind.review!.before!.score);
		const back = await run('"3,600,000"');
		expect(back.accounts[0].review?.resolved.map((p) => p.rule)).toContain('revenue.behind-commitment');
		expect(importText(back)).toMatch(/Nordwind Logistics \(health \d+ → 100[^)]*\)\n {2}revenue 2026 €1M → €3\.6M\n {2}finding revenue\.behind-commitment resolved: revenue to date €1,000,000 is 26% of the €3,900,000 commitment/);
	});
});

describe('a CSV saved by Excel on Windows', () => {
	it('reads Windows-1252, semicolons and German numbers and dates', async () => {
		box = portfolioSandbox();
		const result = await importFixture(box, 'excel-windows-1252.csv', { kind: 'revenue' });
		expect(result.problems).toEqual([]);
		expect(result.encoding).toBe('Windows-1252');
		expect(revenueOf(box, 'brueckner-druckguss')[2026]).toBe(22251);
		expect(revenueOf(box, 'vertice-aeroestructuras')).toEqual({ 2024: 210000, 2025: 280000, 2026: 320000 });
		expect([...numstat(box).values()]).toEqual([
			{ added: 1, removed: 1 },
			{ added: 1, removed: 1 },
		]);
	});

	it('reads an export from outside the project, named by its absolute path (as the CI recipe does)', async () => {
		box = portfolioSandbox();
		const { runImport } = await import('../../src/import/import-run');
		const file = join(FIXTURES, 'excel-windows-1252.csv');
		const result = await runImport({ root: box.root, file, kind: 'revenue', preset: 'generic', dryRun: false, today: '2026-11-24' });
		expect(result.problems).toEqual([]);
		expect(result.file).toBe(file);
		expect(revenueOf(box, 'vertice-aeroestructuras')[2026]).toBe(320000);
	});

	it('sums by the fiscal year of the settings', async () => {
		box = portfolioSandbox();
		const settings = join(box.root, 'content', 'settings.yaml');
		const { writeFileSync } = await import('node:fs');
		writeFileSync(settings, readFileSync(settings, 'utf8').replace('fiscalYearStart: 1 ', 'fiscalYearStart: 3 '));
		const result = await importFixture(box, 'excel-windows-1252.csv', { kind: 'revenue' });
		expect(result.problems).toEqual([]);
		// January and February 2026 belong to fiscal year 2025 when it starts in March.
		expect(revenueOf(box, 'brueckner-druckguss')).toMatchObject({ 2025: 22251 });
		expect(revenueOf(box, 'brueckner-druckguss')[2026]).toBe(120000);
	});
});
