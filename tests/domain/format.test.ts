/** The one formatting module: the same text on the site, the images and in messages, whatever the machine's locale. */
import { describe, expect, test } from 'vitest';
import { assessedLabel,
	formatDate,
	formatDateRange,
	formatDays,
	formatLongMonth,
	formatMoney,
	formatMoneyExact,
	formatMonth,
	formatNumber,
	formatPercent,
	formatShortDate,
	label,
	plural,
	relativeDays,
} from '../../src/domain/format';

describe('dates', () => {
	test('day, short month, year; missing ones a dash', () => {
		expect(formatDate('2026-12-10')).toBe('10 Dec 2026');
		expect(formatDate('2026-09-01')).toBe('1 Sep 2026');
		expect(formatDate(undefined)).toBe('—');
		expect(formatShortDate('2026-12-10')).toBe('10 Dec');
		expect(formatMonth('2027-06-30')).toBe('Jun 2027');
		expect(formatLongMonth('2027-06-30')).toBe('June 2027');
	});
	test('ranges name the year once when it is the same', () => {
		expect(formatDateRange('2026-01-01', '2026-12-31')).toBe('1 Jan – 31 Dec 2026');
		expect(formatDateRange('2024-01-01', '2028-12-31')).toBe('1 Jan 2024 – 31 Dec 2028');
	});
	test('do not shift with the time zone', () => {
		const tz = process.env.TZ;
		process.env.TZ = 'Pacific/Kiritimati';
		try {
			expect(formatDate('2026-01-01')).toBe('1 Jan 2026');
		} finally {
			process.env.TZ = tz;
		}
	});
});

describe('money', () => {
	test('is compact from ten thousand, exact below', () => {
		expect(formatMoney(3_520_000, 'EUR')).toBe('€3.52M');
		expect(formatMoney(3_900_000, 'EUR')).toBe('€3.9M');
		expect(formatMoney(120_000, 'EUR')).toBe('€120K');
		expect(formatMoney(5_560_000_000, 'EUR')).toBe('€5.56B');
		expect(formatMoney(9_500, 'EUR')).toBe('€9,500');
		expect(formatMoney(2_400_000, 'CHF')).toBe('CHF\u00a02.4M');
		expect(formatMoney(undefined, 'EUR')).toBe('—');
	});
	test('exact amounts are grouped', () => {
		expect(formatMoneyExact(11_500_000, 'EUR')).toBe('€11,500,000');
		expect(formatMoneyExact(1_000_000, 'USD')).toBe('$1,000,000');
		expect(formatNumber(8200)).toBe('8,200');
	});
});

describe('percentages, counts, labels', () => {
	test('read as people say them', () => {
		expect(formatPercent(0.3214)).toBe('32%');
		expect(formatPercent(0.325)).toBe('33%');
		expect(formatPercent(undefined)).toBe('—');
		expect(formatDays(1)).toBe('1 day');
		expect(formatDays(-402)).toBe('402 days');
		expect(label('decision-maker')).toBe('Decision maker');
		expect(assessedLabel('unknown')).toBe('Not assessed');
		expect(assessedLabel('neutral')).toBe('Neutral');
		expect(relativeDays(12)).toBe('in 12 days');
		expect(relativeDays(-1)).toBe('1 day ago');
		expect(relativeDays(0)).toBe('today');
		expect(plural(1, 'account')).toBe('1 account');
		expect(plural(3, 'person', 'people')).toBe('3 people');
	});
});
