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
import { pruneValue } from '../schema/introspect.ts';
import type { Plan } from '../schema/plan.ts';
import { planSchema } from '../schema/plan.ts';
import { actionsKpi, contractKpi, revenueKpi } from './account-sheet.ts';
import { formatDate, formatDateRange, formatShortDate } from '../domain/format.ts';
import { actionRows, MAX_ROWS, meetingRows, objectiveRows, opportunityRows, personRow, scorecardRows, type AccountSheet, type SheetContext } from './sheet.ts';

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

/** The customer-safe account one-pager, for joint planning with the customer. */
export function customerSheet(a: AccountAnalysis, ctx: SheetContext): AccountSheet {
	const plan = customerPlan(a.account.plan.data);
	const f = a.figures;
	const safe = (list: typeof f.openActions) => list.map(({ index }) => ({ index, action: plan.actions[index] }));
	const deciders = new Set(f.decisionMakers.map((d) => d.index));
	const people = [...plan.contacts.filter((_, i) => deciders.has(i)), ...plan.contacts.filter((_, i) => !deciders.has(i))];
	const next = f.upcomingMeetings[0];
	const scorecard = scorecardRows(f.scorecard);
	return {
		variant: 'customer',
		organisation: ctx.organisation,
		asOf: formatDate(ctx.today),
		name: plan.name,
		kicker: 'Joint account plan',
		meta: [
			{ text: `Your account manager ${a.names.of(plan.owner)}`, tone: 'neutral' as const },
			{ text: plan.period ? `Plan ${formatDateRange(plan.period.start, plan.period.end)}` : '', tone: 'neutral' as const },
			{ text: `Updated ${formatDate(plan.reviewed)}`, tone: 'neutral' as const },
		].filter((m) => m.text),
		kpis: [
			revenueKpi(a, 'accent'),
			{ label: 'Scorecard', value: scorecard.latest || '—', detail: scorecard.period ? `Latest review ${scorecard.period}` : 'Not scored yet', tone: 'accent' },
			actionsKpi(a),
			{ label: 'Next meeting', value: next ? formatShortDate(next.date) : '—', detail: next ? next.meeting.name : 'None scheduled', tone: 'accent' },
			contractKpi(a, 'neutral'),
		],
		objectives: objectiveRows(plan.objectives),
		actions: actionRows(safe(f.openActions), safe(f.overdueActions), a.names.of),
		people: people.slice(0, MAX_ROWS).map((c) => personRow(c)),
		opportunities: opportunityRows(f.openOpportunities, f.currency),
		priorities: plan.selfImage.priorities.slice(0, MAX_ROWS),
		meetings: meetingRows(f.upcomingMeetings),
		scorecard,
		footer: `Prepared by ${ctx.organisation} with ${plan.name}`,
	};
}
