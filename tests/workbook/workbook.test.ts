/**
 * The portfolio workbook: deterministic bytes, real types, values that
 * LibreOffice Calc reads back as they were, an Opportunities sheet that
 * imports back changing nothing, hostile plan text kept as inert text, and
 * an `--out` that never overwrites someone else's file.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { analysePortfolio } from '../../src/domain/analysis';
import { runImport } from '../../src/import/import-run';
import { loadPortfolio } from '../../src/loader/portfolio';
import { portfolioWorkbook } from '../../src/workbook/portfolio-workbook';
import { runScript } from '../support/run';
import type { Sandbox } from '../support/sandbox';
import { numstat, portfolioSandbox } from '../import/support';

let box: Sandbox | undefined;
afterEach(() => box?.remove());

const analysisOf = (root: string, today = '2026-11-24') => analysePortfolio(loadPortfolio(root).portfolio, today);

async function sheetsOf(bytes: Buffer): Promise<ExcelJS.Workbook> {
	const workbook = new ExcelJS.Workbook();
	await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
	return workbook;
}

/** Every sheet of a workbook as CSV, converted by LibreOffice Calc headless. */
function calcCsv(dir: string, file: string): Record<string, string[][]> {
	execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1', '--outdir', join(dir, 'csv'), join(dir, file)], { stdio: 'pipe', timeout: 120_000 });
	const out: Record<string, string[][]> = {};
	for (const name of readdirSync(join(dir, 'csv'))) {
		const sheet = name.replace(/^.*?-(\w+)\.csv$/, '$1');
		out[sheet] = readFileSync(join(dir, 'csv', name), 'utf8').trim().split('\n').map((line) => line.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.slice(0, -1).map((c) => c.replace(/,$/, '').replace(/^"|"$/g, '').replace(/""/g, '"')));
	}
	return out;
}

