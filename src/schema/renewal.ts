/**
 * `content/accounts/<slug>/renewal.mdx` frontmatter: the contract renewal plan
 * for the last 12–18 months of a contract. Contacts are those of the plan.
 */
import { z } from 'astro/zod';
import { field, internal, isoDate, level, money, textList } from './primitives.ts';

const milestone = z.strictObject({
	title: field(z.string().min(1), 'What must be done, e.g. "Renewal proposal submitted".'),
	date: field(isoDate, 'When, back-planned from the notice date.'),
	done: field(z.boolean().default(false), 'True once it is done.'),
	owner: field(z.string().optional(), 'Person id on our side.'),
});

const renewalRisk = z.strictObject({
	title: field(z.string().min(1), 'What could stop the renewal.'),
	likelihood: field(level.default('medium'), 'very-low … very-high.'),
	impact: field(level.default('medium'), 'very-low … very-high.'),
	mitigation: field(z.string().optional(), 'What we do about it.'),
});

const threat = z.strictObject({
	competitor: field(z.string().min(1), 'Competitor\'s name.'),
	threat: field(level.default('medium'), 'very-low … very-high.'),
	response: field(z.string().optional(), 'How we counter them.'),
});

export const renewalSchema = z.strictObject({
	objective: field(z.string().min(1), 'What a successful renewal looks like.'),
	decisionMakers: field(z.array(z.string()).min(1, { error: 'name at least one decision maker (a contact id of the plan)' }), 'Contact ids of the plan who decide on the renewal.'),
	milestones: field(z.array(milestone).default([]), 'Milestones back-planned from the notice date.'),
	valueDelivered: field(textList.default([]), 'Value delivered under the current contract, in the customer\'s terms.'),
	risks: internal(z.array(renewalRisk).default([]), 'Renewal risks; internal only.'),
	threats: internal(z.array(threat).default([]), 'Competitive threats to the renewal; internal only.'),
	proposedTerms: internal(
		z
			.strictObject({
				durationMonths: field(z.number().int().positive().max(1200).optional(), 'Proposed duration.'),
				value: field(money.optional(), 'Proposed total value.'),
				summary: field(z.string().optional(), 'Key terms in a sentence or two.'),
			})
			.optional(),
		'What we will propose; internal only.',
	),
	reviewed: field(isoDate.optional(), 'Date the renewal plan was last reviewed.'),
});

export type RenewalPlan = z.infer<typeof renewalSchema>;
