/**
 * Reading an export's rows against the portfolio: a row's cells by field,
 * problems on the row and column they come from, the account a row is for
 * (by the id the plan carries for that system, else by exact name), and an
 * amount in the plan's currency.
 */
import type { Account, Portfolio } from '../loader/portfolio.ts';
import type { Problem } from '../schema/problem.ts';
import { decimalHint, dayFirstHint, parseAmount, type Conventions } from './values.ts';
import { locateColumns, normal, type FieldName, type Preset } from './presets.ts';
import type { Cell, Row } from './table.ts';

/** What a kind of import needs to read rows. */
export interface RowReader {
	/** The export's path as shown in problems. */
	file: string;
	header: readonly string[];
	columns: Partial<Record<FieldName, number>>;
	conventions: Conventions;
	preset: Preset;
	problems: Problem[];
	/** Notes for the report (conversions, owners not found): not problems. */
	notes: string[];
}

/** A reader for a table: columns located by the preset; conventions from `--locale`, else from the file's unambiguous values. */
export function rowReader(file: string, header: readonly string[], rows: readonly Row[], preset: Preset, locale: Conventions | undefined): RowReader {
	const columns = locateColumns(header, preset);
	const conventions: Conventions = { ...locale };
	const text = (row: Row, field: FieldName) => (columns[field] === undefined ? undefined : row.cells[columns[field]!]);
	for (const row of rows) {
		const amount = text(row, 'amount');
		if (conventions.decimal === undefined && typeof amount === 'string') conventions.decimal = decimalHint(amount.trim()) ?? undefined;
		for (const field of ['date', 'closeDate'] as const) {
			const date = text(row, field);
			if (conventions.dayFirst === undefined && typeof date === 'string') conventions.dayFirst = dayFirstHint(date);
		}
	}
	return { file, header, columns, conventions, preset, problems: [], notes: [] };
}

/** The cell of `field` in a row; `undefined` when the column is missing or the cell empty. */
export function cellOf(reader: RowReader, row: Row, field: FieldName): Cell | undefined {
	const at = reader.columns[field];
	if (at === undefined) return undefined;
	const cell = row.cells[at];
	return cell === undefined || (typeof cell === 'string' && cell.trim() === '') ? undefined : cell;
}

/** The cell of `field` as trimmed text. */
export function textOf(reader: RowReader, row: Row, field: FieldName): string | undefined {
	const cell = cellOf(reader, row, field);
	if (cell === undefined) return undefined;
	return cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell).trim();
}

/** Records a problem on a row, at the column of `field` (or the row's start). */
export function problemAt(reader: RowReader, row: Row, field: FieldName | undefined, message: string): void {
	const at = field === undefined ? undefined : reader.columns[field];
	reader.problems.push({ file: reader.file, line: row.line, column: (at ?? 0) + 1, path: at === undefined ? '' : reader.header[at].trim(), message, severity: 'error' });
}

/** Finds the plan a row is for: by the id the plan carries for the system, else by its exact name (case and spaces ignored). */
export class AccountMatcher {
	private readonly byId = new Map<string, Account[]>();
	private readonly byName = new Map<string, Account[]>();

	constructor(
		portfolio: Portfolio,
		private readonly systems: readonly ('crm' | 'erp')[],
	) {
		const add = (map: Map<string, Account[]>, key: string, account: Account) => map.set(key, [...(map.get(key) ?? []), account]);
		for (const account of portfolio.accounts) {
			for (const system of systems) {
				const id = account.plan.data[system]?.id;
				if (id) add(this.byId, `${system}\0${id.trim()}`, account);
			}
			add(this.byName, normal(account.plan.data.name), account);
		}
	}

	/** The row's account, or `undefined` after a problem on the row. */
	match(reader: RowReader, row: Row): Account | undefined {
		const id = textOf(reader, row, 'accountId');
		const name = textOf(reader, row, 'account');
		if (id !== undefined) {
			for (const system of this.systems) {
				const found = this.byId.get(`${system}\0${id}`);
				if (found?.length === 1) return found[0];
				if (found && found.length > 1) {
					problemAt(reader, row, 'accountId', `account id "${id}" is in more than one plan (${found.map((a) => a.slug).join(', ')}): give each plan its own ${system}.id`);
					return undefined;
				}
			}
		}
		if (name === undefined) {
			if (id === undefined) problemAt(reader, row, reader.columns.account === undefined ? 'accountId' : 'account', 'no account on this row');
			else problemAt(reader, row, 'accountId', `no plan has ${this.systems.map((s) => `${s}.id`).join(' or ')} "${id}", and the row names no account`);
			return undefined;
		}
		const found = this.byName.get(normal(name)) ?? [];
		if (found.length === 1) return found[0];
		if (found.length > 1) problemAt(reader, row, 'account', `account "${name}" is the name of more than one plan (${found.map((a) => a.slug).join(', ')}): give them ${this.systems[0]}: { id: … } and export the id`);
		else problemAt(reader, row, 'account', `unknown account "${name}": no plan has this name${id ? ` nor the id "${id}"` : ''} (match by ${this.systems[0]}: { id: … } in the plan, or fix the name)`);
		return undefined;
	}
}

/** The plan's currency: its own, else the reporting currency. */
export const planCurrency = (portfolio: Portfolio, account: Account): string => account.plan.data.financials.currency ?? portfolio.settings.currency;

/**
 * A row's amount in the plan's currency, converted at the settings' exchange
 * rates when the row is in another; `undefined` after a problem.
 */
export function amountOf(reader: RowReader, row: Row, portfolio: Portfolio, account: Account): number | undefined {
	const cell = cellOf(reader, row, 'amount');
	if (cell === undefined) return undefined;
	let amount: number;
	let currency = textOf(reader, row, 'currency')?.toUpperCase();
	if (typeof cell === 'number') amount = cell;
	else {
		const read = parseAmount(cell instanceof Date ? cell.toISOString() : cell, reader.conventions);
		if (!read.ok) {
			problemAt(reader, row, 'amount', read.message);
			return undefined;
		}
		amount = read.value.amount;
		currency ??= read.value.currency;
	}
	const target = planCurrency(portfolio, account);
	if (!currency || currency === target) return amount;
	const { currency: reporting, exchangeRates } = portfolio.settings;
	const rate = (code: string) => (code === reporting ? 1 : exchangeRates?.rates[code]);
	const from = rate(currency);
	const to = rate(target);
	if (from === undefined || to === undefined) {
		problemAt(reader, row, reader.columns.currency === undefined ? 'amount' : 'currency', `${currency} has no exchange rate in settings.yaml (exchangeRates.rates): add one, or export in ${target}`);
		return undefined;
	}
	const note = `amounts in ${currency} converted to ${target} at the rates of ${exchangeRates?.asOf ?? 'settings.yaml'}`;
	if (!reader.notes.includes(note)) reader.notes.push(note);
	return (amount * from) / to;
}
