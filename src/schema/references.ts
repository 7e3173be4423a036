/**
 * Validation beyond types: every id a plan mentions must resolve, ids must be
 * unique, dates must be in order and the reporting lines must form a tree.
 * Zod checks one file's shape; this checks what the files say about each other.
 */
import type { DeepPartial } from './partial.ts';
import type { Plan } from './plan.ts';
import { formatPath, type Problem } from './problem.ts';
import type { RenewalPlan } from './renewal.ts';
import type { Settings } from './settings.ts';
import { perYearPath } from './primitives.ts';
import { didYouMean, listKnown } from './suggest.ts';
import { Report } from './reference-report.ts';
import { whitespaceReferences } from './whitespace-references.ts';

/** What a plan's references resolve against. */
export interface ReferenceContext {
	settings: Settings;
	/** Ids of our own people. */
	people: ReadonlySet<string>;
	/**
	 * False when settings.yaml itself is in error: then the plan's offerings and
	 * exchange rates are not checked against it (the settings error is the one to fix).
	 */
	settingsValid?: boolean;
}

type Path = (string | number)[];

/**
 * Reports each reporting cycle once, at the first contact (in file order)
 * whose chain of managers runs into it. Linear in the number of contacts:
 * every contact is walked at most once, since a walk stops at any contact an
 * earlier walk has already visited.
 */
function reportingCycles(contacts: readonly (PartialContact | undefined)[], report: Report): void {
	// Self-references are reported on their own; here they would be a one-contact "cycle".
	const manager = new Map<string, string | undefined>();
	for (const c of contacts) if (c?.id !== undefined && c.reportsTo !== c.id) manager.set(c.id, c.reportsTo);
	const visited = new Set<string>();
	contacts.forEach((contact, index) => {
		if (contact?.id === undefined || visited.has(contact.id)) return;
		// Position of each contact on this walk's chain.
		const onChain = new Map<string, number>([[contact.id, 0]]);
		const chain = [contact.id];
		visited.add(contact.id);
		let next = contact.reportsTo === contact.id ? undefined : contact.reportsTo;
		while (next !== undefined && manager.has(next)) {
			const at = onChain.get(next);
			if (at !== undefined) {
				report.error(['contacts', index, 'reportsTo'], `reporting lines form a cycle: ${showCycle([...chain.slice(at), next])}`);
				return;
			}
			if (visited.has(next)) return;
			visited.add(next);
			onChain.set(next, chain.length);
			chain.push(next);
			next = manager.get(next);
		}
	});
}

/** `a → b → c → a`; a long cycle is shortened in the middle, so that the message stays readable. */
function showCycle(ids: string[]): string {
	if (ids.length <= 12) return ids.join(' → ');
	return [...ids.slice(0, 6), `… ${ids.length - 9} more …`, ...ids.slice(-3)].join(' → ');
}

type PartialPlan = DeepPartial<Plan>;
type PartialContact = DeepPartial<Plan['contacts'][number]>;

/** The ids of the items of a list, leaving out items (or ids) that were invalid. */
const idsOf = (items: readonly ({ id?: string } | undefined)[] = []) => new Set(items.flatMap((item) => (item?.id === undefined ? [] : [item.id])));

/** Why a plan's currency cannot be converted to the reporting currency, or undefined when it can. */
function missingRate(plan: PartialPlan, settings: Settings): string | undefined {
	const currency = plan.financials?.currency;
	if (currency === undefined || currency === settings.currency || settings.exchangeRates?.rates[currency] !== undefined) return undefined;
	const known = Object.keys(settings.exchangeRates?.rates ?? {});
	const name = plan.name ? `"${plan.name}"` : 'this plan';
	return (
		`${name} is in ${currency}, but content/settings.yaml has no exchange rate for ${currency}${known.length ? ` (rates: ${listKnown(known)})` : ''}: ` +
		`add it under exchangeRates.rates (${currency}: how many ${settings.currency} one ${currency} is worth), or the plan's amounts cannot count in the ${settings.currency} portfolio totals`
	);
}

/**
 * Cross-reference problems of one plan. A plan that failed its schema comes
 * as whatever of it was valid, so that its reference problems are reported
 * in the same run; every field may be missing.
 */
