/**
 * Values inside what the outputs can carry: `check` refuses, at the field,
 * dates outside 1900–2199, amounts and counts beyond their bounds, date-times
 * tagged or not, and YAML tags outside the core schema — instead of passing
 * them on to a calendar, a dashboard or a deck that cannot carry them.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadPortfolio } from '../../src/loader/portfolio';
import { HEALTHY, sandbox } from '../support/sandbox';
import { useTempDirs } from '../support/temp';

const temp = useTempDirs();

/** The error problems of the sample plan after `edit` of its text. */
function errorsAfter(edit: (text: string) => string) {
	const box = temp.keep(sandbox([HEALTHY]));
	box.editText(HEALTHY, edit);
	const lines = readFileSync(box.planPath(HEALTHY), 'utf8').split('\n');
	const errors = loadPortfolio(box.root).problems.filter((p) => p.severity === 'error');
	return { errors, lines };
}

describe('dates', () => {
	test.each([
		['0100-03-01', 'reviewed: 2026-11-10', 'reviewed: 0100-03-01', 'reviewed'],
		['9999-12-31', 'due: 2026-12-09', 'due: 9999-12-31', 'actions[0].due'],
		['1899-12-31', 'lastContact: 2026-10-14', 'lastContact: 1899-12-31', 'contacts[0].lastContact'],
		['2200-01-01', 'dates: [2026-03-12,', 'dates: [2200-01-01,', 'cadence[0].dates[0]'],
	])('%s is refused at its field', (value, from, to, path) => {
		const { errors, lines } = errorsAfter((t) => t.replace(from, to));
		const error = errors.find((e) => e.path === path);
		expect(error?.message, JSON.stringify(errors)).toBe(`"${value}" is outside the years 1900–2199 that Keyplan accepts: check the year`);
		expect(lines[error!.line! - 1]).toContain(value);
	});

	test('1900-01-01 and 2199-12-31 are accepted', () => {
		const { errors } = errorsAfter((t) => t.replace('lastContact: 2026-10-14', 'lastContact: 1900-01-01').replace('due: 2027-01-20', 'due: 2199-12-31'));
		expect(errors).toEqual([]);
	});

	test('a date-time is refused the same, written plain or tagged !!timestamp, never moved to the UTC day', () => {
		const plain = errorsAfter((t) => t.replace('due: 2026-12-09', 'due: 2026-11-20T23:30:00-05:00')).errors;
		expect(plain.map((e) => [e.path, e.message])).toEqual([['actions[0].due', '"2026-11-20T23:30:00-05:00" is not a date: write it as YYYY-MM-DD']]);
		const { errors, lines } = errorsAfter((t) => t.replace('due: 2026-12-09', 'due: !!timestamp 2026-11-20T23:30:00-05:00'));
		expect(errors).toHaveLength(1);
		expect(errors[0].message).toMatch(/the tag "!!timestamp" is not read/);
		expect(lines[errors[0].line! - 1]).toContain('!!timestamp');
	});
});

describe('YAML tags outside the core schema', () => {
	test.each(['!!js/function "function () { return 1 }"', '!!js/regexp /a+/', '!!python/object:os.system "ls"', '!custom value', '!!binary aGVsbG8=', '!!set { a, b }'])('%s is an error at its line', (tagged) => {
		const { errors, lines } = errorsAfter((t) => t.replace('industry: Logistics & warehousing', `industry: ${tagged}`));
		expect(errors).toHaveLength(1);
		expect(errors[0].message).toMatch(/YAML tag not allowed at line \d+, column \d+: the tag "[^"]+" is not read/);
		expect(lines[errors[0].line! - 1]).toContain(tagged.split(' ')[0]);
	});

	test('the core schema\'s own tags still read', () => {
		const { errors } = errorsAfter((t) => t.replace('industry: Logistics & warehousing', 'industry: !!str 42'));
		expect(errors).toEqual([]);
	});
});

describe('numbers', () => {
	test.each([
		['revenue: { 2024: 3100000,', 'revenue: { 2024: 1e308,', 'financials.revenue.2024', /an amount is at most 1e\+13/],
		['revenue: { 2024: 3100000,', 'revenue: { 2024: .inf,', 'financials.revenue.2024', /./],
		['revenue: { 2024: 3100000,', 'revenue: { 2024: .nan,', 'financials.revenue.2024', /./],
		['employees: 8200', 'employees: 1e12', 'business.employees', /a count is at most 1,000,000,000/],
		['annualRevenue: 1450000000', 'annualRevenue: 1e300', 'business.annualRevenue', /an amount is at most/],
	])('%s → %s is refused at its field', (from, to, path, message) => {
		const { errors } = errorsAfter((t) => t.replace(from, to));
		const error = errors.find((e) => e.path === path);
		expect(error?.message, JSON.stringify(errors)).toMatch(message);
	});

	test('an exchange rate of 1e300 and a stale threshold of 1e9 days are refused in settings', () => {
		const box = temp.keep(sandbox([HEALTHY]));
		const file = join(box.root, 'content', 'settings.yaml');
		writeFileSync(file, readFileSync(file, 'utf8').replace('rates: { GBP: 1.15 }', 'rates: { GBP: 1e300 }').replace('reviewStaleDays: 90', 'reviewStaleDays: 1000000000'));
		const errors = loadPortfolio(box.root).problems.filter((p) => p.severity === 'error');
		expect(errors.map((e) => e.path).sort()).toEqual(['exchangeRates.rates.GBP', 'reviewStaleDays']);
	});
});
