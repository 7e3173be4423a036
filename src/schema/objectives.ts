/** Sections 6 and 7 of an account plan: key objectives and the actions that serve them. */
import { z } from 'astro/zod';
import { field, id, isoDate } from './primitives.ts';

export const objectiveSchema = z.strictObject({
	id: field(id, 'Short id that actions point to, e.g. "grow-emea".'),
	title: field(z.string().min(1), 'What we want to achieve.'),
	strategy: field(z.string().optional(), 'How we will get there.'),
	measure: field(z.string().optional(), 'How we will know we succeeded.'),
	target: field(z.string().optional(), 'The target value of the measure, e.g. "3 sites live" or "€2.0M".'),
	due: field(isoDate.optional(), 'When the objective should be met.'),
	progress: field(z.number().min(0).max(100).optional(), 'Progress estimate in percent (0–100).'),
	offering: field(id.optional(), 'Our offering it grows: an id of offerings in settings.yaml; it pursues that whitespace potential (in every unit, or in `unit`).'),
	unit: field(z.string().optional(), 'The customer unit of the whitespace map it is about, with offering.'),
	shared: field(
		z.boolean().default(false),
		'True once the objective is agreed with the customer: only shared objectives appear on customer-facing outputs (the customer one-pager and deck).',
	),
});

export const actionStatus = z.enum(['open', 'in-progress', 'done', 'blocked']);

export const actionSchema = z.strictObject({
	title: field(z.string().min(1), 'What will be done.'),
	owner: field(id.optional(), 'Who does it: one of our people, or a contact id of the customer.'),
	due: field(isoDate.optional(), 'When it must be done, YYYY-MM-DD.'),
	status: field(actionStatus.default('open'), 'open, in-progress, done or blocked.'),
	objective: field(id.optional(), 'Id of the objective this action serves.'),
	notes: field(z.string().optional(), 'Context, blockers, links.'),
	mutual: field(
		z.boolean().default(false),
		'True for an action agreed with the customer (the mutual action plan), owned by one of our people or by a customer contact; only mutual actions appear on customer-facing outputs.',
	),
});

export type Objective = z.infer<typeof objectiveSchema>;
export type Action = z.infer<typeof actionSchema>;
export type ActionStatus = z.infer<typeof actionStatus>;
