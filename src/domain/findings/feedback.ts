/**
 * Feedback rule:
 * - `feedback.none` (warning): no feedback (start / stop / keep doing)
 *   collected from the customer in the current fiscal year.
 */
import { collect, type AccountRules } from './finding';

export const feedbackRules: AccountRules = (ctx) =>
	collect(ctx, (f) => {
		const { plan, figures } = ctx;
		const collected = plan.feedback?.collected;
		if (collected && collected >= figures.fiscalYearStart) return;
		const last = collected ? ` (last collected ${collected})` : plan.feedback ? ' (no collection date)' : '';
		f.add(
			'feedback.none',
			'warning',
			plan.feedback ? ['feedback', 'collected'] : ['feedback'],
			`no customer feedback collected in fiscal year ${figures.fiscalYear}${last}: ask what we should start, stop and keep doing, and how they will measure us`,
		);
	});
