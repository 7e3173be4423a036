/**
 * Revenue rows (account, day/month/quarter/fiscal year, amount, currency)
 * summed per account and fiscal year into `financials.revenue`. Only the
 * years in the file are touched; a year whose sum equals the plan's figure
 * is not an edit, so a second import of the same file changes nothing.
 */
import { formatMoney } from '../domain/format.ts';
import type { Portfolio } from '../loader/portfolio.ts';
import type { Row } from './table.ts';
import { EditSet } from './edits.ts';
import { AccountMatcher, amountOf, cellOf, planCurrency, problemAt, type RowReader } from './import-rows.ts';
import { fiscalYearOfPeriod, parsePeriod } from './values.ts';
import { isMap } from 'yaml';

/** Sums the rows and records an edit for every account-year whose revenue changes. */
export function importRevenue(reader: RowReader, rows: readonly Row[], portfolio: Portfolio, edits: EditSet): void {
	const matcher = new AccountMatcher(portfolio, ['erp', 'crm']);
	const sums = new Map<string, Map<string, number>>();
	for (const row of rows) {
		const account = matcher.match(reader, row);
		const when = cellOf(reader, row, 'date');
		let year: number | undefined;
		if (when === undefined) problemAt(reader, row, 'date', 'no date or period on this row');
		else {
			const period = parsePeriod(when, reader.conventions);
			if (period.ok) year = fiscalYearOfPeriod(period.value, portfolio.settings.fiscalYearStart);
			else problemAt(reader, row, 'date', period.message);
		}
		if (cellOf(reader, row, 'amount') === undefined) {
			problemAt(reader, row, 'amount', 'no amount on this row');
			continue;
		}
		if (!account) continue;
		const amount = amountOf(reader, row, portfolio, account);
		if (amount === undefined || year === undefined) continue;
		let years = sums.get(account.slug);
		if (!years) sums.set(account.slug, (years = new Map()));
		years.set(String(year), (years.get(String(year)) ?? 0) + amount);
	}
	if (reader.problems.length > 0) return;
	for (const account of portfolio.accounts) {
		const years = sums.get(account.slug);
		if (!years) continue;
		const currency = planCurrency(portfolio, account);
		const revenue = account.plan.data.financials.revenue;
		const changed = [...years].map(([year, sum]) => [year, Math.round(sum)] as const).filter(([year, sum]) => revenue[year] !== sum);
		for (const [year, sum] of changed) {
			if (sum < 0) {
				reader.problems.push({ file: reader.file, path: '', severity: 'error', message: `${account.plan.data.name}: revenue ${year} sums to ${sum} (credit notes exceed invoices); revenue cannot be negative` });
				continue;
			}
			const before = revenue[year];
			edits.add(account, `revenue ${year} ${before === undefined ? 'added:' : `${formatMoney(before, currency)} →`} ${formatMoney(sum, currency)}`);
		}
		if (changed.length === 0) continue;
		edits.edit(account, 'financials', (editor) => {
			const map = editor.node(['financials', 'revenue']);
			if (isMap(map)) for (const [year, sum] of changed) editor.set(map, year, sum);
			else {
				const flow = `{ ${changed.map(([y, s]) => `${y}: ${s}`).join(', ')} }`;
				const financials = editor.node(['financials']);
				if (isMap(financials)) editor.addPair(financials, 'revenue', flow);
				else editor.addTopLevel('financials', `\n  revenue: ${flow}`);
			}
		});
	}
}
