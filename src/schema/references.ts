/**
 * Validation beyond types: every id a plan mentions must resolve, ids must be
 * unique, dates must be in order and the reporting lines must form a tree.
 * Zod checks one file's shape; this checks what the files say about each other.
 */
import type { Plan } from './plan';
import { formatPath, type Problem } from './problem';
import type { RenewalPlan } from './renewal';
import type { Settings } from './settings';
import { didYouMean, listKnown } from './suggest';

/** What a plan's references resolve against. */
export interface ReferenceContext {
	settings: Settings;
	/** Ids of our own people. */
	people: ReadonlySet<string>;
}

type Path = (string | number)[];

/** Collects problems for one file. */
class Report {
	readonly problems: Problem[] = [];
	constructor(private readonly file: string) {}
	error(path: Path, message: string): void {
		this.problems.push({ file: this.file, path: formatPath(path), message, severity: 'error' });
	}
	/** Reports `value` when it is not in `known`, naming what was expected. */
	reference(path: Path, value: string | undefined, kind: string, known: ReadonlySet<string>): void {
		if (value === undefined || known.has(value)) return;
		const list = [...known];
		this.error(path, `unknown ${kind} "${value}"${didYouMean(value, list)} (known: ${listKnown(list)})`);
	}
	/** Reports every id that appears more than once in `items`. */
	unique<T>(section: string, items: T[], idOf: (item: T) => string | undefined, kind: string): void {
		const seen = new Map<string, number>();
		items.forEach((item, index) => {
			const id = idOf(item);
			if (id === undefined) return;
			const first = seen.get(id);
			if (first === undefined) seen.set(id, index);
			else this.error([section, index, 'id'], `duplicate ${kind} id "${id}" (already used by ${section}[${first}])`);
		});
	}
}

/** Walks `reportsTo` from each contact and reports the first cycle it meets. */
function reportingCycles(plan: Plan, report: Report): void {
	// Self-references are reported on their own; here they would be a one-contact "cycle".
	const manager = new Map(plan.contacts.filter((c) => c.reportsTo !== c.id).map((c) => [c.id, c.reportsTo] as const));
	const reported = new Set<string>();
	plan.contacts.forEach((contact, index) => {
		const chain: string[] = [contact.id];
		let next = contact.reportsTo === contact.id ? undefined : contact.reportsTo;
		while (next !== undefined && manager.has(next)) {
			if (chain.includes(next)) {
				const cycle = [...chain.slice(chain.indexOf(next)), next];
				const key = [...cycle].sort().join();
				if (!reported.has(key)) {
					reported.add(key);
					report.error(['contacts', index, 'reportsTo'], `reporting lines form a cycle: ${cycle.join(' → ')}`);
				}
				return;
			}
			chain.push(next);
			next = manager.get(next);
		}
	});
}

/** Cross-reference problems of one plan. */
export function planReferences(file: string, plan: Plan, ctx: ReferenceContext): Problem[] {
	const r = new Report(file);
	const people = ctx.people;
	const contacts = new Set(plan.contacts.map((c) => c.id));
	const anyone = new Set([...people, ...contacts]);
	const objectives = new Set(plan.objectives.map((o) => o.id));
	const measures = new Set(plan.scorecard.measures.map((m) => m.id));
	const initiatives = new Set(plan.selfImage.initiatives.flatMap((i) => (i.id ? [i.id] : [])));

	if (!ctx.settings.tiers.includes(plan.tier)) {
		r.error(['tier'], `"${plan.tier}" is not a tier defined in content/settings.yaml${didYouMean(plan.tier, ctx.settings.tiers)} (known: ${listKnown(ctx.settings.tiers)})`);
	}
	r.reference(['owner'], plan.owner, 'person', people);
	plan.team.forEach((m, i) => (typeof m === 'string' ? r.reference(['team', i], m, 'person', people) : r.reference(['team', i, 'person'], m.person, 'person', people)));

	r.unique('contacts', plan.contacts, (c) => c.id, 'contact');
	r.unique('objectives', plan.objectives, (o) => o.id, 'objective');
	r.unique('cadence', plan.cadence, (m) => m.id, 'meeting');
	r.unique('scorecard.measures', plan.scorecard.measures, (m) => m.id, 'measure');

	plan.contacts.forEach((c, i) => {
		if (c.reportsTo === c.id) r.error(['contacts', i, 'reportsTo'], `"${c.id}" cannot report to themself`);
		else r.reference(['contacts', i, 'reportsTo'], c.reportsTo, 'contact', contacts);
		r.reference(['contacts', i, 'relationshipOwner'], c.relationshipOwner, 'person', people);
	});
	reportingCycles(plan, r);

	plan.actions.forEach((a, i) => {
		r.reference(['actions', i, 'owner'], a.owner, 'person or contact', anyone);
		r.reference(['actions', i, 'objective'], a.objective, 'objective', objectives);
	});
	plan.cadence.forEach((m, i) => m.participants.forEach((p, j) => r.reference(['cadence', i, 'participants', j], p, 'person or contact', anyone)));
	plan.opportunities.forEach((o, i) => {
		r.reference(['opportunities', i, 'initiative'], o.initiative, 'initiative', initiatives);
		r.reference(['opportunities', i, 'owner'], o.owner, 'person', people);
	});
	plan.risks.forEach((risk, i) => r.reference(['risks', i, 'owner'], risk.owner, 'person', people));
	plan.feedback?.from.forEach((f, i) => r.reference(['feedback', 'from', i], f, 'contact', contacts));
	r.reference(['financials', 'commitment', 'agreedBy'], plan.financials.commitment?.agreedBy, 'contact', contacts);

	const periods = new Map<string, number>();
	plan.scorecard.reviews.forEach((review, i) => {
		const first = periods.get(review.period);
		if (first !== undefined) r.error(['scorecard', 'reviews', i, 'period'], `period ${review.period} is already reviewed in scorecard.reviews[${first}]`);
		else periods.set(review.period, i);
		for (const measure of Object.keys(review.scores)) r.reference(['scorecard', 'reviews', i, 'scores', measure], measure, 'measure', measures);
	});

	if (plan.contract && plan.contract.end <= plan.contract.start) {
		r.error(['contract', 'end'], `contract ends (${plan.contract.end}) before it starts (${plan.contract.start})`);
	}
	if (plan.period && plan.period.end <= plan.period.start) {
		r.error(['period', 'end'], `plan period ends (${plan.period.end}) before it starts (${plan.period.start})`);
	}
	return r.problems;
}

/** Cross-reference problems of a renewal plan against its account plan. */
export function renewalReferences(file: string, renewal: RenewalPlan, plan: Plan, ctx: ReferenceContext): Problem[] {
	const r = new Report(file);
	const contacts = new Set(plan.contacts.map((c) => c.id));
	renewal.decisionMakers.forEach((d, i) => r.reference(['decisionMakers', i], d, 'contact of the account plan', contacts));
	renewal.milestones.forEach((m, i) => r.reference(['milestones', i, 'owner'], m.owner, 'person', ctx.people));
	if (!plan.contract) r.error([], 'a renewal plan needs a contract in plan.mdx (contract: { start, end })');
	return r.problems;
}
