/**
 * Revenue rules:
 * - `revenue.no-commitment` (warning): no revenue commitment from the customer
 *   for the current fiscal year.
 * - `revenue.not-reported` (info): a commitment but no revenue figure for this
 *   fiscal year, so progress cannot be tracked.
 * - `revenue.behind-commitment` (warning): revenue to date trails the
 *   commitment pro rata by more than `commitmentTolerance`.
 */
import { collect, money, percent, type AccountRules } from './finding';

export const revenueRules: AccountRules = (ctx) =>
	collect(ctx, (f) => {
		const { plan, figures, settings } = ctx;
		const year = figures.fiscalYear;
		const given = plan.financials.commitment;
		if (figures.commitment === undefined) {
			const other = given ? ` (the one in the plan is for ${given.year})` : '';
			f.add(
				'revenue.no-commitment',
				'warning',
				['financials', 'commitment'],
				`no revenue commitment for fiscal year ${year}${other}: agree with the customer what they expect to spend with us this year and record it as commitment: { year: ${year}, amount }`,
			);
			return;
		}
		if (figures.revenueThisYear === undefined) {
			f.add('revenue.not-reported', 'info', ['financials', 'revenue'], `no revenue figure for ${year}: add revenue to date under financials.revenue.${year} so progress against the commitment shows`);
			return;
		}
		const expected = figures.commitment * figures.expectedProRata;
		if (figures.revenueThisYear < expected * (1 - settings.commitmentTolerance)) {
			f.add(
				'revenue.behind-commitment',
				'warning',
				['financials', 'revenue', String(year)],
				`revenue to date ${money(figures.revenueThisYear, figures.currency)} is ${percent(figures.commitmentProgress!)} of the ${money(figures.commitment, figures.currency)} commitment, ` +
					`but ${percent(figures.expectedProRata)} of the year has passed: find out why with the customer and plan how to close the gap`,
			);
		}
	});
