/**
 * Numbers and dates as people (and their spreadsheets) write them:
 * `1,234,567.89`, `1.234.567,89`, `1 234 567,89`, `31.12.2026`,
 * `12/31/2026`, Excel serial dates. Anything that needs a guess (`€ 1.2M`,
 * `1,234` when nothing says which separator is the decimal one) is an error
 * with a reason, never a guess: a wrong revenue figure is worse than none.
 */
import { isCalendarDate } from '../schema/primitives.ts';
import { addDays } from '../domain/dates.ts';
import { localeConventions } from '../domain/format.ts';

/** How a file writes numbers and dates, from `--locale` or from the file's own unambiguous values. */
export interface Conventions {
	/** The decimal separator, when known. */
	decimal?: '.' | ',';
	/** Whether `01/02/2026` is the first of February (day first) or the second of January; when known. */
	dayFirst?: boolean;
}

/** A parsed value or the reason it cannot be read. */
export type Read<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): Read<T> => ({ ok: true, value });
const fail = <T>(message: string): Read<T> => ({ ok: false, message });

/** The conventions of a BCP 47 locale (`de`, `en-US`, `fr-CH`); `undefined` for a locale Intl does not know. */
export const conventionsOf = (locale: string): Conventions | undefined => localeConventions(locale);

/** Currency signs and codes an amount may carry before or after its digits. */
const CURRENCY = /^(?:([A-Z]{3})|([€$£¥₣₤]))\s*|\s*(?:([A-Z]{3})|([€$£¥]))$/;
const SIGN_TO_CODE: Record<string, string> = { '€': 'EUR', $: 'USD', '£': 'GBP', '¥': 'JPY' };
/** Spaces people and spreadsheets use as thousands separators (space, no-break, narrow no-break, thin, apostrophe). */
const GROUP_SPACES = /[ \u00a0\u202f\u2009']/g;

/** What one amount's text says about the decimal separator: `1.234,5` says `,`; `1,234` says nothing. */
export function decimalHint(text: string): Conventions['decimal'] {
	const t = text.replace(CURRENCY, '').replace(GROUP_SPACES, '').replace(/^[-(]|\)$/g, '');
	// Only a number can say how the file writes numbers ("€ 1.2M" says nothing).
	if (!/^\d[\d.,]*\d$|^\d$/.test(t)) return undefined;
	const dot = t.lastIndexOf('.');
	const comma = t.lastIndexOf(',');
	if (dot >= 0 && comma >= 0) return dot > comma ? '.' : ',';
	const only = dot >= 0 ? '.' : comma >= 0 ? ',' : undefined;
	if (!only) return undefined;
	const count = t.split(only).length - 1;
	if (count > 1) return only === '.' ? ',' : '.';
	const after = t.length - t.lastIndexOf(only) - 1;
	return after === 3 ? undefined : only;
}

/** An amount and the currency its text named (`EUR 1,200.00`, `1.200,00 €`), if any. */
export function parseAmount(raw: string, conventions: Conventions): Read<{ amount: number; currency?: string }> {
	const text = raw.trim();
	let rest = text;
	let currency: string | undefined;
	const m = CURRENCY.exec(rest);
	if (m) {
		currency = m[1] ?? m[3] ?? SIGN_TO_CODE[m[2] ?? m[4]];
		rest = rest.replace(CURRENCY, '');
	}
	let negative = false;
	if (/^\(.*\)$/.test(rest)) [negative, rest] = [true, rest.slice(1, -1)];
	if (/^[-−]/.test(rest)) [negative, rest] = [true, rest.slice(1)];
	rest = rest.replace(GROUP_SPACES, '');
	if (!/^\d[\d.,]*$/.test(rest) || /[.,]$/.test(rest)) return fail(`"${text}" is not a number: write digits with at most thousands separators and a decimal separator, e.g. 1234567.89 or 1.234.567,89`);
	const decimal = decimalHint(rest) ?? conventions.decimal;
	if (!decimal && /[.,]/.test(rest)) return fail(`"${text}" could be read two ways (is the separator for thousands or decimals?): pass --locale, e.g. --locale en-US or --locale de`);
	const group = decimal === '.' ? ',' : '.';
	const [whole, fraction = '', extra] = rest.split(decimal ?? '.');
	if (extra !== undefined) return fail(`"${text}" has more than one decimal separator "${decimal}"`);
	if (fraction.includes(group)) return fail(`"${text}" has a thousands separator after the decimal separator`);
	const groups = whole.split(group);
	if (groups.length > 1 && (groups[0].length > 3 || groups.slice(1).some((g) => g.length !== 3))) return fail(`"${text}" has thousands separators in the wrong places`);
	const amount = Number(`${groups.join('')}.${fraction || '0'}`);
	return ok({ amount: negative ? -amount : amount, ...(currency && { currency }) });
}

/** What one date's text says about the order of day and month: `31/12/2026` says day first; `01/02/2026` says nothing. */
export function dayFirstHint(text: string): boolean | undefined {
	const m = /^(\d{1,2})\/(\d{1,2})\/\d{4}$/.exec(text.trim());
	if (!m) return undefined;
	if (Number(m[1]) > 12) return true;
	if (Number(m[2]) > 12) return false;
	return undefined;
}

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

/** Excel's day 0 is 1899-12-30 (its 1900 leap-year bug included): serial 46022 is 2025-12-31. */
export function excelSerialDate(serial: number): string {
	return addDays('1899-12-30', Math.floor(serial));
}

/** A calendar date from ISO, `31.12.2026`, `12/31/2026` (day or month first by the conventions), a JS Date or an Excel serial. */
export function parseDate(value: string | number | Date, conventions: Conventions): Read<string> {
	if (value instanceof Date) return Number.isNaN(value.getTime()) ? fail('is not a date') : ok(value.toISOString().slice(0, 10));
	if (typeof value === 'number') return value >= 1 && value < 2958466 ? ok(excelSerialDate(value)) : fail(`${value} is not a date`);
	const text = value.trim();
	let y: number, m: number, d: number;
	let match;
	if ((match = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+Z?)?$/.exec(text))) [y, m, d] = [+match[1], +match[2], +match[3]];
	else if ((match = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text))) [d, m, y] = [+match[1], +match[2], +match[3]];
	else if ((match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text))) {
		const dayFirst = dayFirstHint(text) ?? conventions.dayFirst;
		if (dayFirst === undefined) return fail(`"${text}" could be day/month or month/day: pass --locale, e.g. --locale en-US or --locale en-GB`);
		[d, m, y] = dayFirst ? [+match[1], +match[2], +match[3]] : [+match[2], +match[1], +match[3]];
	} else return fail(`"${text}" is not a date: write it as 2026-12-31, 31.12.2026 or 12/31/2026`);
	const date = iso(y, m, d);
	return isCalendarDate(date) ? ok(date) : fail(`"${text}" is not a date that exists`);
}

