/**
 * The single entry point of the domain: everything the site, the one-pagers,
 * the calendars and `npm run check` show about the portfolio is computed here,
 * once. Nothing outside `src/domain` recomputes business logic.
 */
import type { Account, Portfolio } from '../loader/portfolio.ts';
import type { Person } from '../schema/person.ts';
import type { Settings } from '../schema/settings.ts';
import { completenessOf, type Completeness } from './completeness.ts';
import { fiscalYearOf } from './dates.ts';
import { accountFigures, type AccountFigures } from './figures/index.ts';
import { findingsView, type FindingsView } from './account-view.ts';
import { namesOf, type Names } from './names.ts';
import { accountFindings, portfolioFindings as findingsOfPortfolio, type Finding } from './findings/index.ts';
import { healthOf, healthSummary, type Health, type HealthSummary } from './health.ts';
import { concentrationOf, managerLoads, toReporting, whitespaceTotals, type Concentration, type ManagerLoad, type OfferingPotential } from './portfolio-figures.ts';

/**
 * The account view: everything a surface shows about one account, computed
 * once — its figures (with per-row states: meetings, risks, milestones…), its
 * findings, health, and the judgements derived from the findings (`FindingsView`).
 */
export interface AccountAnalysis extends FindingsView {
	slug: string;
	account: Account;
	figures: AccountFigures;
	/** The account's findings, worst first (account rules and portfolio rules about it). */
	findings: Finding[];
	health: Health;
	/** Names of our people and this account's contacts. */
	names: Names;
	/** How complete each section of the plan is. */
	completeness: Completeness;
}

export interface PortfolioTotals {
	/** Currency of the totals: the settings' reporting currency; other currencies are converted at the settings' rates. */
	currency: string;
	/** Date of the exchange rates used, when some account is in another currency. */
	ratesAsOf: string | undefined;
	/** Slugs of accounts in another currency, converted into the totals. */
	converted: string[];
	fiscalYear: number;
	revenueThisYear: number;
	revenueLastYear: number;
	/** Sum of this year's commitments. */
	commitment: number;
	pipelineValue: number;
	accounts: number;
	findings: Record<'error' | 'warning' | 'info', number>;
	health: HealthSummary;
	/** Accounts per renewal phase. */
	phases: Record<AccountFigures['renewalPhase'], number>;
}

export interface PortfolioAnalysis {
	today: string;
	settings: Settings;
	people: ReadonlyMap<string, Person>;
	/** Accounts, worst health first (then by name). */
	accounts: AccountAnalysis[];
	/** The same accounts by slug. */
	bySlug: ReadonlyMap<string, AccountAnalysis>;
	/** Findings about the portfolio as a whole (manager overload, concentration, 80/20). */
	portfolioFindings: Finding[];
	totals: PortfolioTotals;
	concentration: Concentration;
	/** Key accounts per account manager, keyed by person id. */
	managers: Record<string, ManagerLoad>;
	/** Whitespace potential per offering across the portfolio, in the reporting currency. */
	whitespace: OfferingPotential[];
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Orders findings worst first, keeping rule order within a severity. */
export function worstFirst(findings: Finding[]): Finding[] {
	return findings.map((f, i) => [f, i] as const).sort(([a, i], [b, j]) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || i - j).map(([f]) => f);
}

/** Analyses the whole portfolio as of `today` (default: `KEYPLAN_TODAY` or the clock). */
export function analysePortfolio(portfolio: Portfolio, today: string): PortfolioAnalysis {
	const { settings, people } = portfolio;
	const entries = portfolio.accounts.map((account) => ({ account, figures: accountFigures(account, settings, today) }));
	const fiscalYear = fiscalYearOf(today, settings.fiscalYearStart);
	const concentration = concentrationOf(entries, settings, fiscalYear);
	const managers = managerLoads(portfolio.accounts, people, settings);
	const fromPortfolio = findingsOfPortfolio({ accounts: entries, concentration, managers, settings });

	const accounts = entries
		.map(({ account, figures }) => {
			const own = accountFindings({ account, plan: account.plan.data, figures, settings, people, today });
			const findings = worstFirst([...own, ...fromPortfolio.filter((f) => f.account === account.slug)]);
			const names = namesOf(people, account.plan.data.contacts);
			const completeness = completenessOf({ plan: account.plan.data, figures, hasRenewalPlan: account.renewal !== undefined });
			return { slug: account.slug, account, figures, findings, health: healthOf(findings), names, completeness, ...findingsView(findings) };
		})
		.sort((a, b) => a.health.score - b.health.score || a.account.plan.data.name.localeCompare(b.account.plan.data.name));
	const portfolioFindings = worstFirst(fromPortfolio.filter((f) => f.account === undefined));

	const sum = (pick: (f: AccountFigures) => number | undefined) => accounts.reduce((s, a) => s + (toReporting(pick(a.figures), a.figures.currency, settings) ?? 0), 0);
	const all = [...accounts.flatMap((a) => a.findings), ...portfolioFindings];
	const phases = { 'no-contract': 0, operational: 0, renewal: 0, ended: 0 };
	for (const a of accounts) phases[a.figures.renewalPhase]++;
	return {
		today,
		settings,
		people,
		accounts,
		bySlug: new Map(accounts.map((a) => [a.slug, a])),
		portfolioFindings,
		totals: {
			currency: settings.currency,
			ratesAsOf: concentration.converted.length > 0 ? settings.exchangeRates?.asOf : undefined,
			converted: concentration.converted,
			fiscalYear,
			revenueThisYear: sum((f) => f.revenueThisYear),
			revenueLastYear: sum((f) => f.revenueLastYear),
			commitment: sum((f) => f.commitment),
			pipelineValue: sum((f) => f.pipelineValue),
			accounts: accounts.length,
			findings: {
				error: all.filter((f) => f.severity === 'error').length,
				warning: all.filter((f) => f.severity === 'warning').length,
				info: all.filter((f) => f.severity === 'info').length,
			},
			health: healthSummary(accounts.map((a) => a.health)),
			phases,
		},
		concentration,
		managers,
		whitespace: whitespaceTotals(entries, settings),
	};
}

/** The analysis of one account, or undefined for an unknown slug. */
export function accountAnalysis(analysis: PortfolioAnalysis, slug: string): AccountAnalysis | undefined {
	return analysis.bySlug.get(slug);
}
