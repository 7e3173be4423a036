/** Section 5 of an account plan: the state of the relationship and the competition. */
import { z } from 'astro/zod';
import { field, internal, level, textList } from './primitives.ts';

/** A competitor active at the customer. */
const competitor = z.strictObject({
	name: field(z.string().min(1), 'Competitor\'s name.'),
	position: field(z.string().optional(), 'Where they are strong at this customer, e.g. "incumbent for logistics".'),
	threat: field(level.default('medium'), 'How much they threaten our position: very-low … very-high.'),
	notes: field(z.string().optional(), 'What they do well, what they are trying.'),
});

export const sentiment = z.enum(['very-positive', 'positive', 'neutral', 'negative', 'very-negative']);

export const relationshipSchema = z.strictObject({
	strengths: field(textList.default([]), 'What works in the relationship.'),
	weaknesses: internal(textList.default([]), 'What does not work; internal only.'),
	competitors: internal(z.array(competitor).default([]), 'Competitors present at the customer and their threat; internal only.'),
	sentiment: internal(sentiment.optional(), 'Overall sentiment toward us: very-positive … very-negative; internal only.'),
	since: field(z.number().int().min(1900).max(2100).optional(), 'Year the customer relationship started.'),
});

export type Relationship = z.infer<typeof relationshipSchema>;
