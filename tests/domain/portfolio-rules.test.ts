/** Portfolio rules and figures: manager overload, concentration, the 80/20 split, totals. */
import { describe, expect, test } from 'vitest';
import { analysePortfolio } from '../../src/domain/analysis';
import { planWith, portfolioOf, TODAY } from './support';

const withRevenue = (revenue: number, edit: Parameters<typeof planWith>[0] = () => {}) =>
	({
		plan: planWith((p) => {
			p.financials!.revenue![2026] = revenue;
			p.financials!.commitment!.amount = revenue;
			edit(p);
		}),
	}) as const;

describe('portfolio.manager-overload', () => {
	test('an owner above maxKeyAccountsPerManager is flagged on their person file', () => {
		const analysis = analysePortfolio(portfolioOf({ a: withRevenue(1), b: withRevenue(1), c: withRevenue(1) }, { maxKeyAccountsPerManager: 2 }), TODAY);
		const finding = analysis.portfolioFindings.find((f) => f.rule === 'portfolio.manager-overload');
		expect(finding).toMatchObject({ file: 'content/people/jane.yaml', path: '', severity: 'warning' });
		expect(finding?.message).toContain('Jane Doe owns 3 key accounts, more than the maximum of 2 (a, b, c)');
		expect(analysis.managers.jane).toMatchObject({ count: 3, max: 2, overloaded: true, accounts: ['a', 'b', 'c'] });
	});

	test('an owner at the maximum is not', () => {
		const analysis = analysePortfolio(portfolioOf({ a: withRevenue(1), b: withRevenue(1), c: withRevenue(1, (p) => (p.owner = 'omar')) }, { maxKeyAccountsPerManager: 2 }), TODAY);
		expect(analysis.portfolioFindings.map((f) => f.rule)).not.toContain('portfolio.manager-overload');
		expect(analysis.managers.jane.overloaded).toBe(false);
		expect(analysis.managers.omar).toMatchObject({ name: 'Omar Ali', count: 1 });
	});
});

describe('portfolio.concentration and portfolio.pareto', () => {
	test('one account above concentrationThreshold is a dependency', () => {
		const analysis = analysePortfolio(portfolioOf({ big: withRevenue(600_000), mid: withRevenue(300_000), small: withRevenue(100_000) }), TODAY);
		const concentration = analysis.portfolioFindings.find((f) => f.rule === 'portfolio.concentration');
		expect(concentration).toMatchObject({ file: 'content/', severity: 'warning' });
		expect(concentration?.message).toContain('carries 60% of 2026 revenue (€600,000 of €1,000,000; threshold 30%)');
		expect(concentration?.account).toBeUndefined();
		const pareto = analysis.portfolioFindings.find((f) => f.rule === 'portfolio.pareto');
		expect(pareto).toMatchObject({ severity: 'info' });
		expect(pareto?.message).toMatch(/^2 of 3 accounts \(67%\) carry 80%/);
	});

	test('revenue spread below the threshold is not', () => {
		const analysis = analysePortfolio(portfolioOf({ a: withRevenue(340_000), b: withRevenue(330_000), c: withRevenue(330_000) }, { concentrationThreshold: 0.35 }), TODAY);
		expect(analysis.portfolioFindings.map((f) => f.rule)).not.toContain('portfolio.concentration');
		expect(analysis.concentration.paretoCount).toBe(3);
	});

	test('a single account is no concentration finding, and portfolio findings never count in an account\'s health', () => {
		const analysis = analysePortfolio(portfolioOf({ only: withRevenue(500_000) }), TODAY);
		expect(analysis.portfolioFindings).toEqual([]);
		expect(analysis.accounts[0].health.score).toBe(100);
	});

	test('the concentration table is sorted by revenue with cumulative shares; a currency without a rate is left out', () => {
		const analysis = analysePortfolio(
			portfolioOf({ a: withRevenue(100), b: withRevenue(300), c: withRevenue(600), usd: withRevenue(10_000, (p) => (p.financials!.currency = 'USD')) }),
			TODAY,
		);
		const { concentration, totals } = analysis;
		expect(concentration.accounts.map((a) => [a.slug, a.share, a.cumulativeShare])).toEqual([
			['c', 0.6, 0.6],
			['b', 0.3, 0.9],
			['a', 0.1, 1],
		]);
		expect(concentration.unconverted).toEqual(['usd']);
		expect(concentration.converted).toEqual([]);
		expect(concentration.top?.slug).toBe('c');
		expect(totals.revenueThisYear).toBe(1000);
		expect(totals.currency).toBe('EUR');
	});
});

describe('analysis', () => {
	test('accounts come worst health first, with totals', () => {
		const analysis = analysePortfolio(
			portfolioOf({
				fine: withRevenue(100),
				broken: withRevenue(200, (p) => (p.cadence = [])),
				shaky: withRevenue(300, (p) => (p.actions![0].due = '2026-11-01')),
			}),
			TODAY,
		);
		expect(analysis.accounts.map((a) => [a.slug, a.health.score])).toEqual([
			['broken', 80],
			['shaky', 94],
			['fine', 100],
		]);
		expect(analysis.today).toBe(TODAY);
		expect(analysis.totals).toMatchObject({
			accounts: 3,
			revenueThisYear: 600,
			revenueLastYear: 3_000_000,
			commitment: 600,
			pipelineValue: 600_000,
			// cadence.none; actions.overdue and portfolio.concentration (300 of 600); portfolio.pareto
			findings: { error: 1, warning: 2, info: 1 },
			phases: { operational: 3, renewal: 0, ended: 0, 'no-contract': 0 },
		});
		expect(analysis.totals.health).toEqual({ averageScore: 91, bands: { healthy: 2, watch: 1, 'at-risk': 0 } });
	});

	test('portfolio.inactive counts in the account\'s own findings and health', () => {
		const stale = withRevenue(100, (p) => {
			p.reviewed = '2026-01-05';
			p.contacts = p.contacts!.map((c) => ({ ...c, lastContact: '2026-01-05' }));
			p.scorecard!.reviews = [];
			p.feedback!.collected = '2026-01-05';
		});
		const analysis = analysePortfolio(portfolioOf({ stale, fine: withRevenue(100) }), TODAY);
		const account = analysis.accounts.find((a) => a.slug === 'stale')!;
		expect(account.findings.find((f) => f.rule === 'portfolio.inactive')).toMatchObject({ file: 'content/accounts/stale/plan.mdx', account: 'stale' });
		expect(account.health.deductions.map((d) => d.rule)).toContain('portfolio.inactive');
		expect(analysis.portfolioFindings.map((f) => f.rule)).not.toContain('portfolio.inactive');
	});
});
