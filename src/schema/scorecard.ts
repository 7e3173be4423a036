/** Proactive account management: the customer's success measures, scored each quarter or half-year. */
import { z } from 'astro/zod';
import { field, id, isoDate } from './primitives.ts';

/** A review period: `2026-Q3` for a quarter, `2026-H2` for a half-year. */
export const period = z
	.string()
	.regex(/^\d{4}-(Q[1-4]|H[12])$/, { error: 'write the period as YYYY-Qn (e.g. 2026-Q3) or YYYY-Hn (e.g. 2026-H2)' });

export const measureSchema = z.strictObject({
	id: field(id, 'Short id the reviews score against, e.g. "otif".'),
	name: field(z.string().min(1), 'What is measured, in the customer\'s words.'),
	target: field(z.string().optional(), 'Target, e.g. "98%" or "< 2 days".'),
	weight: field(z.number().min(0).max(100).default(1), 'Relative weight in the overall score.'),
});

export const reviewSchema = z.strictObject({
	period: field(period, 'Period reviewed: YYYY-Qn or YYYY-Hn.'),
	date: field(isoDate.optional(), 'Date of the review meeting.'),
	scores: field(
		z.record(z.string(), z.number().min(0).max(10, { error: 'scores run from 0 to 10' })),
		'Score per measure id, 0–10.',
	),
	notes: field(z.string().optional(), 'What was said, course corrections agreed.'),
});

export const scorecardSchema = z.strictObject({
	measures: field(z.array(measureSchema).default([]), 'The customer\'s success measures.'),
	reviews: field(z.array(reviewSchema).default([]), 'Scored reviews, one per period.'),
});

export type Scorecard = z.infer<typeof scorecardSchema>;
export type Review = z.infer<typeof reviewSchema>;
