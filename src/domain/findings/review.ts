/** Review rules: a plan is only useful while someone keeps it current. */
import { formatDays as days } from '../format.ts';
import { accountRule } from './finding.ts';

export const reviewRules = [
	accountRule({
		id: 'review.stale',
		severity: 'warning',
		escalatesTo: 'error',
		title: 'Plan not reviewed',
		why: 'Plans go stale when nobody reviews them; an error once the review is more than twice the limit overdue.',
		thresholds: ['reviewStaleDays'],
		example: 'plan last reviewed 2026-05-02, 206 days ago (limit 120 days): review it end to end with the account team and update reviewed',
		check: ({ plan, figures, settings }) => {
			const age = figures.daysSinceReview;
			if (age <= settings.reviewStaleDays) return [];
			return [
				{
					path: ['reviewed'],
					severity: age > 2 * settings.reviewStaleDays ? 'error' : 'warning',
					message: `plan last reviewed ${plan.reviewed}, ${days(age)} ago (limit ${days(settings.reviewStaleDays)}): review it end to end with the account team and update reviewed`,
				},
			];
		},
	}),
	accountRule({
		id: 'review.in-future',
		severity: 'warning',
		title: 'Review date in the future',
		why: 'A review date after today is most likely a typo, and it hides a stale plan.',
		example: 'reviewed date 2027-01-10 is in the future: set it to the day the plan was actually reviewed',
		check: ({ plan, figures }) =>
			figures.daysSinceReview < 0 ? [{ path: ['reviewed'], message: `reviewed date ${plan.reviewed} is in the future: set it to the day the plan was actually reviewed` }] : [],
	}),
] as const;
