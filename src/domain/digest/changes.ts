/**
 * What changed in a window of days, from the judged plan history: health
 * before → after, findings opened and resolved (net over the window), and
 * the plan changes other people made. The history is judged once, in
 * `history/plans.ts`; this only selects and words it.
 */
import type { Person } from '../../schema/person.ts';
import type { Severity } from '../../schema/problem.ts';
import { formatHealthMove } from '../format.ts';
import type { HealthPoint } from '../review/compare.ts';
import type { PlanChange } from '../review/plan-changes.ts';
import { type DigestLine, SEVERITY_RANK as RANK } from './model.ts';

/** A finding as history keeps it. */
export interface RecordedFinding {
	severity: Severity;
	rule?: string;
	message: string;
}

/** One judged commit of one account (a `HistoryEntry` of `history/plans.ts`). */
export interface DigestChange {
	date: string;
	time: string;
	author: string;
	slug: string;
	before?: HealthPoint;
	after?: HealthPoint;
	opened: readonly RecordedFinding[];
	resolved: readonly RecordedFinding[];
	changes: readonly PlanChange[];
}

/** What an account's commits in the window add up to. */
export interface WindowSummary {
	/** Health before the first commit and after the last, when both are known and differ. */
	health?: { before: HealthPoint; after: HealthPoint };
	/** Findings opened in the window and still open at its end. */
	opened: RecordedFinding[];
	/** Findings that were open at its start and resolved in it. */
	resolved: RecordedFinding[];
	/** Every commit in the window, oldest first. */
	entries: DigestChange[];
	/** The account was added in the window (its first commit is in it): its findings are not news, the account is. */
	added: boolean;
}

/** At most this many new findings per account in a person's digest; the rest are counted. */
export const OPENED_LINES = 5;

const key = (f: RecordedFinding) => `${f.rule ?? ''}\0${f.message}`;

/** A folded form of a name: case, accents and spacing do not make two people. */
const folded = (name: string) => name.normalize('NFD').replace(/\p{M}/gu, '').replace(/\s+/g, ' ').trim().toLowerCase();

/** The id of the person who authored a commit, matched by name; undefined for someone not in `content/people/`. */
export function authorOf(author: string, people: ReadonlyMap<string, Person>): string | undefined {
	const wanted = folded(author);
	for (const [id, person] of people) if (folded(person.name) === wanted) return id;
	return undefined;
}

/** Commits dated from `since` to `today` (both included) of one account, summarised. */
export function windowSummary(entries: readonly DigestChange[], since: string, today: string): WindowSummary {
	const inWindow = entries.filter((e) => e.date >= since && e.date <= today).sort((a, b) => a.time.localeCompare(b.time));
	// Net over the window: a finding opened then resolved (or the other way round) in it is not news.
	const open = new Map<string, { finding: RecordedFinding; net: number }>();
	for (const e of inWindow) {
		for (const f of e.opened) open.set(key(f), { finding: f, net: (open.get(key(f))?.net ?? 0) + 1 });
		for (const f of e.resolved) open.set(key(f), { finding: open.get(key(f))?.finding ?? f, net: (open.get(key(f))?.net ?? 0) - 1 });
	}
	const net = [...open.values()];
	const first = inWindow[0]?.before;
	const last = inWindow.at(-1)?.after;
	return {
		...(first && last && first.score !== last.score && { health: { before: first, after: last } }),
		opened: net.filter((n) => n.net > 0).map((n) => n.finding),
		resolved: net.filter((n) => n.net < 0).map((n) => n.finding),
		entries: inWindow,
		added: inWindow.length > 0 && inWindow[0].before === undefined,
	};
}

/** The health line of a window, when health moved. */
export function healthLine(slug: string, summary: WindowSummary): DigestLine | undefined {
	const h = summary.health;
	if (!h) return undefined;
	const worse = h.after.score < h.before.score;
	return { kind: 'health', slug, text: `health ${formatHealthMove(h.before, h.after)}`, severity: worse ? 'warning' : 'info', date: summary.entries.at(-1)!.date };
}

/**
 * What changed on one account, for a person's digest: the health move, the
 * findings opened and resolved, and each plan change made by someone else
 * ("Tom Okafor changed Nordwind Logistics: Katrin Hoff: stance sceptic → supporter").
 */
export function accountChangeLines(
	slug: string,
	accountName: string,
	summary: WindowSummary,
	self: string,
	people: ReadonlyMap<string, Person>,
	listedElsewhere: (rule: string | undefined) => boolean,
): DigestLine[] {
	const lines: DigestLine[] = [];
	const health = healthLine(slug, summary);
	if (health) lines.push(health);
	const date = summary.entries.at(-1)?.date;
	if (summary.added) lines.push({ kind: 'opened', slug, text: `${accountName} was added to Keyplan`, severity: 'info', ...(date && { date }) });
	// Findings already listed under "needs doing" (overdue work) are not repeated; the rest, worst first, up to OPENED_LINES.
	const opened = summary.added ? [] : summary.opened.filter((f) => !listedElsewhere(f.rule)).sort((a, b) => RANK[a.severity] - RANK[b.severity]);
	for (const f of opened.slice(0, OPENED_LINES)) lines.push({ kind: 'opened', slug, text: `new finding: ${f.message}`, severity: f.severity, ...(date && { date }) });
	if (opened.length > OPENED_LINES) lines.push({ kind: 'opened', slug, text: `and ${opened.length - OPENED_LINES} more new findings`, severity: 'info', ...(date && { date }) });
	for (const f of summary.resolved) lines.push({ kind: 'resolved', slug, text: `resolved: ${f.message}`, severity: 'info', ...(date && { date }) });
	for (const e of [...summary.entries].reverse()) {
		const id = authorOf(e.author, people);
		if (id === self || e.changes.length === 0) continue;
		const who = id ? people.get(id)!.name : e.author || 'someone';
		for (const c of e.changes) lines.push({ kind: 'colleague', slug, text: `${who} changed ${accountName}: ${c.text}`, severity: 'info', date: e.date });
	}
	return lines;
}
