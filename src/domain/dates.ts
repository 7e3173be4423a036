/**
 * Pure helpers on calendar dates written as `YYYY-MM-DD` strings. Dates stay
 * strings everywhere so that no time zone can shift them; arithmetic happens
 * on UTC midnights.
 *
 * Fiscal years are named after the calendar year in which they start: with
 * `fiscalYearStart: 4`, fiscal year 2026 runs from 2026-04-01 to 2027-03-31.
 * Periods (`2026-Q3`, `2026-H2`) count from the fiscal year's first month, so
 * with the default `fiscalYearStart: 1` they are calendar quarters and halves.
 */

const DAY = 86_400_000;

/** The number written in ASCII digits from `from` to `to` of `text`, or -1 when a character there is not a digit. */
function digits(text: string, from: number, to: number): number {
	let n = 0;
	for (let i = from; i < to; i++) {
		const c = text.charCodeAt(i) - 48;
		if (c < 0 || c > 9) return -1;
		n = n * 10 + c;
	}
	return n;
}

/**
 * Year, month and day of a date: read digit by digit when it is written `YYYY-MM-DD` (every date a plan holds,
 * read thousands of times per `check`), else as the `-`-separated numbers it holds.
 */
function partsOf(date: string): [number, number, number] {
	if (date.length === 10 && date.charCodeAt(4) === 45 && date.charCodeAt(7) === 45) {
		const y = digits(date, 0, 4);
		const m = digits(date, 5, 7);
		const d = digits(date, 8, 10);
		if (y >= 0 && m >= 0 && d >= 0) return [y, m, d];
	}
	const [y, m, d] = date.split('-').map(Number);
	return [y, m, d];
}

/** The UTC midnight of a `YYYY-MM-DD` date. */
export function toUtc(date: string): Date {
	const [y, m, d] = partsOf(date);
	return new Date(Date.UTC(y, m - 1, d));
}

/** `YYYY-MM-DD` of a `Date`, read in UTC. */
export function fromUtc(date: Date): string {
	return date.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to`: positive when `to` is later. */
export function daysBetween(from: string, to: string): number {
	return Math.round((toUtc(to).getTime() - toUtc(from).getTime()) / DAY);
}

/** The date `days` days after `date` (before it when negative). */
export function addDays(date: string, days: number): string {
	return fromUtc(new Date(toUtc(date).getTime() + days * DAY));
}

/** The same day `months` months later (earlier when negative), clamped to the month's last day. */
export function addMonths(date: string, months: number): string {
	const [y, m, d] = partsOf(date);
	const index = y * 12 + (m - 1) + months;
	const year = Math.floor(index / 12);
	const month = index - year * 12;
	// Written out for the four-digit years plans use; `Date.UTC` (which reads years 0–99 as 1900–1999) for the rest.
	if (year >= 1000 && year <= 9999 && d >= 1 && Number.isInteger(d)) {
		const day = Math.min(d, daysInMonth(year, month));
		return `${year}-${month < 9 ? '0' : ''}${month + 1}-${day < 10 ? '0' : ''}${day}`;
	}
	const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
	return fromUtc(new Date(Date.UTC(year, month, Math.min(d, last))));
}

/** Days in month `month` (0 = January) of `year`, in the Gregorian calendar. */
function daysInMonth(year: number, month: number): number {
	if (month === 1) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
	return month === 3 || month === 5 || month === 8 || month === 10 ? 30 : 31;
}

/** Whole months from `from` to `to` (negative when `to` is earlier); a month counts once its day is reached. */
export function monthsBetween(from: string, to: string): number {
	const [fy, fm] = partsOf(from);
	const [ty, tm] = partsOf(to);
	let months = (ty - fy) * 12 + (tm - fm);
	if (months > 0 && addMonths(from, months) > to) months--;
	if (months < 0 && addMonths(from, months) < to) months++;
	return months;
}

/** The fiscal year `date` falls in, named after the calendar year in which that fiscal year starts. */
export function fiscalYearOf(date: string, startMonth = 1): number {
	const [y, m] = partsOf(date);
	return m >= startMonth ? y : y - 1;
}

/** First day of fiscal year `year`. */
export function fiscalYearStartDate(year: number, startMonth = 1): string {
	return `${year}-${String(startMonth).padStart(2, '0')}-01`;
}

/** Last day of fiscal year `year`. */
export function fiscalYearEndDate(year: number, startMonth = 1): string {
	return addDays(fiscalYearStartDate(year + 1, startMonth), -1);
}

/** Fraction (0..1) of the fiscal year that has elapsed by the end of `date`. */
export function fiscalYearElapsed(date: string, startMonth = 1): number {
	const year = fiscalYearOf(date, startMonth);
	const start = fiscalYearStartDate(year, startMonth);
	const length = daysBetween(start, fiscalYearStartDate(year + 1, startMonth));
	return Math.min(1, Math.max(0, (daysBetween(start, date) + 1) / length));
}

export type PeriodKind = 'Q' | 'H';
const PERIOD = /^(\d{4})-(Q[1-4]|H[12])$/;

/** The quarter (`2026-Q4`) or half-year (`2026-H2`) that `date` falls in. */
export function periodOf(date: string, kind: PeriodKind = 'Q', startMonth = 1): string {
	const year = fiscalYearOf(date, startMonth);
	const monthIndex = (Number(date.slice(5, 7)) - startMonth + 12) % 12;
	const size = kind === 'Q' ? 3 : 6;
	return `${year}-${kind}${Math.floor(monthIndex / size) + 1}`;
}

function parsePeriod(period: string): { year: number; kind: PeriodKind; n: number } {
	const m = PERIOD.exec(period);
	if (!m) throw new Error(`"${period}" is not a period: write YYYY-Qn or YYYY-Hn`);
	return { year: Number(m[1]), kind: m[2][0] as PeriodKind, n: Number(m[2][1]) };
}

/** `Q` or `H`. */
export function periodKind(period: string): PeriodKind {
	return parsePeriod(period).kind;
}

/** The period before `period`: `2026-Q1` → `2025-Q4`, `2026-H1` → `2025-H2`. */
export function previousPeriod(period: string): string {
	const { year, kind, n } = parsePeriod(period);
	const count = kind === 'Q' ? 4 : 2;
	return n > 1 ? `${year}-${kind}${n - 1}` : `${year - 1}-${kind}${count}`;
}

/** The period after `period`: `2026-Q4` → `2027-Q1`. */
export function nextPeriod(period: string): string {
	const { year, kind, n } = parsePeriod(period);
	const count = kind === 'Q' ? 4 : 2;
	return n < count ? `${year}-${kind}${n + 1}` : `${year + 1}-${kind}1`;
}

/** First day of a period. */
export function periodStart(period: string, startMonth = 1): string {
	const { year, kind, n } = parsePeriod(period);
	return addMonths(fiscalYearStartDate(year, startMonth), (n - 1) * (kind === 'Q' ? 3 : 6));
}

/** Last day of a period. */
export function periodEnd(period: string, startMonth = 1): string {
	return addDays(periodStart(nextPeriod(period), startMonth), -1);
}

/** Orders periods in time (quarters and halves of the same year compare by start month). */
export function comparePeriods(a: string, b: string): number {
	const sa = periodMonth(a);
	const sb = periodMonth(b);
	return sa < sb ? -1 : sa > sb ? 1 : 0;
}

/** A period's first month counted from year 0: orders periods as their first days do (periods have four-digit years), without making those dates. */
function periodMonth(period: string): number {
	const { year, kind, n } = parsePeriod(period);
	return year * 12 + (n - 1) * (kind === 'Q' ? 3 : 6);
}
