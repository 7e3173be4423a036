/** Section 4 of an account plan: who's who at the customer. */
import { z } from 'astro/zod';
import { email, field, id, internal, isoDate, level, textList } from './primitives.ts';

/** The part a contact plays in buying decisions; `unknown` until someone has found out. */
export const decisionRole = z.enum(['decision-maker', 'influencer', 'user', 'gatekeeper', 'sponsor', 'evaluator', 'other', 'unknown']);

/** How the contact stands toward us, from our best friend to our worst enemy; `unknown` until assessed (not the same as neutral). */
export const stance = z.enum(['champion', 'supporter', 'neutral', 'sceptic', 'blocker', 'unknown']);

/**
 * One person at the customer. A contact's `id` must not also be a person id
 * (a file in `content/people/`): action owners and meeting participants name
 * people and contacts by the same ids, so one id must mean one of them; the
 * cross-file check reports "contact id X is also a person id; rename the contact".
 */
export const contactSchema = z.strictObject({
	id: field(id, 'Short id used to refer to this contact elsewhere in the plan, e.g. "anna-cfo"; it must differ from every person id in content/people/.'),
	name: field(z.string().min(1), 'Full name.'),
	title: field(z.string().optional(), 'Job title.'),
	department: field(z.string().optional(), 'Department, e.g. Finance, Operations, HR, IT, Procurement.'),
	role: field(decisionRole.default('unknown'), 'Role in decisions: decision-maker, influencer, user, gatekeeper, sponsor, evaluator or other; unknown (the default) until someone has found out.'),
	decidesOn: field(textList.default([]), 'What this person decides on or strongly influences.'),
	influence: field(level.default('medium'), 'Weight in decisions: very-low, low, medium, high or very-high.'),
	stance: internal(stance.default('unknown'), 'Stance toward us: champion, supporter, neutral, sceptic or blocker; unknown (the default) until someone has assessed it, shown as "not assessed".'),
	reportsTo: field(id.optional(), 'Contact id of this person\'s manager, for the relationship map.'),
	relationshipOwner: field(id.optional(), 'Person id of whoever on our side owns this relationship.'),
	lastContact: field(isoDate.optional(), 'Date of the last meaningful conversation.'),
	email: field(email.optional(), 'E-mail address.'),
	phone: field(z.string().optional(), 'Phone number.'),
	notes: internal(z.string().optional(), 'What to know about this person; internal only.'),
});

export type Contact = z.infer<typeof contactSchema>;
export type Stance = z.infer<typeof stance>;
