/**
 * How complete each section of a plan is: per section of `PLAN_SECTIONS` (the
 * seven actions and the proactive ones), the things a complete section has,
 * each a check on the plan and its figures. A section's completeness is the
 * share of its checks that are met; the guide lists them from this catalogue,
 * and the account page and the dashboard draw them as a compact bar.
 */
import type { Plan } from '../../schema/plan.ts';
import type { AccountFigures } from '../figures/index.ts';

/** What a completeness check reads. */
export interface CompletenessContext {
	plan: Plan;
	figures: AccountFigures;
	/** True when the account has a renewal plan. */
	hasRenewalPlan: boolean;
}

/** One thing a complete section has. */
export interface CompletenessCheck {
	/** What it is, as the guide and the bar's tooltip say it, e.g. "a decision maker known". */
	title: string;
	met(ctx: CompletenessContext): boolean;
}

/** The checks of one plan section. */
export interface SectionChecks {
	/** The section's frontmatter field (`PLAN_SECTIONS`). */
	field: string;
	/** When the section applies at all (the contract section only with a contract); always when absent. */
	applies?: (ctx: CompletenessContext) => boolean;
	checks: readonly CompletenessCheck[];
}

const check = (title: string, met: CompletenessCheck['met']): CompletenessCheck => ({ title, met });
const some = (list: readonly unknown[]) => list.length > 0;

