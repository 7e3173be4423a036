/** Feedback rule: start / stop / keep doing, collected from the customer every fiscal year. */
import { accountRule } from './finding';

export const feedbackRules = [
	accountRule({
		id: 'feedback.none',
		severity: 'warning',
		title: 'No feedback this year',
		why: 'Asking the customer what we should start, stop and keep doing, and how they will measure us, is how expectations stay aligned.',
		example: 'no customer feedback collected in fiscal year 2026 (last collected 2025-03-14): ask what we should start, stop and keep doing, and how they will measure us',
		check: ({ plan, figures }) => {
			const collected = plan.feedback?.collected;
			if (collected && collected >= figures.fiscalYearStart) return [];
			const last = collected ? ` (last collected ${collected})` : plan.feedback ? ' (no collection date)' : '';
			return [
				{
					path: plan.feedback ? ['feedback', 'collected'] : ['feedback'],
					message: `no customer feedback collected in fiscal year ${figures.fiscalYear}${last}: ask what we should start, stop and keep doing, and how they will measure us`,
				},
			];
		},
	}),
] as const;
