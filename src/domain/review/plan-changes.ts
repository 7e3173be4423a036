/**
 * What a change does to a plan, in the domain's words: contacts added or
 * removed, stance and role changes, commitment and target changes, objectives
 * and actions added, actions done or re-dated, objectives shared with the
 * customer and actions made mutual (or taken back: what customer-facing
 * outputs show changes), meetings added or accepted, risks added or closed,
 * whitespace cells that change status, value or competitor, contract dates,
 * renewal milestones done, a renewal plan added. Only the changes that matter
 * to an account plan's reader; wording and typos are not reported.
 */
import type { Account } from '../../loader/portfolio.ts';
import type { Plan } from '../../schema/plan.ts';
import type { RenewalPlan } from '../../schema/renewal.ts';
import type { WhitespaceCell } from '../../schema/whitespace.ts';
import { formatDate, formatMoney, formatMoneyExact, label } from '../format.ts';

/** The kinds of plan change, for summaries ("stance changes", "new risks"…). */
export type ChangeKind =
	| 'contact-added'
	| 'contact-removed'
	| 'stance'
	| 'role'
	| 'commitment'
	| 'target'
	| 'objective-added'
	| 'action-added'
	| 'action-done'
	| 'action-redated'
	| 'shared'
	| 'whitespace'
	| 'meeting-added'
	| 'meeting-accepted'
	| 'risk-added'
	| 'risk-closed'
	| 'contract'
	| 'milestone-done'
	| 'renewal-added'
	| 'renewal-removed';

/** One change that matters, with a sentence that says it. */
export interface PlanChange {
	kind: ChangeKind;
	text: string;
}

type Keyed<T> = Map<string, T>;
/** An amount for one fiscal year. */
type YearAmount = { year: number; amount: number };
const byKey = <T>(items: readonly T[], key: (item: T) => string | undefined): Keyed<T> => {
	const map = new Map<string, T>();
	for (const item of items) {
		const k = key(item);
		if (k !== undefined && !map.has(k)) map.set(k, item);
	}
	return map;
};

/** Items of `after` whose key `before` does not have, and the pairs present in both. */
function pairs<T>(before: readonly T[], after: readonly T[], key: (item: T) => string | undefined) {
	const old = byKey(before, key);
	const now = byKey(after, key);
	return {
		added: [...now].filter(([k]) => !old.has(k)).map(([, v]) => v),
		removed: [...old].filter(([k]) => !now.has(k)).map(([, v]) => v),
		both: [...now].flatMap(([k, v]) => (old.has(k) ? [[old.get(k)!, v] as const] : [])),
	};
}

const quoted = (text: string) => `"${text}"`;

/** An offering's id and name (settings.yaml), to name a whitespace column as the map does. */
export interface OfferingName {
	id: string;
	name: string;
}

function contactChanges(before: Plan, after: Plan, out: PlanChange[]): void {
	const { added, removed, both } = pairs(before.contacts, after.contacts, (c) => c.id);
	const who = (c: Plan['contacts'][number]) => (c.title ? `${c.name} (${c.title})` : c.name);
	for (const c of added) out.push({ kind: 'contact-added', text: `contact added: ${who(c)}, ${label(c.role).toLowerCase()}, ${c.stance}` });
	for (const c of removed) out.push({ kind: 'contact-removed', text: `contact removed: ${who(c)}` });
	for (const [was, is] of both) {
		if (was.stance !== is.stance) out.push({ kind: 'stance', text: `${who(is)}: stance ${was.stance} → ${is.stance}` });
		if (was.role !== is.role) out.push({ kind: 'role', text: `${who(is)}: role ${label(was.role).toLowerCase()} → ${label(is.role).toLowerCase()}` });
	}
}

/** Changes of a per-year amount (commitment, target), year by year. */
function moneyChange(kind: 'commitment' | 'target', what: string, before: readonly YearAmount[], after: readonly YearAmount[], currency: string, out: PlanChange[]): void {
	const show = (v: YearAmount | undefined) => (v ? `${formatMoney(v.amount, currency)} for ${v.year}` : 'none');
	const years = [...new Set([...before, ...after].map((v) => v.year))].sort((a, b) => a - b);
	for (const year of years) {
		const was = before.find((v) => v.year === year);
		const is = after.find((v) => v.year === year);
		if (was?.amount !== is?.amount) out.push({ kind, text: `${what}: ${show(was)} → ${show(is)}` });
	}
}

/** Objectives added, and objectives shared with the customer or taken back (the customer one-pager and deck show only shared ones). */
function objectiveChanges(before: Plan, after: Plan, out: PlanChange[]): void {
	const { added, both } = pairs(before.objectives, after.objectives, (o) => o.id);
	for (const o of added) out.push({ kind: 'objective-added', text: `objective added: ${quoted(o.title)}${o.shared ? ', shared with the customer' : ''}` });
	for (const [was, is] of both) {
		if (was.shared !== is.shared) out.push({ kind: 'shared', text: `objective ${is.shared ? 'now' : 'no longer'} shared with the customer: ${quoted(is.title)}` });
	}
}

