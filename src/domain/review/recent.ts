/**
 * What changed across the portfolio lately, for a director: per change in
 * the window, the health move and the plan changes a director cares about
 * (new risks, stance changes, commitments changed, actions done).
 */
import { addDays } from '../dates.ts';
import type { ChangeKind, PlanChange } from './plan-changes.ts';
import type { HealthPoint } from './compare.ts';

/** How far back "What changed" looks. */
export const RECENT_DAYS = 30;

/** The plan changes a portfolio overview shows. */
const NOTEWORTHY: ReadonlySet<ChangeKind> = new Set(['risk-added', 'stance', 'commitment', 'action-done', 'renewal-added', 'contract']);

/** A change as the history records it (see `history/plans.ts`). */
export interface RecordedChange {
	date: string;
	time: string;
	slug: string;
	before?: HealthPoint;
	after?: HealthPoint;
	changes: PlanChange[];
}

/** A change worth showing, with what is noteworthy about it. */
export interface RecentChange<T extends RecordedChange> {
	entry: T;
	/** Health moved (both scores known and different). */
	healthMoved: boolean;
	noteworthy: PlanChange[];
}

/**
 * Changes of the last `days` days up to `today` that moved health or changed
 * something noteworthy, newest first (then by account).
 */
export function recentChanges<T extends RecordedChange>(entries: Iterable<T>, today: string, days = RECENT_DAYS): RecentChange<T>[] {
	const from = addDays(today, -days);
	const out: RecentChange<T>[] = [];
	for (const entry of entries) {
		if (entry.date <= from || entry.date > today) continue;
		const healthMoved = entry.before !== undefined && entry.after !== undefined && entry.before.score !== entry.after.score;
		const noteworthy = entry.changes.filter((c) => NOTEWORTHY.has(c.kind));
		if (healthMoved || noteworthy.length) out.push({ entry, healthMoved, noteworthy });
	}
	return out.sort((a, b) => b.entry.time.localeCompare(a.entry.time) || a.entry.slug.localeCompare(b.entry.slug));
}