describe('the portfolio workbook', () => {
	it('is the same bytes for the same content and today, and other bytes for another today', async () => {
		box = portfolioSandbox();
		const a = await portfolioWorkbook(analysisOf(box.root));
		const b = await portfolioWorkbook(analysisOf(box.root));
		expect(a.bytes.equals(b.bytes)).toBe(true);
		const c = await portfolioWorkbook(analysisOf(box.root, '2026-11-25'));
		expect(c.bytes.equals(a.bytes)).toBe(false);
		const workbook = await sheetsOf(a.bytes);
		expect(workbook.worksheets.map((s) => s.name)).toEqual(['Accounts', 'Opportunities', 'Actions', 'Meetings', 'Findings']);
		expect(workbook.created.toISOString()).toBe('2026-11-24T00:00:00.000Z');
		const accounts = workbook.getWorksheet('Accounts')!;
		expect(accounts.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
		expect(accounts.autoFilter).toBeTruthy();
		// Revenue is a number in the currency's format, the next meeting a date.
		const fjellkraft = accounts.getRows(2, accounts.rowCount - 1)!.find((r) => r.getCell(2).value === 'fjellkraft-energi')!;
		expect(fjellkraft.getCell(7).value).toBe(2140000);
		expect(fjellkraft.getCell(7).numFmt).toBe('"€"#,##0;-"€"#,##0');
		expect(fjellkraft.getCell(13).value).toBeInstanceOf(Date);
		const marlow = accounts.getRows(2, accounts.rowCount - 1)!.find((r) => r.getCell(2).value === 'marlow-packaging')!;
		expect(marlow.getCell(7).numFmt).toBe('"£"#,##0;-"£"#,##0');
	});

	it('reads back through LibreOffice Calc with every account and its revenue as a number', async () => {
		box = portfolioSandbox();
		const analysis = analysisOf(box.root);
		const dir = join(box.root, 'calc');
		mkdirSync(dir);
		writeFileSync(join(dir, 'portfolio.xlsx'), (await portfolioWorkbook(analysis)).bytes);
		const csv = calcCsv(dir, 'portfolio.xlsx');
		const [header, ...rows] = csv.Accounts;
		expect(header.slice(0, 7)).toEqual(['Account', 'Slug', 'Tier', 'Owner', 'Industry', 'Region', 'Revenue 2026']);
		const revenue = Object.fromEntries(rows.map((r) => [r[1], r[6]]));
		expect(revenue).toEqual(Object.fromEntries(analysis.accounts.map((a) => [a.slug, String(a.figures.revenueThisYear)])));
		// Every opportunity, with its id, account, title, amount, stage and close date as the plan has them.
		const expected = analysis.accounts.flatMap((a) =>
			a.account.plan.data.opportunities.map((o) => [o.crmId ?? '', a.account.plan.data.name, o.title, o.value === undefined ? '' : String(o.value), o.stage, o.expectedClose ?? '']),
		);
		const sorted = (rows: string[][]) => rows.map((r) => JSON.stringify(r)).sort();
		expect(sorted(csv.Opportunities.slice(1).map((r) => [r[0], r[2], r[3], r[4], r[6], r[7]]))).toEqual(sorted(expected));
		expect(expected.length).toBeGreaterThan(20);
	}, 180_000);

	it('has an Opportunities sheet that imports back with --preset generic and changes nothing', async () => {
		box = portfolioSandbox();
		writeFileSync(join(box.root, 'portfolio.xlsx'), (await portfolioWorkbook(analysisOf(box.root))).bytes);
		const result = await runImport({ root: box.root, file: 'portfolio.xlsx', kind: 'opportunities', preset: 'generic', dryRun: false, today: '2026-11-24' });
		expect(result.problems).toEqual([]);
		expect(result.encoding).toBe('xlsx, sheet "Opportunities"');
		expect(result.rows).toBeGreaterThan(20);
		expect(result.accounts.flatMap((a) => a.changes)).toEqual([]);
		expect(numstat(box).size).toBe(0);
	});

	it('keeps hostile plan text as inert text: no formula, only characters XML allows', async () => {
		box = portfolioSandbox();
		box.editText('fjellkraft-energi', (t) => t.replace('title: Spillway gate maintenance on four dams', 'title: "=HYPERLINK(\\"https://evil.example\\",\\"x\\")\\u000b"'));
		const { bytes } = await portfolioWorkbook(analysisOf(box.root));
		const workbook = await sheetsOf(bytes);
		const sheet = workbook.getWorksheet('Opportunities')!;
		const cell = sheet.getColumn(4).values.find((v) => typeof v === 'string' && v.startsWith('=HYPERLINK'));
		// The vertical tab (XML 1.0 cannot carry it) became a space (src/encode/xml.ts): it separated words.
		expect(cell).toBe('=HYPERLINK("https://evil.example","x") ');
		sheet.eachRow((row) => row.eachCell((c) => expect(c.type).not.toBe(ExcelJS.ValueType.Formula)));
		const dir = join(box.root, 'calc');
		mkdirSync(dir);
		writeFileSync(join(dir, 'hostile.xlsx'), bytes);
		const csv = calcCsv(dir, 'hostile.xlsx');
		expect(csv.Opportunities.some((r) => r[3].trimEnd() === '=HYPERLINK("https://evil.example","x")')).toBe(true);
	}, 180_000);
});

describe('npm run export', () => {
	it('writes the workbook, rewrites its own file, and never overwrites a file it did not write', () => {
		box = portfolioSandbox();
		const first = runScript('export', ['--out', 'out/portfolio.xlsx', '--tier', 'strategic'], box.root);
		expect(first.stderr).toBe('');
		expect(first.status).toBe(0);
		expect(first.stdout).toMatch(/^out\/portfolio\.xlsx: \d+ accounts, as of 2026-11-24/);
		expect(runScript('export', ['--out', 'out/portfolio.xlsx', '--tier', 'strategic'], box.root).status).toBe(0);
		writeFileSync(join(box.root, 'out', 'mine.xlsx'), 'my own numbers');
		const refused = runScript('export', ['--out', 'out/mine.xlsx'], box.root);
		expect(refused.status).toBe(1);
		expect(refused.stderr).toContain('out/mine.xlsx: exists and was not written by Keyplan');
		expect(readFileSync(join(box.root, 'out', 'mine.xlsx'), 'utf8')).toBe('my own numbers');
		const unknown = runScript('export', ['--out', 'x.xlsx', '--owner', 'nobody'], box.root);
		expect(unknown.status).toBe(2);
		expect(unknown.stderr).toContain('--owner: no person "nobody"');
	});
});
