/** Proactive account management: the customer's feedback and expectations (start / stop / keep doing). */
import { z } from 'astro/zod';
import { field, isoDate, textList } from './primitives';

export const feedbackSchema = z.strictObject({
	collected: field(isoDate.optional(), 'Date the feedback was collected.'),
	from: field(z.array(z.string()).default([]), 'Contact ids who gave it.'),
	start: field(textList.default([]), 'What the customer wants us to start doing.'),
	stop: field(textList.default([]), 'What the customer wants us to stop doing.'),
	keep: field(textList.default([]), 'What the customer wants us to keep doing.'),
	measuredBy: field(textList.default([]), 'How the customer will measure us this year.'),
});

export type Feedback = z.infer<typeof feedbackSchema>;
