/**
 * Bad exports: each mistake is a problem on its row and column, every
 * problem is reported at once, and nothing is written — not even the rows
 * that were fine.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/schema/problem';
import { runImport, type ImportOptions } from '../../src/import/import-run';
import { runScript } from '../support/run';
import type { Sandbox } from '../support/sandbox';
import { numstat, portfolioSandbox } from './support';

let box: Sandbox | undefined;
afterEach(() => box?.remove());

async function importText(name: string, text: string | Buffer, options: Partial<ImportOptions> & Pick<ImportOptions, 'kind'>) {
	box = portfolioSandbox();
	writeFileSync(join(box.root, name), text);
	const result = await runImport({ root: box.root, file: name, preset: 'generic', dryRun: false, today: '2026-11-24', ...options });
	return { result, problems: result.problems.map(formatProblem) };
}

describe('bad revenue rows', () => {
	it('reports an unknown account, "n/a" as an amount and a date that does not exist, each on its row, and writes nothing', async () => {
		const csv = ['Account,Date,Amount', 'Fjellkraft Energi,2026-03-31,100000', 'Fjellkraft Energy,2026-04-30,100000', 'Nordwind Logistics,2026-05-31,n/a', 'Nordwind Logistics,2026-02-30,5000', ''].join('\n');
		const { result, problems } = await importText('revenue.csv', csv, { kind: 'revenue' });
		expect(problems).toEqual([
			'revenue.csv:3:1: Account: unknown account "Fjellkraft Energy": no plan has this name (match by erp: { id: … } in the plan, or fix the name)',
			'revenue.csv:4:3: Amount: "n/a" is not a number: write digits with at most thousands separators and a decimal separator, e.g. 1234567.89 or 1.234.567,89',
			'revenue.csv:5:2: Date: "2026-02-30" is not a date that exists',
		]);
		expect(result.written).toEqual([]);
		expect(numstat(box!).size).toBe(0);
	});

	it('refuses "€ 1.2M" rather than guessing, and asks for --locale when a separator could be either', async () => {
		const csv = ['Account;Period;Amount', 'Fjellkraft Energi;2026-Q1;€ 1.2M', 'Fjellkraft Energi;2026-Q2;1,234', ''].join('\r\n');
		const { problems } = await importText('q.csv', csv, { kind: 'revenue' });
		expect(problems[0]).toMatch(/^q\.csv:2:3: Amount: "€ 1\.2M" is not a number/);
		expect(problems[1]).toMatch(/^q\.csv:3:3: Amount: "1,234" could be read two ways .*--locale/);
		const withLocale = await importText('q.csv', csv.split('\r\n').filter((l) => !l.includes('€')).join('\r\n'), { kind: 'revenue', locale: 'en-US' });
		expect(withLocale.problems).toEqual([]);
		expect(withLocale.result.accounts[0].changes).toEqual(['revenue 2026 €2.14M → €1,234']);
	});

	it('reports an ambiguous account name on its row, and matches by the plan\'s erp id instead', async () => {
		box = portfolioSandbox();
		box.editText('castellan-pharma', (t) => t.replace('name: Castellan Pharma', 'name: Nordwind Logistics'));
		writeFileSync(join(box.root, 'r.csv'), 'Account,Date,Amount\n Nordwind logistics ,2026-03-31,100\n');
		const ambiguous = await runImport({ root: box.root, file: 'r.csv', kind: 'revenue', preset: 'generic', dryRun: true, today: '2026-11-24' });
		expect(ambiguous.problems.map(formatProblem)).toEqual([
			'r.csv:2:1: Account: account "Nordwind logistics" is the name of more than one plan (castellan-pharma, nordwind-logistics): give them erp: { id: … } and export the id',
		]);
		box.editText('nordwind-logistics', (t) => t.replace(/^reviewed:/m, 'erp: { id: "40600" }\nreviewed:'));
		writeFileSync(join(box.root, 'r.csv'), 'Account Id,Account,Date,Amount\n40600,Nordwind Logistics,2026-03-31,100\n');
		const byId = await runImport({ root: box.root, file: 'r.csv', kind: 'revenue', preset: 'generic', dryRun: true, today: '2026-11-24' });
		expect(byId.problems).toEqual([]);
		expect(byId.accounts.map((a) => a.slug)).toEqual(['nordwind-logistics']);
	});

	it('says a currency without an exchange rate is a problem on its row', async () => {
		const { problems } = await importText('usd.csv', 'Account,Date,Amount,Currency\nFjellkraft Energi,2026-03-31,100000,USD\n', { kind: 'revenue' });
		expect(problems).toEqual(['usd.csv:2:4: Currency: USD has no exchange rate in settings.yaml (exchangeRates.rates): add one, or export in EUR']);
	});

	it('refuses a file that is not text, naming it, with nothing written', async () => {
		const binary = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));
		const { problems } = await importText('report.pdf', binary, { kind: 'revenue' });
		expect(problems).toEqual(['report.pdf: is not a text (CSV) file nor an .xlsx workbook: export the report as CSV or Excel and try again']);
		expect(numstat(box!).size).toBe(0);
	});

	it('names the missing columns and the headers it found', async () => {
		const { problems } = await importText('cols.csv', 'Customer,Month,Value\nA,2026-01,1\n', { kind: 'revenue' });
		expect(problems).toEqual(['cols.csv: no column for account ("account"), date ("date" or "period"), amount ("amount"); the header has "Customer", "Month", "Value": choose --preset, or name the columns with --map']);
	});
});

describe('bad opportunity rows', () => {
	it('reports a duplicate id on its second row and an unknown stage, and writes nothing', async () => {
		const csv = ['Id,Account,Name,Stage', '006Kp00000401Opp,Fjellkraft Energi,Technician pool for Fornyelse 2030 outages,won', '006Kp00000401Opp,Fjellkraft Energi,Technician pool again,won', 'X1,Nordwind Logistics,New thing,Verbal commit', ''].join('\n');
		const { result, problems } = await importText('deals.csv', csv, { kind: 'opportunities' });
		expect(problems).toEqual([
			'deals.csv:3:1: Id: duplicate id "006Kp00000401Opp": already on line 2',
			'deals.csv:4:4: Stage: unknown stage "Verbal commit": map it to idea, qualified, proposal, negotiation, won or lost with --map (stages:) or settings.yaml (import.stages)',
		]);
		expect(result.written).toEqual([]);
		expect(numstat(box!).size).toBe(0);
	});
});

describe('an opportunity the CRM moved to another account', () => {
	it('is noted and left where it is, neither copied nor deleted', async () => {
		const csv = 'Id,Account,Name,Stage\n006Kp00000401Opp,Nordwind Logistics,Technician pool for Fornyelse 2030 outages,won\n';
		const { result } = await importText('moved.csv', csv, { kind: 'opportunities' });
		expect(result.problems).toEqual([]);
		expect(result.written).toEqual([]);
		expect(result.notes).toEqual(["moved.csv:2: opportunity 006Kp00000401Opp is in Fjellkraft Energi's plan but the export puts it at Nordwind Logistics: left as it is; move it by hand if it moved"]);
	});
});

describe('settings and mapping', () => {
	it('maps further stages from settings.yaml (import.stages)', async () => {
		box = portfolioSandbox();
		const settings = join(box.root, 'content', 'settings.yaml');
		writeFileSync(settings, `${readFileSync(settings, 'utf8')}import:\n  stages: { Verbal commit: negotiation }\n`);
		writeFileSync(join(box.root, 'deals.csv'), 'Id,Account,Name,Stage\nX1,Nordwind Logistics,New thing,VERBAL COMMIT\n');
		const result = await runImport({ root: box.root, file: 'deals.csv', kind: 'opportunities', preset: 'generic', dryRun: true, today: '2026-11-24' });
		expect(result.problems).toEqual([]);
		expect(result.accounts[0].changes).toEqual(['opportunity "New thing" added (Negotiation)']);
	});

	it('refuses a mapping file with an unknown field, as a usage error', () => {
		box = portfolioSandbox();
		writeFileSync(join(box.root, 'map.yaml'), 'columns: { acount: Kunde }\n');
		writeFileSync(join(box.root, 'r.csv'), 'Kunde,Date,Amount\nNordwind Logistics,2026-01-31,1\n');
		const run = runScript('import', ['r.csv', '--kind', 'revenue', '--map', 'map.yaml'], box.root);
		expect(run.status).toBe(2);
		expect(run.stderr).toMatch(/^map\.yaml: columns(\.acount)?: /m);
		expect(numstat(box).size).toBe(0);
	});
});

describe('hostile values', () => {
	it('never lets a value from the export act on the terminal or forge a report line', async () => {
		const csv = 'Id,Account,Name,Stage\nX1,Nordwind Logistics,"Pumps\u001b[31m\nsrc/x.ts:1:1: FORGED",idea\n';
		const { result } = await importText('deals.csv', csv, { kind: 'opportunities', dryRun: true });
		const { importText: report } = await import('../../src/import/import-report');
		const text = report(result);
		expect(text).not.toContain('\u001b');
		expect(text).toContain('Pumps\\x1b[31m\\nsrc/x.ts:1:1: FORGED');
		expect(text.split('\n').some((line) => line.startsWith('src/x.ts'))).toBe(false);
	});
});

describe('npm run import', () => {
	it('exits 1 with the row of an unknown account and writes nothing', () => {
		box = portfolioSandbox();
		writeFileSync(join(box.root, 'deals.csv'), 'Id,Account,Name,Stage\nN1,Fjellkraft Energi,Pumps,idea\nN2,Acme Nowhere,Valves,idea\n');
		const run = runScript('import', ['deals.csv', '--kind', 'opportunities'], box.root);
		expect(run.status).toBe(1);
		expect(run.stderr).toContain('deals.csv:3:2: Account: unknown account "Acme Nowhere"');
		expect(run.stderr).toContain('1 problem: nothing was written.');
		expect(numstat(box).size).toBe(0);
	});

	it('exits 2 on a usage mistake', () => {
		box = portfolioSandbox();
		const run = runScript('import', ['deals.csv', '--kind', 'contacts'], box.root);
		expect(run.status).toBe(2);
		expect(run.stderr).toContain('--kind must be revenue or opportunities');
	});
});
