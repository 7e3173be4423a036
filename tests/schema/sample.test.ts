/** The sample portfolio is the embedded default: every plan valid, every scenario of the README present. */
import { describe, expect, test } from 'vitest';
import { loadPortfolio } from '../../src/loader/portfolio';
import { formatProblem } from '../../src/schema/problem';
import { REPO } from '../support/sandbox';

const { portfolio, problems } = loadPortfolio(REPO);
const plans = portfolio.accounts.map((a) => ({ slug: a.slug, plan: a.plan.data, renewal: a.renewal?.data }));

describe('sample portfolio', () => {
	test('every sample file passes validation', () => {
		expect(problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
	});

	test('has at least 8 accounts across industries and at least 4 people', () => {
		expect(plans.length).toBeGreaterThanOrEqual(8);
		expect(new Set(plans.map((p) => p.plan.industry)).size).toBeGreaterThanOrEqual(6);
		expect(portfolio.people.size).toBeGreaterThanOrEqual(4);
	});

	test('has a single-threaded account and one with contacts in 5+ departments', () => {
		expect(plans.some((p) => p.plan.contacts.length === 1)).toBe(true);
		expect(plans.some((p) => new Set(p.plan.contacts.map((c) => c.department)).size >= 5)).toBe(true);
	});

	test('has a renewal plan for an account whose contract ends in 9–15 months', () => {
		const renewing = plans.filter((p) => p.renewal && p.plan.contract);
		expect(renewing.length).toBeGreaterThanOrEqual(1);
		const months = (end: string) => (Date.parse(end) - Date.parse('2026-11-24')) / (30.44 * 86_400_000);
		expect(renewing.some((p) => months(p.plan.contract!.end) >= 9 && months(p.plan.contract!.end) <= 15)).toBe(true);
	});

	test('has a neglected account: old review, no commitment, no cadence', () => {
		expect(plans.some((p) => p.plan.reviewed < '2026-06-01' && p.plan.financials.commitment.length === 0 && p.plan.cadence.length === 0)).toBe(true);
	});

	test('has a growth account whose opportunities outweigh its revenue', () => {
		expect(
			plans.some(
				(p) =>
					p.plan.tier === 'growth' &&
					p.plan.opportunities.reduce((s, o) => s + (o.value ?? 0), 0) > 2 * (p.plan.financials.revenue['2026'] ?? 0),
			),
		).toBe(true);
	});

	test('uses the deeper plan: whitespace maps, mutual plans, another currency, several years', () => {
		expect(plans.filter((p) => p.plan.whitespace.cells.length > 0).length).toBeGreaterThanOrEqual(3);
		expect(plans.filter((p) => p.plan.objectives.some((o) => o.shared) && p.plan.actions.some((a) => a.mutual)).length).toBeGreaterThanOrEqual(2);
		expect(plans.some((p) => p.plan.financials.currency !== undefined && p.plan.financials.currency !== portfolio.settings.currency)).toBe(true);
		const years = (list: readonly { year?: number }[]) => new Set(list.map((e) => e.year)).size;
		expect(plans.filter((p) => years(p.plan.financials.commitment) > 1 && p.plan.feedback.length > 1).length).toBeGreaterThanOrEqual(2);
		expect(portfolio.settings.offerings.length).toBeGreaterThanOrEqual(3);
	});

	test('narratives read like plans, not placeholders', () => {
		for (const account of portfolio.accounts) {
			expect(account.plan.body.length, account.slug).toBeGreaterThan(400);
			expect(account.plan.body.toLowerCase()).not.toMatch(/lorem|ipsum|todo|tbd/);
		}
	});
});
