/**
 * Review rules:
 * - `review.stale` (warning; error beyond twice the threshold): the plan's
 *   `reviewed` date is older than `reviewStaleDays`.
 * - `review.in-future` (warning): `reviewed` lies after today, most likely a typo.
 */
import { collect, days, type AccountRules } from './finding';

export const reviewRules: AccountRules = (ctx) =>
	collect(ctx, (f) => {
		const { plan, figures, settings } = ctx;
		const age = figures.daysSinceReview;
		if (age > settings.reviewStaleDays) {
			f.add(
				'review.stale',
				age > 2 * settings.reviewStaleDays ? 'error' : 'warning',
				['reviewed'],
				`plan last reviewed ${plan.reviewed}, ${days(age)} ago (limit ${days(settings.reviewStaleDays)}): review it end to end with the account team and update reviewed`,
			);
		} else if (age < 0) {
			f.add('review.in-future', 'warning', ['reviewed'], `reviewed date ${plan.reviewed} is in the future: set it to the day the plan was actually reviewed`);
		}
	});