export function planReferences(file: string, plan: PartialPlan, ctx: ReferenceContext): Problem[] {
	const r = new Report(file);
	const people = ctx.people;
	const contactList = plan.contacts ?? [];
	const contacts = idsOf(contactList);
	const anyone = new Set([...people, ...contacts]);
	const objectives = idsOf(plan.objectives);
	const measures = idsOf(plan.scorecard?.measures);
	const initiatives = idsOf(plan.selfImage?.initiatives);

	if (plan.tier !== undefined && !ctx.settings.tiers.includes(plan.tier)) {
		r.error(['tier'], `"${plan.tier}" is not a tier defined in content/settings.yaml${didYouMean(plan.tier, ctx.settings.tiers)} (known: ${listKnown(ctx.settings.tiers)})`);
	}
	r.reference(['owner'], plan.owner, 'person', people);
	(plan.team ?? []).forEach((m, i) => (typeof m === 'string' ? r.reference(['team', i], m, 'person', people) : r.reference(['team', i, 'person'], m?.person, 'person', people)));

	r.unique('contacts', contactList, (c) => c?.id, 'contact');
	r.unique('objectives', plan.objectives ?? [], (o) => o?.id, 'objective');
	r.unique('cadence', plan.cadence ?? [], (m) => m?.id, 'meeting');
	r.unique('scorecard.measures', plan.scorecard?.measures ?? [], (m) => m?.id, 'measure');

	contactList.forEach((c, i) => {
		if (!c) return;
		// Action owners and meeting participants name people and contacts alike: one id must mean one of them.
		if (c.id !== undefined && people.has(c.id)) r.error(['contacts', i, 'id'], `contact id "${c.id}" is also a person id (content/people/${c.id}.yaml): rename the contact (action owners and meeting participants name people and contacts by the same ids)`);
		if (c.reportsTo !== undefined && c.reportsTo === c.id) r.error(['contacts', i, 'reportsTo'], `"${c.id}" cannot report to themself`);
		else r.reference(['contacts', i, 'reportsTo'], c.reportsTo, 'contact', contacts);
		r.reference(['contacts', i, 'relationshipOwner'], c.relationshipOwner, 'person', people);
	});
	reportingCycles(contactList, r);

	(plan.actions ?? []).forEach((a, i) => {
		r.reference(['actions', i, 'owner'], a?.owner, 'person or contact', anyone);
		r.reference(['actions', i, 'objective'], a?.objective, 'objective', objectives);
	});
	(plan.cadence ?? []).forEach((m, i) => (m?.participants ?? []).forEach((p, j) => r.reference(['cadence', i, 'participants', j], p, 'person or contact', anyone)));
	(plan.opportunities ?? []).forEach((o, i) => {
		r.reference(['opportunities', i, 'initiative'], o?.initiative, 'initiative', initiatives);
		r.reference(['opportunities', i, 'owner'], o?.owner, 'person', people);
	});
	(plan.risks ?? []).forEach((risk, i) => r.reference(['risks', i, 'owner'], risk?.owner, 'person', people));
	const feedback = plan.feedback ?? [];
	feedback.forEach((entry, e) => (entry?.from ?? []).forEach((f, i) => r.reference([...perYearPath(['feedback'], feedback.length, e), 'from', i], f, 'contact', contacts)));
	const commitments = plan.financials?.commitment ?? [];
	commitments.forEach((c, i) => r.reference([...perYearPath(['financials', 'commitment'], commitments.length, i), 'agreedBy'], c?.agreedBy, 'contact', contacts));
	for (const list of ['commitment', 'target'] as const) r.unique(`financials.${list}`, plan.financials?.[list] ?? [], (entry) => (entry?.year === undefined ? undefined : String(entry.year)), `${list} year`, 'year');
	if (ctx.settingsValid !== false) {
		whitespaceReferences(plan, ctx.settings, r);
		const rateProblem = missingRate(plan, ctx.settings);
		if (rateProblem) r.error(['financials', 'currency'], rateProblem);
	}

	const periods = new Map<string, number>();
	(plan.scorecard?.reviews ?? []).forEach((review, i) => {
		if (review?.period === undefined) return;
		const first = periods.get(review.period);
		if (first !== undefined) r.error(['scorecard', 'reviews', i, 'period'], `period ${review.period} is already reviewed in scorecard.reviews[${first}]`);
		else periods.set(review.period, i);
		for (const measure of Object.keys(review.scores ?? {})) r.reference(['scorecard', 'reviews', i, 'scores', measure], measure, 'measure', measures);
	});

	if (plan.contract?.end !== undefined && plan.contract.start !== undefined && plan.contract.end <= plan.contract.start) {
		r.error(['contract', 'end'], `contract ends (${plan.contract.end}) before it starts (${plan.contract.start})`);
	}
	if (plan.period?.end !== undefined && plan.period.start !== undefined && plan.period.end <= plan.period.start) {
		r.error(['period', 'end'], `plan period ends (${plan.period.end}) before it starts (${plan.period.start})`);
	}
	return r.problems;
}

/** Cross-reference problems of a renewal plan against its account plan. */
export function renewalReferences(file: string, renewal: DeepPartial<RenewalPlan>, plan: PartialPlan, ctx: ReferenceContext): Problem[] {
	const r = new Report(file);
	const contacts = idsOf(plan.contacts);
	(renewal.decisionMakers ?? []).forEach((d, i) => r.reference(['decisionMakers', i], d, 'contact of the account plan', contacts));
	(renewal.milestones ?? []).forEach((m, i) => r.reference(['milestones', i, 'owner'], m?.owner, 'person', ctx.people));
	if (!plan.contract) r.error([], 'a renewal plan needs a contract in plan.mdx (contract: { start, end })');
	return r.problems;
}
