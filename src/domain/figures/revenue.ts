/** Money figures of one account: revenue, wallet, commitment, target and pipeline. */
import type { Commitment } from '../../schema/financials.ts';
import type { Plan } from '../../schema/plan.ts';
import type { Settings } from '../../schema/settings.ts';
import { fiscalYearElapsed, fiscalYearEndDate, fiscalYearOf, fiscalYearStartDate } from '../dates.ts';

export interface RevenueFigures {
	/** ISO 4217 code of every amount of this account (the plan's, else the settings'). */
	currency: string;
	/** The fiscal year `today` falls in. */
	fiscalYear: number;
	fiscalYearStart: string;
	fiscalYearEnd: string;
	/** Our revenue in the current fiscal year, to date; undefined when the plan gives none. */
	revenueThisYear: number | undefined;
	revenueLastYear: number | undefined;
	/** Growth of this year's revenue to date over last year's full year, as a fraction (0.1 = +10%). */
	revenueGrowth: number | undefined;
	/** The customer's spend in our categories this fiscal year. */
	walletThisYear: number | undefined;
	/** Revenue this year ÷ wallet this year (0..1); internal only. */
	shareOfWallet: number | undefined;
	/** The customer's revenue commitment for the current fiscal year. */
	commitment: number | undefined;
	/** The commitment entry of the current fiscal year (amount, when and by whom agreed). */
	currentCommitment: Commitment | undefined;
	/** Revenue to date ÷ commitment (may exceed 1). */
	commitmentProgress: number | undefined;
	/** Fraction of the fiscal year elapsed: where commitment progress should be by now. */
	expectedProRata: number;
	/** Our internal revenue target for the current fiscal year; internal only. */
	target: number | undefined;
	/** Revenue to date ÷ target. */
	targetProgress: number | undefined;
	/** True when revenue to date trails the commitment pro rata by more than `commitmentTolerance`. */
	behindCommitment: boolean;
	/** Opportunities still in play (not won, not lost), with their position in `opportunities[]`. */
	openOpportunities: { index: number; opportunity: Plan['opportunities'][number] }[];
	/** Sum of the values of open opportunities (not won, not lost). */
	pipelineValue: number;
	/** Sum of value × probability of open opportunities that have both; internal only. */
	weightedPipeline: number;
}

const ratio = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined || b === 0 ? undefined : a / b);

/** Revenue, commitment, wallet and pipeline of a plan as of `today`. */
export function revenueFigures(plan: Plan, settings: Settings, today: string): RevenueFigures {
	const start = settings.fiscalYearStart;
	const fiscalYear = fiscalYearOf(today, start);
	const { revenue, walletSize, commitment, target } = plan.financials;
	const revenueThisYear = revenue[String(fiscalYear)];
	const revenueLastYear = revenue[String(fiscalYear - 1)];
	const walletThisYear = walletSize[String(fiscalYear)];
	const currentCommitment = commitment.find((c) => c.year === fiscalYear);
	const commitmentAmount = currentCommitment?.amount;
	const targetAmount = target.find((t) => t.year === fiscalYear)?.amount;
	const openOpportunities = plan.opportunities.map((opportunity, index) => ({ index, opportunity })).filter(({ opportunity: o }) => o.stage !== 'won' && o.stage !== 'lost');
	const open = openOpportunities.map(({ opportunity }) => opportunity);
	const growth = ratio(revenueThisYear, revenueLastYear);
	const expectedProRata = fiscalYearElapsed(today, start);
	const behindCommitment =
		commitmentAmount !== undefined && revenueThisYear !== undefined && revenueThisYear < commitmentAmount * expectedProRata * (1 - settings.commitmentTolerance);
	return {
		currency: plan.financials.currency ?? settings.currency,
		fiscalYear,
		fiscalYearStart: fiscalYearStartDate(fiscalYear, start),
		fiscalYearEnd: fiscalYearEndDate(fiscalYear, start),
		revenueThisYear,
		revenueLastYear,
		revenueGrowth: growth === undefined ? undefined : growth - 1,
		walletThisYear,
		shareOfWallet: ratio(revenueThisYear, walletThisYear),
		commitment: commitmentAmount,
		currentCommitment,
		commitmentProgress: ratio(revenueThisYear, commitmentAmount),
		expectedProRata,
		behindCommitment,
		openOpportunities,
		target: targetAmount,
		targetProgress: ratio(revenueThisYear, targetAmount),
		pipelineValue: open.reduce((sum, o) => sum + (o.value ?? 0), 0),
		weightedPipeline: open.reduce((sum, o) => sum + ((o.value ?? 0) * (o.probability ?? 0)) / 100, 0),
	};
}
