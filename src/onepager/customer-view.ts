/**
 * The customer-safe view, in one place. `stripInternal` walks a schema and
 * drops every field marked `internal(...)` (weaknesses, competitors, stance,
 * sentiment, wallet size, target, risks, notes, probability, contract value,
 * renewal risks, threats and proposed terms), so a field marked internal
 * tomorrow is left out without touching this file. `customerSheet` builds the
 * customer variant from the stripped plan and a whitelist of figures that do
 * not derive from internal data; it never reads health or findings.
 */
import type { z } from 'astro/zod';
import type { AccountAnalysis } from '../domain/analysis.ts';
import type { Plan } from '../schema/plan.ts';
import { planSchema } from '../schema/plan.ts';
import { actionsKpi, contractKpi, revenueKpi } from './account-sheet.ts';
import * as fmt from './format.ts';
import { actionRows, MAX_ROWS, meetingRows, nameOf, objectiveRows, opportunityRows, personRow, scorecardRows, type AccountSheet, type SheetContext } from './sheet.ts';

const DROP = Symbol('internal');

interface Def {
	type: string;
	innerType?: z.ZodType;
	out?: z.ZodType;
	shape?: Record<string, z.ZodType>;
	element?: z.ZodType;
	options?: z.ZodType[];
	valueType?: z.ZodType;
}

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;
const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional']);

/** Unwraps optional/default/preprocess layers; DROP when any layer is marked internal. */
function unwrap(schema: z.ZodType): z.ZodType | typeof DROP {
	let s = schema;
	for (;;) {
		if (s.meta()?.internal) return DROP;
		const def = defOf(s);
		if (WRAPPERS.has(def.type) && def.innerType) s = def.innerType;
		else if (def.type === 'pipe' && def.out) s = def.out;
		else return s;
	}
}

function strip(schema: z.ZodType, value: unknown): unknown {
	const s = unwrap(schema);
	if (s === DROP) return DROP;
	if (value === null || value === undefined) return value;
	const def = defOf(s);
	if (def.type === 'object' && def.shape && typeof value === 'object') {
		const out: Record<string, unknown> = {};
		for (const [key, v] of Object.entries(value)) {
			const field = def.shape[key];
			const kept = field ? strip(field, v) : DROP;
			if (kept !== DROP) out[key] = kept;
		}
		return out;
	}
	if (def.type === 'array' && def.element && Array.isArray(value)) return value.map((v) => strip(def.element as z.ZodType, v));
	if (def.type === 'record' && def.valueType && typeof value === 'object') {
		return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, strip(def.valueType as z.ZodType, v)]));
	}
	if (def.type === 'union' && def.options) {
		const option = def.options.find((o) => o.safeParse(value).success);
		return option ? strip(option, value) : value;
	}
	return value;
}

/** A copy of `value` (valid for `schema`) without any field marked internal-only. */
export function stripInternal(schema: z.ZodType, value: unknown): unknown {
	const out = strip(schema, value);
	return out === DROP ? undefined : out;
}

/** Every string under an internal-only field of `value`: what a customer output must never show. */
export function internalTexts(schema: z.ZodType, value: unknown): string[] {
	const texts: string[] = [];
	const collect = (v: unknown): void => {
		if (typeof v === 'string') texts.push(v);
		else if (Array.isArray(v)) v.forEach(collect);
		else if (v && typeof v === 'object') Object.values(v).forEach(collect);
	};
	const walk = (s: z.ZodType, v: unknown): void => {
		const inner = unwrap(s);
		if (inner === DROP) return collect(v);
		const def = defOf(inner);
		if (def.type === 'object' && def.shape && v && typeof v === 'object') {
			for (const [key, child] of Object.entries(v)) if (def.shape[key]) walk(def.shape[key], child);
		} else if (def.type === 'array' && def.element && Array.isArray(v)) v.forEach((child) => walk(def.element as z.ZodType, child));
		else if (def.type === 'union' && def.options) {
			const option = def.options.find((o) => o.safeParse(v).success);
			if (option) walk(option, v);
		}
	};
	walk(schema, value);
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
		asOf: fmt.date(ctx.today),
		name: plan.name,
		kicker: 'Joint account plan',
		meta: [
			{ text: `Your account manager ${nameOf(plan.owner, ctx, plan.contacts)}`, tone: 'neutral' as const },
			{ text: plan.period ? `Plan ${fmt.dateRange(plan.period.start, plan.period.end)}` : '', tone: 'neutral' as const },
			{ text: `Updated ${fmt.date(plan.reviewed)}`, tone: 'neutral' as const },
		].filter((m) => m.text),
		kpis: [
			revenueKpi(a, 'accent'),
			{ label: 'Scorecard', value: scorecard.latest || '—', detail: scorecard.period ? `Latest review ${scorecard.period}` : 'Not scored yet', tone: 'accent' },
			actionsKpi(a),
			{ label: 'Next meeting', value: next ? fmt.shortDate(next.date) : '—', detail: next ? next.meeting.name : 'None scheduled', tone: 'accent' },
			contractKpi(a, 'neutral'),
		],
		objectives: objectiveRows(plan.objectives),
		actions: actionRows(safe(f.openActions), safe(f.overdueActions), (id) => nameOf(id, ctx, plan.contacts)),
		people: people.slice(0, MAX_ROWS).map((c) => personRow(c)),
		opportunities: opportunityRows(plan.opportunities, f.currency),
		priorities: plan.selfImage.priorities.slice(0, MAX_ROWS),
		meetings: meetingRows(f.upcomingMeetings),
		scorecard,
		footer: `Prepared by ${ctx.organisation} with ${plan.name}`,
	};
}
