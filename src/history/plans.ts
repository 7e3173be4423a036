/**
 * Each account's history: the commits that touched its plan or renewal plan,
 * each with the review of that change (judged as of its commit date: health
 * before → after, findings opened and resolved, plan changes) and the health
 * it left the account in, for a trend. The files of every version are read
 * in one `git cat-file --batch`; judged changes are cached by commit id (in
 * `keyplan-history`), so a rebuild reads and judges only new commits.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { sourceDigest } from '../build/code-digest.ts';
import { isRecord, readCheckedEntries, reportDamaged, writeJsonFile } from '../build/json-cache.ts';
import { cacheDirUnder } from '../build/cache-root.ts';
import { compareAccount, type HealthPoint } from '../domain/review/compare.ts';
import { accountAsOf } from '../domain/review/as-of.ts';
import type { PlanChange } from '../domain/review/plan-changes.ts';
import { readObjects } from '../git/repo.ts';
import { accountFromTexts, type Portfolio } from '../loader/portfolio.ts';
import type { Severity } from '../schema/problem.ts';
import { contentLog, type ContentCommit } from './log.ts';

/** A finding or problem as history keeps it. */
export interface NotedFinding {
	severity: Severity;
	rule?: string;
	message: string;
}

/** What one commit did to one account. */
export interface ChangeSummary {
	before?: HealthPoint;
	after?: HealthPoint;
	opened: NotedFinding[];
	resolved: NotedFinding[];
	changes: PlanChange[];
}

/** One commit in an account's history, with its review. */
export interface HistoryEntry extends ChangeSummary {
	commit: string;
	time: string;
	date: string;
	author: string;
	subject: string;
	slug: string;
}

export interface PortfolioHistory {
	/** Entries per account slug, newest first. */
	accounts: ReadonlyMap<string, HistoryEntry[]>;
	/** Why there is no history, when there is none. */
	note?: string;
}

const ACCOUNT_FILE = /^content\/accounts\/([^/]+)\/(plan|renewal)\.mdx$/;
const noted = ({ severity, rule, message }: NotedFinding): NotedFinding => ({ severity, ...(rule && { rule }), message });

/**
 * A copy of a summary that shares no string with the plan texts it quotes.
 * Messages and change texts are built from values the YAML reader sliced
 * out of a version's text, and V8 keeps the whole text alive for each such
 * slice: kept for every commit, the summaries held every version ever read
 * (about 20 MB per 50 accounts × 20 commits, measured with a heap snapshot).
 */
const detached = (summary: ChangeSummary): ChangeSummary => JSON.parse(JSON.stringify(summary)) as ChangeSummary;

/**
 * A digest of what judging depends on: the rules' code (the project's `src/`,
 * read from the root, because inside a build this module is a bundled copy
 * elsewhere), settings and people.
 */
function judgeDigest(root: string, portfolio: Portfolio): string {
	const hash = createHash('sha256').update(JSON.stringify(portfolio.settings)).update(JSON.stringify([...portfolio.people.keys()]));
	for (const folder of ['domain', 'schema', 'loader']) {
		const dir = join(root, 'src', folder);
		if (existsSync(dir)) hash.update(sourceDigest(dir));
	}
	return hash.digest('hex').slice(0, 16);
}

/** True for a judged change as the cache stores it (lists where lists belong, health points as objects). */
function isChangeSummary(entry: unknown): entry is ChangeSummary {
	const point = (p: unknown) => p === undefined || isRecord(p);
	return isRecord(entry) && Array.isArray(entry.opened) && Array.isArray(entry.resolved) && Array.isArray(entry.changes) && point(entry.before) && point(entry.after);
}

interface CacheData {
	digest: string;
	entries: Record<string, ChangeSummary>;
}

/** Commits per account, oldest first, for the accounts of the portfolio. */
function commitsByAccount(commits: readonly ContentCommit[], slugs: ReadonlySet<string>): Map<string, ContentCommit[]> {
	const out = new Map<string, ContentCommit[]>();
	for (let i = commits.length - 1; i >= 0; i--) {
		const seen = new Set<string>();
		for (const file of commits[i].files) {
			const slug = ACCOUNT_FILE.exec(file)?.[1];
			if (!slug || !slugs.has(slug) || seen.has(slug)) continue;
			seen.add(slug);
			out.set(slug, [...(out.get(slug) ?? []), commits[i]]);
		}
	}
	return out;
}

/** Accounts whose versions are read and judged together (one git process per batch). */
const ACCOUNTS_PER_BATCH = 50;

const keyOf = (slug: string, previous: string | undefined, commit: string) => `${slug}:${previous ?? '-'}:${commit}`;

