/**
 * Portfolio rules, over all accounts at once:
 * - `portfolio.manager-overload` (warning): an account manager owns more key
 *   accounts than `maxKeyAccountsPerManager`. File: the person's file.
 * - `portfolio.concentration` (warning): one account carries more than
 *   `concentrationThreshold` of revenue (dependency on a single customer).
 *   File: `content/` (the portfolio as a whole).
 * - `portfolio.pareto` (info): how few accounts carry 80% of revenue. File: `content/`.
 * - `portfolio.inactive` (warning): nothing recorded in an account's plan for
 *   more than `inactiveDays`. File: the account's plan; it counts in that account's health.
 */
import type { Settings } from '../../schema/settings';
import type { Concentration, ManagerLoad } from '../portfolio-figures';
import type { AccountFigures } from '../figures';
import type { Account } from '../../loader/portfolio';
import { days, money, percent, type Finding } from './finding';

/** Where portfolio-wide findings point: the content folder as a whole. */
export const PORTFOLIO_FILE = 'content/';

export interface PortfolioInput {
	accounts: { account: Account; figures: AccountFigures }[];
	concentration: Concentration;
	managers: Record<string, ManagerLoad>;
	settings: Settings;
}

/** Findings about the portfolio as a whole and about accounts relative to it. */
export function portfolioRules({ accounts, concentration, managers, settings }: PortfolioInput): Finding[] {
	const findings: Finding[] = [];
	for (const load of Object.values(managers).sort((a, b) => a.person.localeCompare(b.person))) {
		if (!load.overloaded) continue;
		findings.push({
			file: `content/people/${load.person}.yaml`,
			path: '',
			severity: 'warning',
			rule: 'portfolio.manager-overload',
			message: `${load.name} owns ${load.count} key accounts, more than the maximum of ${load.max} (${load.accounts.join(", ")}): hand accounts over or lower their tier`,
		});
	}
	const { top, total, currency, fiscalYear } = concentration;
	if (top && concentration.accounts.length > 1 && top.share > settings.concentrationThreshold) {
		findings.push({
			file: PORTFOLIO_FILE,
			path: '',
			severity: 'warning',
			rule: 'portfolio.concentration',
			message: `${top.name} carries ${percent(top.share)} of ${fiscalYear} revenue (${money(top.revenue, currency)} of ${money(total, currency)}; threshold ${percent(settings.concentrationThreshold)}): reduce the dependency by growing the other accounts, and protect this one with a strong renewal and multi-threading`,
		});
	}
	if (concentration.accounts.length > 1) {
		findings.push({
			file: PORTFOLIO_FILE,
			path: '',
			severity: 'info',
			rule: 'portfolio.pareto',
			message: `${concentration.paretoCount} of ${concentration.accounts.length} accounts (${percent(concentration.paretoShare)}) carry 80% of ${fiscalYear} revenue: ${concentration.accounts.slice(0, concentration.paretoCount).map((a) => a.name).join(', ')}`,
		});
	}
	for (const { account, figures } of accounts) {
		if (figures.daysSinceActivity <= settings.inactiveDays) continue;
		findings.push({
			file: account.plan.file,
			path: '',
			severity: 'warning',
			rule: 'portfolio.inactive',
			account: account.slug,
			message: `nothing recorded since ${figures.lastActivity} (${days(figures.daysSinceActivity)}; limit ${days(settings.inactiveDays)}): no review, contact, scorecard or feedback; decide whether the account is still key, and if so, re-engage and update the plan`,
		});
	}
	return findings;
}
