/** Date helpers on YYYY-MM-DD strings, and "today". */
import { describe, expect, test } from 'vitest';
import {
	addDays,
	addMonths,
	comparePeriods,
	daysBetween,
	fiscalYearElapsed,
	fiscalYearEndDate,
	fiscalYearOf,
	fiscalYearStartDate,
	monthsBetween,
	nextPeriod,
	periodEnd,
	periodOf,
	periodStart,
	previousPeriod,
} from '../../src/domain/dates';
import { today, TodayError } from '../../src/build/today';

describe('day and month arithmetic', () => {
	test('daysBetween counts calendar days, across leap days and DST changes', () => {
		expect(daysBetween('2026-11-24', '2026-11-24')).toBe(0);
		expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
		expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
		expect(daysBetween('2026-12-01', '2026-11-24')).toBe(-7);
	});

	test('addDays and addMonths (clamped to the month end)', () => {
		expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
		expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
		expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
		expect(addMonths('2028-12-31', -6)).toBe('2028-06-30');
		expect(addMonths('2027-05-31', -18)).toBe('2025-11-30');
		expect(addMonths('2026-11-24', 3)).toBe('2027-02-24');
	});

	test('monthsBetween counts whole months', () => {
		expect(monthsBetween('2026-11-24', '2027-05-31')).toBe(6);
		expect(monthsBetween('2026-11-24', '2027-05-23')).toBe(5);
		expect(monthsBetween('2026-11-24', '2027-05-24')).toBe(6);
		expect(monthsBetween('2026-11-24', '2026-10-25')).toBe(0);
		expect(monthsBetween('2026-11-24', '2026-10-24')).toBe(-1);
	});
});

describe('fiscal years', () => {
	test('are named after the calendar year they start in', () => {
		expect(fiscalYearOf('2026-11-24')).toBe(2026);
		expect(fiscalYearOf('2026-03-31', 4)).toBe(2025);
		expect(fiscalYearOf('2026-04-01', 4)).toBe(2026);
		expect([fiscalYearStartDate(2026, 4), fiscalYearEndDate(2026, 4)]).toEqual(['2026-04-01', '2027-03-31']);
	});

	test('elapsed fraction counts today as elapsed', () => {
		expect(fiscalYearElapsed('2026-01-01')).toBeCloseTo(1 / 365);
		expect(fiscalYearElapsed('2026-11-24')).toBeCloseTo(328 / 365);
		expect(fiscalYearElapsed('2026-12-31')).toBe(1);
		expect(fiscalYearElapsed('2026-04-01', 4)).toBeCloseTo(1 / 365);
	});
});

describe('periods', () => {
	test('periodOf quarters and halves, calendar or fiscal', () => {
		expect(periodOf('2026-11-24')).toBe('2026-Q4');
		expect(periodOf('2026-06-30', 'H')).toBe('2026-H1');
		expect(periodOf('2026-11-24', 'Q', 4)).toBe('2026-Q3');
		expect(periodOf('2027-02-01', 'Q', 4)).toBe('2026-Q4');
	});

	test('previous, next, start, end and order', () => {
		expect(previousPeriod('2026-Q1')).toBe('2025-Q4');
		expect(previousPeriod('2026-H2')).toBe('2026-H1');
		expect(nextPeriod('2026-Q4')).toBe('2027-Q1');
		expect(nextPeriod('2026-H2')).toBe('2027-H1');
		expect([periodStart('2026-Q3'), periodEnd('2026-Q3')]).toEqual(['2026-07-01', '2026-09-30']);
		expect([periodStart('2026-Q1', 4), periodEnd('2026-H2', 4)]).toEqual(['2026-04-01', '2027-03-31']);
		expect(['2026-Q3', '2025-Q4', '2027-Q1', '2026-Q1'].sort(comparePeriods)).toEqual(['2025-Q4', '2026-Q1', '2026-Q3', '2027-Q1']);
		expect(comparePeriods('2026-H2', '2026-Q4')).toBeLessThan(0);
		expect(comparePeriods('2026-H1', '2026-Q1')).toBe(0);
		expect(() => previousPeriod('2026-Q5')).toThrow(/not a period/);
	});
});

describe('today', () => {
	test('comes from KEYPLAN_TODAY when set (vitest sets it)', () => {
		expect(today()).toBe('2026-11-24');
		expect(today({ KEYPLAN_TODAY: ' 2027-02-28 ' })).toBe('2027-02-28');
	});

	test('else from the clock, as a UTC date', () => {
		expect(today({}, () => new Date('2026-12-31T23:30:00-02:00'))).toBe('2027-01-01');
	});

	test('a bad value is a clear error', () => {
		expect(() => today({ KEYPLAN_TODAY: '2026-02-30' })).toThrow(TodayError);
		expect(() => today({ KEYPLAN_TODAY: '24.11.2026' })).toThrow('KEYPLAN_TODAY="24.11.2026" is not a date: write it as YYYY-MM-DD');
	});
});
