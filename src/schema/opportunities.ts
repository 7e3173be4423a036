/** Proactive account management: new opportunities, often born from the customer's initiatives. */
import { z } from 'astro/zod';
import { field, id, internal, isoDate, money } from './primitives.ts';

export const opportunityStage = z.enum(['idea', 'qualified', 'proposal', 'negotiation', 'won', 'lost']);

export const opportunitySchema = z.strictObject({
	title: field(z.string().min(1), 'What we could sell or do.'),
	value: field(money.optional(), 'Estimated value in the plan\'s currency.'),
	stage: field(opportunityStage.default('idea'), 'idea, qualified, proposal, negotiation, won or lost.'),
	expectedClose: field(isoDate.optional(), 'When we expect a decision.'),
	initiative: field(z.string().optional(), 'Id of the customer initiative it comes from.'),
	owner: field(id.optional(), 'Person id on our side driving it.'),
	unit: field(z.string().optional(), 'The customer unit of the whitespace map it pursues (with offering).'),
	offering: field(id.optional(), 'Our offering it sells: an id of offerings in settings.yaml; it pursues that whitespace cell.'),
	crmId: field(
		z.string().min(1).optional(),
		'Its id in the CRM (e.g. a Salesforce opportunity id); `npm run import` updates the opportunity with this id, and writes it when it first matches by title.',
	),
	probability: internal(z.number().min(0).max(100).optional(), 'Our estimate of the chance to win, in percent; internal only.'),
});

export type Opportunity = z.infer<typeof opportunitySchema>;
