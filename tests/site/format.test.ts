/** Presentation formatting and site links. */
import { describe, expect, test } from 'vitest';
import { settingsSchema } from '../../src/schema/settings';
import { formatDate, formatMoney, formatMoneyExact, formatPercent, label, plural, relativeDays } from '../../src/site/format';
import { editUrl } from '../../src/site/links';

describe('format', () => {
	test('dates are day, short month, year; missing ones a dash', () => {
		expect(formatDate('2026-12-10')).toBe('10 Dec 2026');
		expect(formatDate(undefined)).toBe('—');
	});

	test('money is compact from ten thousand, exact below', () => {
		expect(formatMoney(3_520_000, 'EUR')).toBe('€3.52M');
		expect(formatMoney(120_000, 'EUR')).toBe('€120K');
		expect(formatMoney(9_500, 'EUR')).toBe('€9,500');
		expect(formatMoneyExact(11_500_000, 'EUR')).toBe('€11,500,000');
		expect(formatMoney(undefined, 'EUR')).toBe('—');
	});

	test('percentages, labels, relative days, plurals', () => {
		expect(formatPercent(0.3214)).toBe('32%');
		expect(formatPercent(undefined)).toBe('—');
		expect(label('decision-maker')).toBe('Decision maker');
		expect(relativeDays(12)).toBe('in 12 days');
		expect(relativeDays(-1)).toBe('1 day ago');
		expect(relativeDays(0)).toBe('today');
		expect(plural(1, 'account')).toBe('1 account');
		expect(plural(3, 'person', 'people')).toBe('3 people');
	});
});

describe('editUrl', () => {
	test('fills {path} from the settings pattern, or is absent without one', () => {
		const settings = settingsSchema.parse({ organisation: 'X', editUrl: 'https://git.example/kam/-/edit/main/{path}' });
		expect(editUrl(settings, 'content/accounts/acme/plan.mdx')).toBe('https://git.example/kam/-/edit/main/content/accounts/acme/plan.mdx');
		expect(editUrl(settingsSchema.parse({ organisation: 'X' }), 'content/x')).toBeUndefined();
	});
});
