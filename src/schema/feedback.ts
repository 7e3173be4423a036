/** Proactive account management: the customer's feedback and expectations (start / stop / keep doing). */
import { z } from 'astro/zod';
import { field, isoDate, perYear, textList, year } from './primitives.ts';

/** The feedback of one fiscal year. */
export const feedbackEntry = z.strictObject({
	year: field(year.optional(), 'Fiscal year the feedback is for; defaults to the fiscal year of `collected`.'),
	collected: field(isoDate.optional(), 'Date the feedback was collected.'),
	from: field(z.array(z.string()).default([]), 'Contact ids who gave it.'),
	start: field(textList.default([]), 'What the customer wants us to start doing.'),
	stop: field(textList.default([]), 'What the customer wants us to stop doing.'),
	keep: field(textList.default([]), 'What the customer wants us to keep doing.'),
	measuredBy: field(textList.default([]), 'How the customer will measure us this year.'),
});

/** One entry per fiscal year; a single entry (without a list) is one year's. */
export const feedbackSchema = perYear(feedbackEntry);

export type Feedback = z.infer<typeof feedbackEntry>;
