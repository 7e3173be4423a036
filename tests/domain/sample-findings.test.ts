/**
 * The "Done when" check on the sample portfolio (KEYPLAN_TODAY=2026-11-24):
 * the neglected, single-threaded and renewal-window accounts show what an
 * experienced key account manager would expect; the healthy model account,
 * nordwind-logistics, shows none of it.
 */
import { describe, expect, test } from 'vitest';
import { analysePortfolio } from '../../src/domain/analysis';
import { loadPortfolio } from '../../src/loader/portfolio';
import { REPO } from '../support/sandbox';

const { portfolio, problems } = loadPortfolio(REPO);
const analysis = analysePortfolio(portfolio, '2026-11-24');
const account = (slug: string) => {
	const found = analysis.accounts.find((a) => a.slug === slug);
	if (!found) throw new Error(`sample account ${slug} is missing`);
	return found;
};
const rulesOf = (slug: string) => new Set(account(slug).findings.map((f) => f.rule));

test('the sample has no content errors', () => {
	expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
});

test('nordwind-logistics, the healthy strategic account, has no finding at all', () => {
	expect(account('nordwind-logistics').findings).toEqual([]);
	expect(account('nordwind-logistics').health).toMatchObject({ score: 100, band: 'healthy' });
});

describe('the neglected account (brueckner-druckguss)', () => {
	test('is stale, inactive, without cadence, with overdue actions and silent key contacts', () => {
		const rules = rulesOf('brueckner-druckguss');
		for (const rule of ['review.stale', 'portfolio.inactive', 'cadence.none', 'actions.overdue', 'contacts.stale', 'revenue.no-commitment', 'feedback.none', 'scorecard.review-missing']) {
			expect(rules, rule).toContain(rule);
		}
		expect(account('brueckner-druckguss').health.band).toBe('at-risk');
	});
});

test('the single-threaded account (marlow-packaging) is flagged as such', () => {
	const finding = account('marlow-packaging').findings.find((f) => f.rule === 'contacts.single-threaded');
	expect(finding).toMatchObject({ file: 'content/accounts/marlow-packaging/plan.mdx', path: 'contacts' });
});

test('the account ending within six months without a renewal plan (portavia-terminals) needs one', () => {
	const { figures, findings } = account('portavia-terminals');
	expect(figures.renewalPhase).toBe('renewal');
	expect(figures.monthsToContractEnd).toBeLessThanOrEqual(6);
	expect(findings[0]).toMatchObject({ rule: 'contract.renewal-plan-missing', severity: 'error', path: 'contract.end' });
});

test('the renewal-window account with a renewal plan (fjellkraft-energi) is not asked for one, but its late milestone shows', () => {
	const { figures } = account('fjellkraft-energi');
	expect(figures.renewalPhase).toBe('renewal');
	expect(figures.monthsToContractEnd).toBeGreaterThanOrEqual(9);
	expect(figures.monthsToContractEnd).toBeLessThanOrEqual(15);
	const rules = rulesOf('fjellkraft-energi');
	expect(rules).not.toContain('contract.renewal-plan-missing');
	expect(rules).toContain('contract.renewal-milestone-overdue');
});

test('accounts come worst first and the portfolio sees its dependencies', () => {
	const scores = analysis.accounts.map((a) => a.health.score);
	expect(scores).toEqual([...scores].sort((a, b) => a - b));
	expect(analysis.accounts[0].slug).toBe('brueckner-druckguss');
	const rules = analysis.portfolioFindings.map((f) => f.rule);
	expect(rules).toContain('portfolio.pareto');
	expect(rules).toContain('portfolio.manager-overload');
});
