/** Risks and scenarios: threats with their likelihood, impact, early warning and mitigation. */
import { z } from 'astro/zod';
import { field, id, level } from './primitives.ts';

export const riskSchema = z.strictObject({
	title: field(z.string().min(1), 'What could go wrong.'),
	likelihood: field(level.default('medium'), 'very-low, low, medium, high or very-high.'),
	impact: field(level.default('medium'), 'very-low, low, medium, high or very-high.'),
	signal: field(z.string().optional(), 'Early-warning signal to watch for.'),
	mitigation: field(z.string().optional(), 'What we do to prevent it or soften it.'),
	owner: field(id.optional(), 'Person id on our side who watches this risk.'),
});

export type Risk = z.infer<typeof riskSchema>;
