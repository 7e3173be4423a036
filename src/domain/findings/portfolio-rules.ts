/** Portfolio rules, over all accounts at once: the 80/20 rule, dependency, manager load, neglect. */
import { formatDays as days, formatMoneyExact as moneyExact, formatPercent as percent } from '../format.ts';
import { portfolioRule } from './finding.ts';

/** Where portfolio-wide findings point: the content folder as a whole. */
export const PORTFOLIO_FILE = 'content/';

export const portfolioRules = [
	portfolioRule({
		id: 'portfolio.manager-overload',
		severity: 'warning',
		title: 'Too many key accounts for one manager',
		why: 'A manager with too many key accounts manages them reactively; the source articles warn against exactly this.',
		thresholds: ['maxKeyAccountsPerManager'],
		example: 'Jonas Berg owns 5 key accounts, more than the maximum of 4 (…): hand accounts over or lower their tier',
		check: ({ managers }) =>
			Object.values(managers)
				.sort((a, b) => a.person.localeCompare(b.person))
				.filter((load) => load.overloaded)
				.map((load) => ({
					file: `content/people/${load.person}.yaml`,
					message: `${load.name} owns ${load.count} key accounts, more than the maximum of ${load.max} (${load.accounts.join(', ')}): hand accounts over or lower their tier`,
				})),
	}),
	portfolioRule({
		id: 'portfolio.concentration',
		severity: 'warning',
		title: 'Dependency on one customer',
		why: 'One account carrying too large a share of revenue makes the whole business depend on one customer.',
		thresholds: ['concentrationThreshold'],
		example: 'Fjellkraft Energi carries 31% of 2026 revenue (…; threshold 25%): reduce the dependency by growing the other accounts, and protect this one …',
		check: ({ concentration, settings }) => {
			const { top, total, currency, fiscalYear } = concentration;
			if (!top || concentration.accounts.length <= 1 || top.share <= settings.concentrationThreshold) return [];
			return [
				{
					file: PORTFOLIO_FILE,
					message: `${top.name} carries ${percent(top.share)} of ${fiscalYear} revenue (${moneyExact(top.revenue, currency)} of ${moneyExact(total, currency)}; threshold ${percent(settings.concentrationThreshold)}): reduce the dependency by growing the other accounts, and protect this one with a strong renewal and multi-threading`,
				},
			];
		},
	}),
	portfolioRule({
		id: 'portfolio.pareto',
		severity: 'info',
		title: 'The 80/20 split',
		why: 'A few accounts carry most revenue; knowing which is where proactive attention pays most.',
		example: '3 of 10 accounts (30%) carry 80% of 2026 revenue: …',
		check: ({ concentration }) =>
			concentration.accounts.length > 1
				? [
						{
							file: PORTFOLIO_FILE,
							message: `${concentration.paretoCount} of ${concentration.accounts.length} accounts (${percent(concentration.paretoShare)}) carry 80% of ${concentration.fiscalYear} revenue: ${concentration.accounts
								.slice(0, concentration.paretoCount)
								.map((a) => a.name)
								.join(', ')}`,
						},
					]
				: [],
	}),
	portfolioRule({
		id: 'portfolio.inactive',
		severity: 'warning',
		title: 'Inactive account',
		why: 'Nothing recorded for months means nobody is managing the account, or nobody is writing it down.',
		weight: 10,
		thresholds: ['inactiveDays'],
		example: 'nothing recorded since 2026-03-02 (267 days; limit 180 days): no review, contact, scorecard or feedback; decide whether the account is still key, …',
		check: ({ accounts, settings }) =>
			accounts
				.filter(({ figures }) => figures.daysSinceActivity > settings.inactiveDays)
				.map(({ account, figures }) => ({
					file: account.plan.file,
					account: account.slug,
					message: `nothing recorded since ${figures.lastActivity} (${days(figures.daysSinceActivity)}; limit ${days(settings.inactiveDays)}): no review, contact, scorecard or feedback; decide whether the account is still key, and if so, re-engage and update the plan`,
				})),
	}),
] as const;
