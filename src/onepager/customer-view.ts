/**
 * The customer-safe view, in one place. `stripInternal` walks a schema (with
 * the one schema walker, `schema/introspect.ts`) and
 * drops every field marked `internal(...)` (weaknesses, competitors, stance,
 * sentiment, wallet size, target, risks, notes, probability, contract value,
 * renewal risks, threats and proposed terms), so a field marked internal
 * tomorrow is left out without touching this file. `customerSheet` builds the
 * customer variant from the stripped plan and a whitelist of figures that do
 * not derive from internal data; it never reads health or findings.
 */
import type { z } from 'astro/zod';
import type { AccountAnalysis } from '../domain/analysis.ts';
import { pruneValue } from '../schema/prune.ts';
import type { Plan } from '../schema/plan.ts';
import { planSchema } from '../schema/plan.ts';
import { formatDate, formatDateRange, formatShortDate } from '../domain/format.ts';
import { actionRows, initiativeRows, MAX_ROWS, meetingRows, objectiveRows, scorecardRows, type AccountSheet, type SheetContext } from './sheet.ts';

/** A copy of `value` (valid for `schema`) without any field marked internal-only. */
export function stripInternal(schema: z.ZodType, value: unknown): unknown {
	return pruneValue(schema, value, (field) => field.internal);
}

/** Every string under an internal-only field of `value`: what a customer output must never show. */
export function internalTexts(schema: z.ZodType, value: unknown): string[] {
	const texts: string[] = [];
	const collect = (v: unknown): void => {
		if (typeof v === 'string') texts.push(v);
		else if (Array.isArray(v)) v.forEach(collect);
		else if (v && typeof v === 'object') Object.values(v).forEach(collect);
	};
	pruneValue(schema, value, (field) => field.internal, collect);
	return texts;
}

type Safe<T, K extends keyof T> = Omit<T, K>;

/** A plan without its internal-only fields. */
export type CustomerPlan = Safe<Plan, 'risks' | 'relationship' | 'financials' | 'contacts' | 'opportunities' | 'contract'> & {
	relationship: Safe<Plan['relationship'], 'weaknesses' | 'competitors' | 'sentiment'>;
	financials: Safe<Plan['financials'], 'walletSize' | 'target'>;
	contacts: Safe<Plan['contacts'][number], 'stance' | 'notes'>[];
	opportunities: Safe<Plan['opportunities'][number], 'probability'>[];
	contract?: Safe<NonNullable<Plan['contract']>, 'value'>;
};

/** The plan as the customer may see it. */
export function customerPlan(plan: Plan): CustomerPlan {
	return stripInternal(planSchema, plan) as CustomerPlan;
}

/**
 * The customer-safe account one-pager, for joint planning with the customer.
 * Opt-in: it shows only what the plan shares — objectives marked `shared`,
 * open actions marked `mutual` (owned on either side), the customer's own
 * priorities and initiatives, the agreed meetings (accepted, with someone of
 * theirs taking part) and the scorecard — never
 * our opportunities, unshared objectives or actions, or internal fields. A
 * plan with nothing shared yet says so instead of showing anything of ours.
 */
export function customerSheet(a: AccountAnalysis, ctx: SheetContext): AccountSheet {
	const plan = customerPlan(a.account.plan.data);
	const f = a.figures;
	const open = f.openMutualActions;
	const mutual = open.map(({ index }) => ({ index, action: plan.actions[index] }));
	const late = open.filter((m) => m.overdue).map(({ index }) => ({ index, action: plan.actions[index] }));
	const objectives = f.sharedObjectives.map(({ index }) => plan.objectives[index]);
	const next = f.agreedMeetings[0];
	const scorecard = scorecardRows(f.scorecard);
	return {
		variant: 'customer',
		organisation: ctx.organisation,
		asOf: formatDate(ctx.today),
		name: plan.name,
		kicker: f.nothingShared ? 'Joint account plan · nothing agreed together yet' : 'Joint account plan',
		meta: [
			{ text: `Your account manager ${a.names.of(plan.owner)}`, tone: 'neutral' as const },
			{ text: plan.period ? `Plan ${formatDateRange(plan.period.start, plan.period.end)}` : '', tone: 'neutral' as const },
			{ text: `Updated ${formatDate(plan.reviewed)}`, tone: 'neutral' as const },
		].filter((m) => m.text),
		kpis: [
			{ label: 'Shared objectives', value: String(objectives.length), detail: objectives.length ? 'Agreed together' : 'None agreed yet', tone: 'accent' },
			{ label: 'Mutual actions', value: String(mutual.length), detail: mutual.length === 0 ? 'None open' : late.length ? `${late.length} overdue` : 'None overdue', tone: late.length ? 'bad' : mutual.length ? 'good' : 'neutral' },
			{ label: 'Scorecard', value: scorecard.latest || '—', detail: scorecard.period ? `Latest review ${scorecard.period}` : 'Not scored yet', tone: 'accent' },
			{ label: 'Next meeting', value: next ? formatShortDate(next.date) : '—', detail: next ? next.meeting.name : 'None scheduled', tone: 'accent' },
		],
		objectives: objectiveRows(objectives),
		actions: actionRows(mutual, late, a.names.of),
		people: [],
		opportunities: [],
		priorities: plan.selfImage.priorities.slice(0, MAX_ROWS),
		initiatives: initiativeRows(plan.selfImage.initiatives),
		meetings: meetingRows(f.agreedMeetings),
		scorecard,
		footer: `Prepared by ${ctx.organisation} with ${plan.name}`,
	};
}
