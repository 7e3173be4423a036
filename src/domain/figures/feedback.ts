/**
 * The customer's feedback by fiscal year: each entry's year (its own `year`,
 * else the fiscal year of `collected`), this year's and last year's, so that
 * pages show them side by side and rules read the current year's.
 */
import type { Feedback } from '../../schema/feedback.ts';
import type { Plan } from '../../schema/plan.ts';
import { fiscalYearOf } from '../dates.ts';

/** One feedback entry with its fiscal year and its position in `feedback[]`. */
export interface YearFeedback {
	index: number;
	/** Undefined when the entry has neither `year` nor `collected`. */
	year: number | undefined;
	feedback: Feedback;
}

export interface FeedbackFigures {
	/** Every entry, newest fiscal year first; entries without a year last. */
	feedbackYears: YearFeedback[];
	/** The entry for the current fiscal year, if any. */
	feedbackThisYear: YearFeedback | undefined;
	/** The entry for the fiscal year before, if any. */
	feedbackLastYear: YearFeedback | undefined;
}

/** The plan's feedback by fiscal year; `fiscalYear` is the current one. */
export function feedbackFigures(plan: Plan, fiscalYearStart: number, fiscalYear: number): FeedbackFigures {
	const feedbackYears = plan.feedback
		.map((feedback, index) => ({ index, feedback, year: feedback.year ?? (feedback.collected ? fiscalYearOf(feedback.collected, fiscalYearStart) : undefined) }))
		.sort((a, b) => (b.year ?? -Infinity) - (a.year ?? -Infinity) || (b.feedback.collected ?? '').localeCompare(a.feedback.collected ?? '') || a.index - b.index);
	return {
		feedbackYears,
		feedbackThisYear: feedbackYears.find((f) => f.year === fiscalYear),
		feedbackLastYear: feedbackYears.find((f) => f.year === fiscalYear - 1),
	};
}
