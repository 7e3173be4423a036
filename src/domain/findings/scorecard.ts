/**
 * Scorecard rules:
 * - `scorecard.none` (info): no success measures agreed with the customer.
 * - `scorecard.review-missing` (warning): the last completed period (quarter
 *   or half-year, as the reviews are written) has no review, `scorecardGraceDays`
 *   after it ended.
 * - `scorecard.declining` (warning): a measure's score went down two periods in a row.
 */
import { addDays, comparePeriods, periodEnd, periodOf, previousPeriod } from '../dates';
import { collect, type AccountRules } from './finding';

export const scorecardRules: AccountRules = (ctx) =>
	collect(ctx, (f) => {
		const { plan, figures, settings, today } = ctx;
		const { measures, reviews } = plan.scorecard;
		if (measures.length === 0) {
			f.add('scorecard.none', 'info', ['scorecard', 'measures'], 'no scorecard: agree with the customer how they measure our success, with targets, and score it every quarter');
			return;
		}
		const kind = figures.scorecard.periodKind;
		const fyStart = settings.fiscalYearStart;
		// The most recent period whose grace time is over; a review of it or of any later period counts.
		let due = previousPeriod(periodOf(today, kind, fyStart));
		if (addDays(periodEnd(due, fyStart), settings.scorecardGraceDays) >= today) due = previousPeriod(due);
		const latest = figures.scorecard.latestPeriod;
		if (!reviews.some((r) => comparePeriods(r.period, due) >= 0)) {
			f.add(
				'scorecard.review-missing',
				'warning',
				['scorecard', 'reviews'],
				`no scorecard review for ${due}${latest ? ` (latest: ${latest})` : ''}: score each measure with the customer and add a review for ${due}`,
			);
		}
		for (const trend of figures.scorecard.trends) {
			const [a, b, c] = trend.series.slice(-3);
			if (c !== undefined && b.score < a.score && c.score < b.score) {
				f.add(
					'scorecard.declining',
					'warning',
					['scorecard', 'measures', trend.index],
					`"${trend.measure.name}" went down two periods in a row (${a.period} ${a.score} → ${b.period} ${b.score} → ${c.period} ${c.score}): agree a course correction with the customer and add an action for it`,
				);
			}
		}
	});
