/**
 * The review of one account between two versions: health before → after,
 * the findings and content problems the change opened and resolved, and the
 * plan changes that matter. `npm run review` and the site's history both
 * judge a change here.
 */
import type { Account } from '../../loader/portfolio.ts';
import type { Problem } from '../../schema/problem.ts';
import type { HealthBand } from '../health.ts';
import { planChanges, type OfferingName, type PlanChange } from './plan-changes.ts';

/** An account as one version has it. */
export interface AccountSnapshot {
	/** The account, when its plan is valid (else it was not analysed). */
	account?: Account;
	/** Its findings (empty when not analysed). */
	findings: readonly Problem[];
	/** Its content problems (schema, references, narrative). */
	problems: readonly Problem[];
	health?: { score: number; band: HealthBand };
}

/** Health as a review reports it. */
export interface HealthPoint {
	score: number;
	band: HealthBand;
}

/** What a change did to one account. */
export interface AccountChange {
	before?: HealthPoint;
	after?: HealthPoint;
	/** Findings and content problems the change introduced. */
	opened: Problem[];
	/** Findings and content problems the change made go away. */
	resolved: Problem[];
	changes: PlanChange[];
}

/**
 * The identity of a finding or problem across versions: its rule and
 * message (a finding keeps its message when rows move), or for a content
 * problem its field and message.
 */
export function identity(p: Problem): string {
	return p.rule ? `${p.rule}\0${p.message}` : `\0${p.path}\0${p.message}`;
}

/** Items of `a` that `b` does not have, counting repeats (a multiset difference). */
export function missingFrom(a: readonly Problem[], b: readonly Problem[]): Problem[] {
	const left = new Map<string, number>();
	for (const p of b) left.set(identity(p), (left.get(identity(p)) ?? 0) + 1);
	return a.filter((p) => {
		const n = left.get(identity(p)) ?? 0;
		if (n > 0) left.set(identity(p), n - 1);
		return n === 0;
	});
}

const point = (h: AccountSnapshot['health']): HealthPoint | undefined => (h ? { score: h.score, band: h.band } : undefined);

/** Compares two versions of an account (either may be missing: added or removed); `offerings` name whitespace columns. */
export function compareAccount(before: AccountSnapshot | undefined, after: AccountSnapshot | undefined, offerings: readonly OfferingName[] = []): AccountChange {
	const was = [...(before?.problems ?? []), ...(before?.findings ?? [])];
	const is = [...(after?.problems ?? []), ...(after?.findings ?? [])];
	return {
		before: point(before?.health),
		after: point(after?.health),
		opened: missingFrom(is, was),
		resolved: missingFrom(was, is),
		changes: planChanges(before?.account, after?.account, offerings),
	};
}

/** True when the change did nothing a reviewer would see. */
export function isQuiet(change: AccountChange): boolean {
	return change.opened.length === 0 && change.resolved.length === 0 && change.changes.length === 0 && change.before?.score === change.after?.score;
}
