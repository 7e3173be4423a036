/** Layout helpers: rows that fit, lanes on the timeline, the facts line, and how figures read. */
import { describe, expect, it } from 'vitest';
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