/** Which commits to judge. */
export interface HistoryOptions {
	/** Only commits dated on or after this day (each still compared with the version before it): the weekly digest needs a week, not every version ever. */
	since?: string;
}

/** The history of every account of `portfolio` in the repository at `root` (with `since`, only its latest part). */
export function portfolioHistory(root: string, portfolio: Portfolio, options: HistoryOptions = {}): PortfolioHistory {
	const { since } = options;
	const wantedCommit = (c: ContentCommit) => since === undefined || c.date >= since;
	const log = contentLog(root);
	if (log.note) return { accounts: new Map(), note: log.note };
	const bySlug = commitsByAccount(log.commits, new Set(portfolio.accounts.map((a) => a.slug)));
	const digest = judgeDigest(root, portfolio);
	const file = join(cacheDirUnder(root, 'keyplan-history'), 'changes.json');
	// Entries of another code or settings digest are of no use; those of this one are checked before they are served.
	const { entries: cached, damaged } = readCheckedEntries(file, isChangeSummary, (data) => (isRecord(data) && data.digest === digest ? data.entries : {}));
	reportDamaged('history cache', damaged, file, 'judged again');
	const used: Record<string, ChangeSummary> = {};
	const accounts = new Map<string, HistoryEntry[]>();
	let read = 0;
	// Accounts a batch at a time: one `git cat-file --batch` per batch reads the files of every version not judged
	// yet (and the version before it), and only one batch's texts are in memory at once (all of them at 1,000
	// accounts × 20 commits were about 750 MB).
	const slugs = [...bySlug.keys()];
	for (let from = 0; from < slugs.length; from += ACCOUNTS_PER_BATCH) {
		const batch = slugs.slice(from, from + ACCOUNTS_PER_BATCH);
		const wanted = new Set<string>();
		for (const slug of batch) {
			const commits = bySlug.get(slug)!;
			commits.forEach((c, i) => {
				if (!wantedCommit(c) || cached[keyOf(slug, commits[i - 1]?.commit, c.commit)]) return;
				for (const at of [commits[i - 1], c]) if (at) for (const f of ['plan', 'renewal']) wanted.add(`${at.commit}:./content/accounts/${slug}/${f}.mdx`);
			});
		}
		read += wanted.size;
		const texts = readObjects(root, [...wanted].sort());
		const textOf = (commit: string, slug: string, f: string) => texts.get(`${commit}:./content/accounts/${slug}/${f}.mdx`)?.toString('utf8');
		for (const slug of batch) accounts.set(slug, accountHistory(slug, bySlug.get(slug)!, textOf));
	}

	/** One account's entries, newest first: from the cache, or judged from the texts of its versions. */
	function accountHistory(slug: string, commits: ContentCommit[], textOf: (commit: string, slug: string, f: string) => string | undefined): HistoryEntry[] {
		// Commits come oldest first and each version is compared with the next: only the last one read is kept.
		let last: { commit: string; version: ReturnType<typeof accountFromTexts> } | undefined;
		const versionAt = (commit: string) => {
			if (last?.commit !== commit) {
				const plan = textOf(commit, slug, 'plan');
				last = { commit, version: plan === undefined ? { problems: [] } : accountFromTexts(slug, plan, textOf(commit, slug, 'renewal')) };
			}
			return last.version;
		};
		const entries = commits.flatMap((c, i) => {
			if (!wantedCommit(c)) return [];
			const previous = commits[i - 1]?.commit;
			const key = keyOf(slug, previous, c.commit);
			let summary = cached[key];
			if (!summary) {
				const as = (commit: string | undefined) => (commit ? versionAt(commit) : undefined);
				const was = as(previous);
				const is = as(c.commit)!;
				const change = compareAccount(was && accountAsOf(was.account, was.problems, portfolio.settings, portfolio.people, c.date), accountAsOf(is.account, is.problems, portfolio.settings, portfolio.people, c.date), portfolio.settings.offerings);
				summary = detached({ ...change, opened: change.opened.map(noted), resolved: change.resolved.map(noted), changes: change.changes });
			}
			used[key] = summary;
			return [{ ...summary, commit: c.commit, time: c.time, date: c.date, author: c.author, subject: c.subject, slug }];
		});
		return entries.reverse();
	}
	// A partial read keeps what it did not use: the site's next build still finds the older commits judged.
	if (since !== undefined) for (const [key, summary] of Object.entries(cached)) used[key] ??= summary;
	if (Object.keys(used).length !== Object.keys(cached).length || read > 0) writeJsonFile(file, { digest, entries: used } satisfies CacheData); // a read-only disk: judged again next time
	return { accounts };
}