function actionChanges(before: Plan, after: Plan, out: PlanChange[]): void {
	const { added, both } = pairs(before.actions, after.actions, (a) => a.title);
	for (const a of added) out.push({ kind: 'action-added', text: `action added: ${quoted(a.title)}${a.due ? `, due ${formatDate(a.due)}` : ''}${a.mutual ? ', mutual (shown to the customer)' : ''}` });
	for (const [was, is] of both) {
		if (is.status === 'done' && was.status !== 'done') out.push({ kind: 'action-done', text: `action done: ${quoted(is.title)}` });
		else if (was.due !== is.due) out.push({ kind: 'action-redated', text: `action re-dated: ${quoted(is.title)}, ${formatDate(was.due)} → ${formatDate(is.due)}` });
		if (was.mutual !== is.mutual) out.push({ kind: 'shared', text: `action ${is.mutual ? 'now mutual (shown to the customer)' : 'no longer mutual (no longer shown to the customer)'}: ${quoted(is.title)}` });
	}
}

/**
 * Whitespace cells whose status, potential value or competitor changed; a cell not listed is unknown, so a
 * cell added or removed reads as a change from or to unknown.
 */
function whitespaceChanges(before: Plan, after: Plan, offerings: readonly OfferingName[], currency: string, out: PlanChange[]): void {
	const key = (c: WhitespaceCell) => `${c.unit}\0${c.offering}`;
	const old = byKey(before.whitespace.cells, key);
	const now = byKey(after.whitespace.cells, key);
	const state = (c: WhitespaceCell | undefined) =>
		!c ? 'unknown' : c.status === 'potential' && c.value !== undefined ? `potential (${formatMoneyExact(c.value, currency)})` : c.status === 'competitor' && c.competitor ? `competitor (${c.competitor})` : c.status;
	for (const k of new Set([...old.keys(), ...now.keys()])) {
		const was = state(old.get(k));
		const is = state(now.get(k));
		if (was === is) continue;
		const cell = (now.get(k) ?? old.get(k))!;
		const offering = offerings.find((o) => o.id === cell.offering)?.name ?? cell.offering;
		out.push({ kind: 'whitespace', text: `whitespace ${cell.unit} × ${offering}: ${was} → ${is}` });
	}
}

function planChangesOf(before: Plan, after: Plan, offerings: readonly OfferingName[], out: PlanChange[]): void {
	contactChanges(before, after, out);
	const currency = after.financials.currency ?? before.financials.currency ?? 'EUR';
	moneyChange('commitment', 'revenue commitment', before.financials.commitment, after.financials.commitment, currency, out);
	moneyChange('target', 'revenue target', before.financials.target, after.financials.target, currency, out);
	objectiveChanges(before, after, out);
	actionChanges(before, after, out);
	const meetings = pairs(before.cadence, after.cadence, (m) => m.id ?? m.name);
	for (const m of meetings.added) out.push({ kind: 'meeting-added', text: `meeting added: ${quoted(m.name)}${m.accepted ? ', accepted' : ''}` });
	for (const [was, is] of meetings.both) if (is.accepted && !was.accepted) out.push({ kind: 'meeting-accepted', text: `meeting accepted by the customer: ${quoted(is.name)}` });
	const risks = pairs(before.risks, after.risks, (r) => r.title);
	for (const r of risks.added) out.push({ kind: 'risk-added', text: `risk added: ${quoted(r.title)}, ${r.likelihood} likelihood, ${r.impact} impact` });
	for (const r of risks.removed) out.push({ kind: 'risk-closed', text: `risk closed: ${quoted(r.title)}` });
	const was = before.contract;
	const is = after.contract;
	if (was?.start !== is?.start || was?.end !== is?.end) {
		const span = (c: typeof was) => (c ? `${formatDate(c.start)} – ${formatDate(c.end)}` : 'none');
		out.push({ kind: 'contract', text: `contract: ${span(was)} → ${span(is)}` });
	}
	whitespaceChanges(before, after, offerings, currency, out);
}

function renewalChanges(before: RenewalPlan | undefined, after: RenewalPlan | undefined, out: PlanChange[]): void {
	if (!before && after) out.push({ kind: 'renewal-added', text: `renewal plan added: ${quoted(after.objective)}` });
	if (before && !after) out.push({ kind: 'renewal-removed', text: 'renewal plan removed' });
	if (!before || !after) return;
	for (const [was, is] of pairs(before.milestones, after.milestones, (m) => m.title).both) {
		if (is.done && !was.done) out.push({ kind: 'milestone-done', text: `renewal milestone done: ${quoted(is.title)}` });
	}
}

/**
 * The changes that matter between two versions of an account (either may be missing: added or removed);
 * `offerings` name the whitespace map's columns (their ids otherwise).
 */
export function planChanges(before: Account | undefined, after: Account | undefined, offerings: readonly OfferingName[] = []): PlanChange[] {
	const out: PlanChange[] = [];
	if (!before || !after) return out;
	planChangesOf(before.plan.data, after.plan.data, offerings, out);
	renewalChanges(before.renewal?.data, after.renewal?.data, out);
	return out;
}
