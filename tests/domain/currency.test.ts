/**
 * Several currencies: portfolio totals convert each plan's amounts to the
 * reporting currency at the settings' rates; a plan whose currency has no
 * rate is an error naming the plan and the currency, not a silent omission.
 */
import { describe, expect, test } from 'vitest';
import { analysePortfolio } from '../../src/domain/analysis';
import { toReporting } from '../../src/domain/portfolio-figures';
import { planReferences } from '../../src/schema/references';
import { planSchema } from '../../src/schema/plan';
import { settingsSchema } from '../../src/schema/settings';
import { planWith, portfolioOf, TODAY } from './support';

const RATES = { exchangeRates: { asOf: '2026-11-01', rates: { GBP: 1.2, USD: 0.9 } } };
const withRevenue = (amount: number, currency?: string) =>
	planWith((p) => {
		p.financials!.revenue = { 2026: amount };
		p.financials!.commitment = { year: 2026, amount: amount * 2 };
		if (currency) p.financials!.currency = currency;
	});

describe('exchange rates', () => {
	test('convert an amount to the reporting currency, and only with a rate', () => {
		const settings = settingsSchema.parse({ organisation: 'O', ...RATES });
		expect(toReporting(100, 'GBP', settings)).toBeCloseTo(120);
		expect(toReporting(100, 'EUR', settings)).toBe(100);
		expect(toReporting(100, 'CHF', settings)).toBeUndefined();
	});

	test('portfolio totals and the 80/20 view include plans in another currency, converted', () => {
		const analysis = analysePortfolio(portfolioOf({ eur: { plan: withRevenue(1000) }, gbp: { plan: withRevenue(1000, 'GBP') } }, RATES), TODAY);
		expect(analysis.totals.revenueThisYear).toBeCloseTo(2200);
		expect(analysis.totals.commitment).toBeCloseTo(4400);
		expect(analysis.totals.converted).toEqual(['gbp']);
		expect(analysis.totals.ratesAsOf).toBe('2026-11-01');
		expect(analysis.concentration.accounts.map((a) => [a.slug, Math.round(a.revenue)])).toEqual([['gbp', 1200], ['eur', 1000]]);
		// The account keeps its own currency for everything it shows.
		expect(analysis.bySlug.get('gbp')?.figures.currency).toBe('GBP');
		expect(analysis.bySlug.get('gbp')?.figures.revenueThisYear).toBe(1000);
	});

	test('a plan in a currency without a rate is an error naming the plan and the currency', () => {
		const settings = settingsSchema.parse({ organisation: 'O', ...RATES });
		const plan = planSchema.parse(withRevenue(1000, 'CHF'));
		const problems = planReferences('content/accounts/acme/plan.mdx', plan, { settings, people: new Set(['jane', 'omar']) });
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({ path: 'financials.currency', severity: 'error' });
		expect(problems[0].message).toMatch(/"Acme Industries" is in CHF, but content\/settings\.yaml has no exchange rate for CHF \(rates: GBP, USD\): add it under exchangeRates\.rates/);
		const fine = planReferences('content/accounts/acme/plan.mdx', planSchema.parse(withRevenue(1000, 'GBP')), { settings, people: new Set(['jane', 'omar']) });
		expect(fine).toEqual([]);
	});
});
