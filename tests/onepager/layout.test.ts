/** Layout helpers: rows that fit, lanes on the timeline, the facts line, and how figures read. */
import { describe, expect, it } from 'vitest';
import * as fmt from '../../src/onepager/format';
import { metaWidths } from '../../src/onepager/layouts/header';
import { assignLanes, labelSpan } from '../../src/onepager/layouts/lanes';
import { fitRows } from '../../src/onepager/layouts/parts';

describe('fitRows', () => {
	it('shows everything when it all fits', () => {
		expect(fitRows(3, 100, 30, 5, 20)).toEqual({ shown: 3, more: 0 });
	});
	it('keeps room for the "+N more" line when not everything fits', () => {
		// 3 rows take 100 px; with the more line (5 + 20) only 2 rows fit in 100.
		expect(fitRows(5, 100, 30, 5, 20)).toEqual({ shown: 2, more: 3 });
	});
	it('shows none when not even one row fits', () => {
		expect(fitRows(4, 10, 30, 5, 20)).toEqual({ shown: 0, more: 4 });
		expect(fitRows(0, 10, 30, 5, 20)).toEqual({ shown: 0, more: 0 });
	});
});

describe('assignLanes', () => {
	it('stacks overlapping spans in the next free lane', () => {
		const spans = [
			{ start: 0, end: 30 },
			{ start: 10, end: 40 },
			{ start: 20, end: 50 },
			{ start: 35, end: 65 },
		];
		expect(assignLanes(spans, 3, 4)).toEqual([0, 1, 2, 0]);
	});
	it('leaves spans out when every lane is taken', () => {
		expect(assignLanes([{ start: 0, end: 30 }, { start: 1, end: 31 }, { start: 2, end: 32 }], 2)).toEqual([0, 1, undefined]);
	});
	it('anchors a label to the left of its mark near the right edge', () => {
		expect(labelSpan(100, 50, 500)).toEqual({ start: 100, end: 150 });
		expect(labelSpan(480, 50, 500)).toEqual({ start: 430, end: 480 });
	});
});

describe('metaWidths', () => {
	it('keeps natural widths while they fit, clamps the last and drops the rest', () => {
		expect(metaWidths([100, 100, 100], 400, 20)).toEqual([100, 100, 100]);
		expect(metaWidths([100, 300, 100], 400, 20)).toEqual([100, 280]);
		expect(metaWidths([100, 100, 300], 300, 20, 90)).toEqual([100, 100]);
	});
});

describe('format', () => {
	it('writes money compactly', () => {
		expect(fmt.money(3520000, 'EUR')).toBe('3.52M EUR');
		expect(fmt.money(3900000, 'EUR')).toBe('3.9M EUR');
		expect(fmt.money(850000, 'EUR')).toBe('850k EUR');
		expect(fmt.money(950, 'EUR')).toBe('950 EUR');
		expect(fmt.money(5_560_000_000, 'EUR')).toBe('5.56B EUR');
	});
	it('writes dates without locale dependence', () => {
		expect(fmt.date('2026-12-10')).toBe('10 Dec 2026');
		expect(fmt.dateRange('2026-01-01', '2026-12-31')).toBe('1 Jan – 31 Dec 2026');
		expect(fmt.dateRange('2024-01-01', '2028-12-31')).toBe('1 Jan 2024 – 31 Dec 2028');
		expect(fmt.monthYear('2027-06-30')).toBe('Jun 2027');
	});
	it('writes counts and labels', () => {
		expect(fmt.days(1)).toBe('1 day');
		expect(fmt.days(-402)).toBe('402 days');
		expect(fmt.percent(0.325)).toBe('33%');
		expect(fmt.humanise('decision-maker')).toBe('Decision maker');
	});
});