/** The completeness catalogue, in the order of the plan's sections. */
export const COMPLETENESS: readonly SectionChecks[] = [
	{
		field: 'business',
		checks: [
			check('a summary of the business', ({ plan }) => !!plan.business.summary),
			check('head office', ({ plan }) => !!plan.business.headquarters),
			check('business units', ({ plan }) => some(plan.business.businessUnits)),
			check('size (employees or revenue)', ({ plan }) => plan.business.employees !== undefined || plan.business.annualRevenue !== undefined),
			check('website or further reading', ({ plan }) => !!plan.website || some(plan.business.links)),
		],
	},
	{
		field: 'selfImage',
		checks: [
			check('their strategy', ({ plan }) => !!plan.selfImage.strategy),
			check('their priorities', ({ plan }) => some(plan.selfImage.priorities)),
			check('their initiatives', ({ plan }) => some(plan.selfImage.initiatives)),
			check('how they measure their success', ({ plan }) => some(plan.selfImage.successMeasures)),
		],
	},
	{
		field: 'financials',
		checks: [
			check("this year's revenue", ({ figures }) => figures.revenueThisYear !== undefined),
			check("last year's revenue", ({ figures }) => figures.revenueLastYear !== undefined),
			check("this year's wallet (share of wallet)", ({ figures }) => figures.walletThisYear !== undefined),
			check("this year's commitment", ({ figures }) => figures.commitment !== undefined),
			check("this year's target", ({ figures }) => figures.target !== undefined),
		],
	},
	{
		field: 'contacts',
		checks: [
			check('a decision maker known', ({ figures }) => some(figures.decisionMakers)),
			check('a champion', ({ figures }) => some(figures.champions)),
			check('contacts in three or more departments', ({ figures }) => figures.departments.length >= 3),
			check("every contact's role and stance assessed", ({ plan }) => some(plan.contacts) && plan.contacts.every((c) => c.role !== 'unknown' && c.stance !== 'unknown')),
			check('reporting lines', ({ plan }) => plan.contacts.some((c) => c.reportsTo !== undefined)),
		],
	},
	{
		field: 'relationship',
		checks: [
			check('strengths', ({ plan }) => some(plan.relationship.strengths)),
			check('weaknesses', ({ plan }) => some(plan.relationship.weaknesses)),
			check('competitors', ({ plan }) => some(plan.relationship.competitors)),
			check('overall sentiment', ({ plan }) => plan.relationship.sentiment !== undefined),
		],
	},
	{
		field: 'objectives',
		checks: [
			check('at least one objective', ({ plan }) => some(plan.objectives)),
			check('every objective with a strategy and a measure', ({ plan }) => some(plan.objectives) && plan.objectives.every((o) => !!o.strategy && !!o.measure)),
			check('every objective with a due date', ({ plan }) => some(plan.objectives) && plan.objectives.every((o) => o.due !== undefined)),
			check('every objective served by an action', ({ figures }) => some(figures.objectiveActions) && figures.objectiveActions.every(some)),
		],
	},
	{
		field: 'actions',
		checks: [
			check('open actions', ({ figures }) => some(figures.openActions)),
			check('every open action with an owner and a due date', ({ figures }) => some(figures.openActions) && figures.openActions.every(({ action }) => !!action.owner && !!action.due)),
			check('every action linked to an objective', ({ plan }) => some(plan.actions) && plan.actions.every((a) => a.objective !== undefined)),
			check('a mutual action plan agreed with the customer', ({ figures }) => some(figures.mutualActions)),
		],
	},
	{
		field: 'cadence',
		checks: [
			check('meetings agreed', ({ plan }) => some(plan.cadence)),
			check('a meeting within the next quarter', ({ figures }) => figures.meetingWithinQuarter),
			check('every meeting accepted by the customer', ({ figures }) => some(figures.meetings) && figures.meetings.every((m) => m.status !== 'awaiting-acceptance')),
		],
	},
	{
		field: 'opportunities',
		checks: [
			check('open opportunities', ({ figures }) => some(figures.openOpportunities)),
			check('every open opportunity with a value', ({ figures }) => some(figures.openOpportunities) && figures.openOpportunities.every(({ opportunity }) => opportunity.value !== undefined)),
			check("opportunities from the customer's initiatives", ({ plan }) => plan.opportunities.some((o) => o.initiative !== undefined)),
		],
	},
	{
		field: 'whitespace',
		checks: [
			check('a whitespace map', ({ figures }) => figures.whitespace.mapped),
			check('most cells known', ({ figures }) => {
				const cells = figures.whitespace.rows.flatMap((r) => r.cells);
				return figures.whitespace.mapped && cells.filter((c) => c.status === 'unknown').length * 2 <= cells.length;
			}),
			check('every potential pursued', ({ figures }) => figures.whitespace.mapped && figures.whitespace.unpursued.length === 0),
		],
	},
	{
		field: 'feedback',
		checks: [
			check("this year's start / stop / keep", ({ figures }) => figures.feedbackThisYear !== undefined),
			check('how they measure us', ({ figures }) => !!figures.feedbackThisYear && some(figures.feedbackThisYear.feedback.measuredBy)),
		],
	},
	{
		field: 'scorecard',
		checks: [
			check('success measures', ({ plan }) => some(plan.scorecard.measures)),
			check('scored reviews', ({ plan }) => some(plan.scorecard.reviews)),
			check('the last period reviewed', ({ figures }) => some(figures.scorecard.trends) && !figures.scorecard.reviewMissing),
		],
	},
	{
		field: 'risks',
		checks: [
			check('risks assessed', ({ plan }) => some(plan.risks)),
			check('every risk with a mitigation and an owner', ({ plan }) => some(plan.risks) && plan.risks.every((r) => !!r.mitigation && !!r.owner)),
			check('early-warning signals', ({ plan }) => some(plan.risks) && plan.risks.every((r) => !!r.signal)),
		],
	},
	{
		field: 'contract',
		applies: ({ plan }) => plan.contract !== undefined,
		checks: [
			check('contract reference', ({ plan }) => plan.contract?.reference !== undefined),
			check('contract value', ({ plan }) => plan.contract?.value !== undefined),
			check('a renewal plan once in the renewal window', ({ figures, hasRenewalPlan }) => figures.renewalPhase !== 'renewal' || hasRenewalPlan),
		],
	},
];
