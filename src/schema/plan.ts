/**
 * `content/accounts/<slug>/plan.mdx` frontmatter: one key account plan.
 * Sections follow the "seven actions" (business, self-image, financials,
 * who's who, relationship, objectives, actions) and then the proactive ones
 * (cadence, opportunities, feedback, scorecard, risks, contract).
 */
import { z } from 'astro/zod';
import { businessSchema, selfImageSchema } from './business.ts';
import { meetingSchema } from './cadence.ts';
import { contactSchema } from './contacts.ts';
import { contractSchema } from './contract.ts';
import { feedbackSchema } from './feedback.ts';
import { financialsSchema } from './financials.ts';
import { actionSchema, objectiveSchema } from './objectives.ts';
import { opportunitySchema } from './opportunities.ts';
import { field, id, internal, isoDate, url } from './primitives.ts';
import { relationshipSchema } from './relationship.ts';
import { riskSchema } from './risks.ts';
import { scorecardSchema } from './scorecard.ts';
import { whitespaceSchema } from './whitespace.ts';

/** One of our people working on the account beside the owner. */
const teamMember = z.union([
	id,
	z.strictObject({
		person: field(id, 'Person id (a file in content/people/).'),
		role: field(z.string().optional(), 'Their role on the account, e.g. "executive sponsor".'),
	}),
]);

/** An account's id in another system, so that imports match rows by it instead of by name. */
const sourceId = z.strictObject({
	id: field(z.string().min(1), 'The id as that system writes it in its exports; quote it when it is all digits, e.g. "40017".'),
});

export const planSchema = z.strictObject({
	name: field(z.string().min(1), 'The customer\'s name as people say it.'),
	tier: field(id, 'Account tier; one of the tiers in settings.yaml (default: strategic, key, growth).'),
	owner: field(id, 'Person id of the key account manager who owns the account.'),
	team: field(z.array(teamMember).default([]), 'Others on our side: a person id, or { person, role }.'),
	industry: field(z.string().optional(), 'The customer\'s industry.'),
	region: field(z.string().optional(), 'Sales region.'),
	website: field(url.optional(), 'The customer\'s website.'),
	crm: field(sourceId.optional(), 'The account in the CRM: `{ id: … }`; `npm run import` matches export rows by this id before the name.'),
	erp: field(sourceId.optional(), 'The customer in the ERP: `{ id: … }`; `npm run import --kind revenue` matches rows by this id before the name.'),
	reviewed: field(isoDate, 'Date the plan was last reviewed end to end.'),
	period: field(
		z
			.strictObject({
				start: field(isoDate, 'First day the plan covers.'),
				end: field(isoDate, 'Last day the plan covers.'),
			})
			.optional(),
		'Period the plan covers.',
	),
	business: field(businessSchema.default({ offices: [], businessUnits: [], links: [] }), 'The customer\'s business (action 1).'),
	selfImage: field(
		selfImageSchema.default({ priorities: [], initiatives: [], successMeasures: [] }),
		'How the customer sees itself: strategy, priorities, initiatives (action 2).',
	),
	financials: field(financialsSchema.default({ revenue: {}, walletSize: {}, commitment: [], target: [] }), 'Revenue, wallet, commitment and target (action 3).'),
	contacts: field(z.array(contactSchema).default([]), 'Who\'s who at the customer (action 4).'),
	relationship: field(
		relationshipSchema.default({ strengths: [], weaknesses: [], competitors: [] }),
		'Strengths, weaknesses, competitors, sentiment (action 5).',
	),
	objectives: field(z.array(objectiveSchema).default([]), 'Key objectives with strategy and measure (action 6).'),
	actions: field(z.array(actionSchema).default([]), 'Who does what by when (action 7).'),
	cadence: field(z.array(meetingSchema).default([]), 'Mutually agreed meeting schedule; an empty list means none agreed.'),
	opportunities: field(z.array(opportunitySchema).default([]), 'New opportunities with value and stage.'),
	whitespace: internal(
		whitespaceSchema.default({ units: [], cells: [] }),
		'Whitespace map: the customer\'s units × our offerings (settings.yaml), where we sell, where there is potential, where a competitor sits; internal only.',
	),
	feedback: field(
		feedbackSchema.default([]),
		'Start / stop / keep doing, and how they measure us: one entry, or a list with one entry per fiscal year (last year\'s is shown beside this year\'s).',
	),
	scorecard: field(scorecardSchema.default({ measures: [], reviews: [] }), 'The customer\'s success measures scored per period.'),
	risks: internal(z.array(riskSchema).default([]), 'Risks with likelihood, impact, signal and mitigation; internal only.'),
	contract: field(contractSchema.optional(), 'The contract we deliver under, if any.'),
});

export type Plan = z.infer<typeof planSchema>;
export type PlanInput = z.input<typeof planSchema>;
