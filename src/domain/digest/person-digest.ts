/**
 * A person's weekly digest: per account they own or serve on, most urgent
 * first, what needs doing now (`todo.ts`) and what changed since the start
 * date (`changes.ts`).
 */
import type { PortfolioAnalysis } from '../analysis.ts';
import { personSummary } from '../figures/person-summary.ts';
import { accountChangeLines, windowSummary, type DigestChange } from './changes.ts';
import { type AccountDigest, type PersonDigest, SEVERITY_RANK as RANK } from './model.ts';
import { isOverdueRule, todoLines } from './todo.ts';

/** The people who get a digest: everyone who owns an account or sits on an account team, by id. */
export function digestPeople(analysis: PortfolioAnalysis): string[] {
	const ids = new Set<string>();
	for (const a of analysis.accounts) {
		const plan = a.account.plan.data;
		ids.add(plan.owner);
		for (const m of plan.team) ids.add(typeof m === 'string' ? m : m.person);
	}
	return [...ids].filter((id) => analysis.people.has(id)).sort();
}

/** Most urgent first: worst line, then most to do, then worst health, then by name. */
function byUrgency(a: AccountDigest, b: AccountDigest): number {
	const worst = (d: AccountDigest) => Math.min(3, ...d.todo.map((l) => (l.kind === 'overdue' ? -1 : RANK[l.severity])));
	return worst(a) - worst(b) || b.todo.length - a.todo.length || a.health.score - b.health.score || a.name.localeCompare(b.name);
}

/** The digest of person `id` as of the analysis' date, with changes from `since` on. */
export function personDigest(analysis: PortfolioAnalysis, id: string, history: ReadonlyMap<string, readonly DigestChange[]>, since: string): PersonDigest {
	const { today, settings, people } = analysis;
	const person = people.get(id);
	const accounts = personSummary(id, analysis.accounts, today).accounts.map(({ analysis: a, role }): AccountDigest => {
		const name = a.account.plan.data.name;
		const summary = windowSummary(history.get(a.slug) ?? [], since, today);
		return {
			slug: a.slug,
			name,
			role,
			health: { score: a.health.score, band: a.health.band },
			todo: todoLines(a, settings, today),
			changed: accountChangeLines(a.slug, name, summary, id, people, isOverdueRule),
		};
	});
	return { kind: 'person', id, name: person?.name ?? id, email: person?.email, since, today, accounts: accounts.sort(byUrgency) };
}