/** The period a revenue row is for: a day, a month (`2026-03`, `03/2026`, `03.2026`), a quarter (`2026-Q1`, `Q1 2026`) or a fiscal year (`FY2026`, `2026`). */
export type Period = { kind: 'day'; date: string } | { kind: 'month'; year: number; month: number } | { kind: 'quarter'; year: number; quarter: number } | { kind: 'year'; year: number };

/** A revenue row's period from its text (or a date cell). Quarters and bare years are fiscal ones. */
export function parsePeriod(value: string | number | Date, conventions: Conventions): Read<Period> {
	if (typeof value !== 'string') {
		if (typeof value === 'number' && Number.isInteger(value) && value >= 1900 && value <= 2999) return ok({ kind: 'year', year: value });
		const date = parseDate(value, conventions);
		return date.ok ? ok({ kind: 'day', date: date.value }) : date;
	}
	const text = value.trim();
	let m;
	if ((m = /^(?:FY\s*)?(\d{4})$/i.exec(text))) return ok({ kind: 'year', year: +m[1] });
	if ((m = /^(\d{4})-?Q([1-4])$/i.exec(text)) || (m = /^Q([1-4])[\s/-]*(\d{4})$/i.exec(text))) {
		const [year, quarter] = /^Q/i.test(text) ? [+m[2], +m[1]] : [+m[1], +m[2]];
		return ok({ kind: 'quarter', year, quarter });
	}
	if ((m = /^(\d{4})-(\d{1,2})$/.exec(text)) || (m = /^(\d{1,2})[./](\d{4})$/.exec(text))) {
		const [year, month] = m[1].length === 4 ? [+m[1], +m[2]] : [+m[2], +m[1]];
		if (month < 1 || month > 12) return fail(`"${text}" is not a month that exists`);
		return ok({ kind: 'month', year, month });
	}
	const date = parseDate(text, conventions);
	if (date.ok) return ok({ kind: 'day', date: date.value });
	// Written as a day, but not one that exists (2026-02-30): say that, not that it is no period.
	if (/^\d{4}-\d{1,2}-\d{1,2}$|^\d{1,2}[./]\d{1,2}[./]\d{4}$/.test(text)) return date;
	return fail(`"${text}" is not a date or period: write a day (2026-03-31), a month (2026-03), a quarter (2026-Q1) or a fiscal year (FY2026)`);
}

/** The fiscal year a period falls in, by the month the fiscal year starts; quarters and years are fiscal already. */
export function fiscalYearOfPeriod(period: Period, startMonth: number): number {
	switch (period.kind) {
		case 'day':
			return Number(period.date.slice(5, 7)) >= startMonth ? Number(period.date.slice(0, 4)) : Number(period.date.slice(0, 4)) - 1;
		case 'month':
			return period.month >= startMonth ? period.year : period.year - 1;
		default:
			return period.year;
	}
}
