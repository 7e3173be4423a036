/** Revenue rules: the customer's commitment for this year, and how we track against it. */
import { formatMoneyExact as moneyExact, formatPercent as percent } from '../format.ts';
import { accountRule } from './finding.ts';

export const revenueRules = [
	accountRule({
		id: 'revenue.no-commitment',
		severity: 'warning',
		title: 'No revenue commitment',
		why: 'A revenue commitment for the year is what the customer expects to spend with us; without one, neither side can tell whether the year goes to plan.',
		example: 'no revenue commitment for fiscal year 2026: agree with the customer what they expect to spend with us this year and record it as commitment: { year: 2026, amount }',
		check: ({ plan, figures }) => {
			if (figures.commitment !== undefined) return [];
			const years = plan.financials.commitment.map((c) => c.year);
			const other = years.length ? ` (the plan has ${years.length === 1 ? 'one' : 'them'} for ${years.join(', ')})` : '';
			const year = figures.fiscalYear;
			return [
				{
					path: ['financials', 'commitment'],
					message: `no revenue commitment for fiscal year ${year}${other}: agree with the customer what they expect to spend with us this year and record it as commitment: { year: ${year}, amount }`,
				},
			];
		},
	}),
	accountRule({
		id: 'revenue.not-reported',
		severity: 'info',
		title: 'Revenue not reported',
		why: 'A commitment without a revenue figure cannot be tracked.',
		example: 'no revenue figure for 2026: add revenue to date under financials.revenue.2026 so progress against the commitment shows',
		check: ({ figures }) =>
			figures.commitment !== undefined && figures.revenueThisYear === undefined
				? [{ path: ['financials', 'revenue'], message: `no revenue figure for ${figures.fiscalYear}: add revenue to date under financials.revenue.${figures.fiscalYear} so progress against the commitment shows` }]
				: [],
	}),
	accountRule({
		id: 'revenue.behind-commitment',
		severity: 'warning',
		title: 'Revenue behind the commitment',
		why: 'Revenue trailing the commitment pro rata is a signal to act on with the customer now, not at year end.',
		thresholds: ['commitmentTolerance'],
		example: 'revenue to date 2,100,000 EUR is 54% of the 3,900,000 EUR commitment, but 90% of the year has passed: find out why with the customer and plan how to close the gap',
		check: ({ figures }) =>
			figures.behindCommitment
				? [
						{
							path: ['financials', 'revenue', String(figures.fiscalYear)],
							message:
								`revenue to date ${moneyExact(figures.revenueThisYear!, figures.currency)} is ${percent(figures.commitmentProgress!)} of the ${moneyExact(figures.commitment!, figures.currency)} commitment, ` +
								`but ${percent(figures.expectedProRata)} of the year has passed: find out why with the customer and plan how to close the gap`,
						},
					]
				: [],
	}),
] as const;
