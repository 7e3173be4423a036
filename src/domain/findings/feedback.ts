/** Feedback rule: start / stop / keep doing, collected from the customer every fiscal year. */
import { perYearPath } from '../../schema/primitives.ts';
import { accountRule } from './finding.ts';

export const feedbackRules = [
	accountRule({
		id: 'feedback.none',
		severity: 'warning',
		title: 'No feedback this year',
		why: 'Asking the customer what we should start, stop and keep doing, and how they will measure us, is how expectations stay aligned.',
		example: 'no customer feedback collected in fiscal year 2026 (last collected 2025-03-14): ask what we should start, stop and keep doing, and how they will measure us',
		check: ({ plan, figures }) => {
			if (figures.feedbackThisYear) return [];
			const latest = figures.feedbackYears[0];
			const collected = latest?.feedback.collected;
			const last = collected ? ` (last collected ${collected})` : latest ? ' (no collection date)' : '';
			return [
				{
					path: latest ? [...perYearPath(['feedback'], plan.feedback.length, latest.index), 'collected'] : ['feedback'],
					message: `no customer feedback collected in fiscal year ${figures.fiscalYear}${last}: ask what we should start, stop and keep doing, and how they will measure us`,
				},
			];
		},
	}),
] as const;
