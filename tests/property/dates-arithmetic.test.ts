/**
 * The date helpers read `YYYY-MM-DD` digit by digit and write the dates of
 * `addMonths` out themselves (they run thousands of times per `check`): on
 * any date, well formed or not, they give what the plain `split` and
 * `Date.UTC` definitions below give, and periods sort as their first days do;
 * `isCalendarDate` accepts the dates that exist without making most of them.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { addMonths, comparePeriods, fiscalYearOf, monthsBetween, periodStart, toUtc } from '../../src/domain/dates';
import { isCalendarDate } from '../../src/schema/primitives';

/** The definitions the helpers had before they were made faster. */
const definition = {
	toUtc(date: string): Date {
		const [y, m, d] = date.split('-').map(Number);
		return new Date(Date.UTC(y, m - 1, d));
	},
	addMonths(date: string, months: number): string {
		const [y, m, d] = date.split('-').map(Number);
		const index = y * 12 + (m - 1) + months;
		const year = Math.floor(index / 12);
		const month = index - year * 12;
		const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
		return new Date(Date.UTC(year, month, Math.min(d, last))).toISOString().slice(0, 10);
	},
	fiscalYearOf(date: string, startMonth: number): number {
		const [y, m] = date.split('-').map(Number);
		return m >= startMonth ? y : y - 1;
	},
};

const pad = (n: number, width: number) => String(n).padStart(width, '0');
/** Calendar dates, some impossible (day 31 in a 30-day month, day 0, month 13), over four-digit years and the 0–99 years `Date.UTC` reads as 19xx. */
const date = fc
	.tuple(fc.oneof(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 0, max: 999 })), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
	.map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`);
/** Text that is almost a date. */
const nearlyDate = fc.oneof(date, fc.constantFrom('2026-1-5', '-202-01-01', '2026-01-1x', '20260101', '2026-011-1', ' 026-01-01', '2026-01-01T00:00', ''));

describe('date helpers', () => {
	test('toUtc reads every text as the split definition does', () => {
		fc.assert(
			fc.property(nearlyDate, (text) => {
				expect(toUtc(text).getTime()).toEqual(definition.toUtc(text).getTime());
			}),
			{ numRuns: 5_000 },
		);
	});

	test('addMonths gives the Date.UTC definition\'s date, clamped to the month\'s end, leap years included', () => {
		fc.assert(
			fc.property(date, fc.integer({ min: -1300, max: 1300 }), (from, months) => {
				let expected: string | undefined;
				try {
					expected = definition.addMonths(from, months);
				} catch {
					expected = undefined; // an invalid Date: the helper must throw too
				}
				if (expected === undefined) expect(() => addMonths(from, months)).toThrow();
				else expect(addMonths(from, months)).toBe(expected);
			}),
			{ numRuns: 20_000 },
		);
		expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
		expect(addMonths('2100-03-31', -1)).toBe('2100-02-28');
		expect(addMonths('2000-01-30', 1)).toBe('2000-02-29');
	});

	test('fiscalYearOf and monthsBetween read dates as before', () => {
		fc.assert(
			fc.property(nearlyDate, fc.integer({ min: 1, max: 12 }), (text, start) => {
				expect(fiscalYearOf(text, start)).toEqual(definition.fiscalYearOf(text, start));
			}),
		);
		fc.assert(
			fc.property(date, date, (a, b) => {
				const [fy, fm] = a.split('-').map(Number);
				const [ty, tm] = b.split('-').map(Number);
				let months = (ty - fy) * 12 + (tm - fm);
				try {
					if (months > 0 && definition.addMonths(a, months) > b) months--;
					if (months < 0 && definition.addMonths(a, months) < b) months++;
				} catch {
					return; // an invalid Date on the way: not a date plans can hold
				}
				expect(monthsBetween(a, b)).toBe(months);
			}),
			{ numRuns: 5_000 },
		);
	});

	test('periods sort as their first days do', () => {
		const period = fc.tuple(fc.integer({ min: 1000, max: 9999 }), fc.constantFrom('Q1', 'Q2', 'Q3', 'Q4', 'H1', 'H2')).map(([y, p]) => `${y}-${p}`);
		fc.assert(
			fc.property(period, period, (a, b) => {
				const sa = periodStart(a);
				const sb = periodStart(b);
				expect(comparePeriods(a, b)).toBe(sa < sb ? -1 : sa > sb ? 1 : 0);
			}),
			{ numRuns: 5_000 },
		);
		expect(['2026-Q3', '2026-H1', '2025-Q4', '2026-Q1'].sort(comparePeriods)).toEqual(['2025-Q4', '2026-H1', '2026-Q1', '2026-Q3']);
	});
});

describe('isCalendarDate', () => {
	/** The definition: the date Date.UTC makes has the same year, month and day. */
	const definition = (value: string) => {
		const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
		if (!m) return false;
		const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
		const made = new Date(Date.UTC(y, mo - 1, d));
		return made.getUTCFullYear() === y && made.getUTCMonth() === mo - 1 && made.getUTCDate() === d;
	};

	test('accepts exactly the dates that exist', () => {
		fc.assert(
			fc.property(nearlyDate, (value) => {
				expect(isCalendarDate(value)).toBe(definition(value));
			}),
			{ numRuns: 20_000 },
		);
		expect(['2024-02-29', '2023-02-29', '0050-01-01', '2026-13-01', '2026-04-31', '2026-04-28'].map(isCalendarDate)).toEqual([true, false, false, false, false, true]);
	});
});
