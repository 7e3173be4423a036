/**
 * What a change does to the portfolio: the base version and the current one,
 * analysed with the same "today", compared account by account. Accounts
 * whose files changed (or that were added, removed or renamed) come first;
 * accounts whose files did not change but whose findings did (a due date
 * passed, a portfolio rule moved) are listed apart; problems in settings and
 * people, and portfolio-wide findings, apart again.
 */
import type { Problem } from '../../schema/problem.ts';
import type { PortfolioAnalysis } from '../analysis.ts';
import { compareAccount, isQuiet, missingFrom, type AccountChange, type AccountSnapshot } from './compare.ts';

/** One version of the portfolio: its analysis, its content problems and the texts of its account files. */
export interface PortfolioVersion {
	analysis: PortfolioAnalysis;
	problems: readonly Problem[];
	/** Text of every plan and renewal plan read, by path. */
	sources: ReadonlyMap<string, string>;
	/** Every content file read, by path. */
	files: readonly string[];
}

export type AccountStatus = 'changed' | 'added' | 'removed' | 'renamed' | 'findings-only';

/** The review of one account. */
export interface AccountReview extends AccountChange {
	slug: string;
	name: string;
	status: AccountStatus;
	/** The slug before a rename. */
	renamedFrom?: string;
}

export interface PortfolioReview {
	today: string;
	/** Accounts whose files changed, were added, removed or renamed, by slug. */
	accounts: AccountReview[];
	/** Accounts whose files did not change but whose findings did, by slug. */
	findingsOnly: AccountReview[];
	/** Problems in settings, people and other files, and portfolio-wide findings, opened and resolved. */
	portfolio: { opened: Problem[]; resolved: Problem[] };
	/** Error-severity findings and problems the change introduced (what `--strict` fails on). */
	introduced: Problem[];
}

const ACCOUNT_FILE = /^content\/accounts\/([^/]+)(?:\/|$)/;
const slugOf = (file: string) => ACCOUNT_FILE.exec(file)?.[1];

function slugsOf(version: PortfolioVersion): Set<string> {
	const slugs = new Set(version.analysis.accounts.map((a) => a.slug));
	for (const file of version.files) if (file.endsWith('/plan.mdx')) slugs.add(slugOf(file)!);
	for (const p of version.problems) if (slugOf(p.file)) slugs.add(slugOf(p.file)!);
	return slugs;
}

function snapshot(version: PortfolioVersion, slug: string): AccountSnapshot {
	const analysed = version.analysis.bySlug.get(slug);
	return { account: analysed?.account, findings: analysed?.findings ?? [], problems: version.problems.filter((p) => slugOf(p.file) === slug), health: analysed?.health };
}

const textsOf = (version: PortfolioVersion, slug: string) => ['plan.mdx', 'renewal.mdx'].map((f) => version.sources.get(`content/accounts/${slug}/${f}`) ?? '').join('\0');
const nameOf = (version: PortfolioVersion, slug: string) => version.analysis.bySlug.get(slug)?.account.plan.data.name;

/** Pairs removed and added accounts that are one account renamed: the same name, or the same plan text. */
function renames(base: PortfolioVersion, head: PortfolioVersion, removed: string[], added: string[]): Map<string, string> {
	const pairs = new Map<string, string>();
	for (const to of added) {
		const from = removed.find((r) => ![...pairs.values()].includes(r) && ((nameOf(base, r) !== undefined && nameOf(base, r) === nameOf(head, to)) || textsOf(base, r) === textsOf(head, to)));
		if (from) pairs.set(to, from);
	}
	return pairs;
}

/** Reviews the change from `base` to `head`; both analysed with the same today. */
export function reviewPortfolio(base: PortfolioVersion, head: PortfolioVersion): PortfolioReview {
	const before = slugsOf(base);
	const after = slugsOf(head);
	const added = [...after].filter((s) => !before.has(s)).sort();
	const removed = [...before].filter((s) => !after.has(s)).sort();
	const renamed = renames(base, head, removed, added);
	const accounts: AccountReview[] = [];
	const offerings = head.analysis.settings.offerings;
	const findingsOnly: AccountReview[] = [];
	const entry = (slug: string, status: AccountStatus, change: AccountChange, renamedFrom?: string): AccountReview => ({
		slug,
		name: nameOf(head, slug) ?? nameOf(base, renamedFrom ?? slug) ?? slug,
		status,
		...(renamedFrom && { renamedFrom }),
		...change,
	});
	for (const slug of [...new Set([...before, ...after])].sort()) {
		if (before.has(slug) && after.has(slug)) {
			const change = compareAccount(snapshot(base, slug), snapshot(head, slug), offerings);
			if (textsOf(base, slug) !== textsOf(head, slug)) accounts.push(entry(slug, 'changed', change));
			else if (!isQuiet(change)) findingsOnly.push(entry(slug, 'findings-only', change));
		} else if (after.has(slug)) {
			const from = renamed.get(slug);
			accounts.push(entry(slug, from ? 'renamed' : 'added', compareAccount(from ? snapshot(base, from) : undefined, snapshot(head, slug), offerings), from));
		} else if (![...renamed.values()].includes(slug)) {
			accounts.push(entry(slug, 'removed', compareAccount(snapshot(base, slug), undefined, offerings)));
		}
	}
	const outside = (v: PortfolioVersion) => [...v.problems.filter((p) => !slugOf(p.file)), ...v.analysis.portfolioFindings];
	const portfolio = { opened: missingFrom(outside(head), outside(base)), resolved: missingFrom(outside(base), outside(head)) };
	const introduced = [...accounts, ...findingsOnly].flatMap((a) => (a.status === 'removed' ? [] : a.opened)).concat(portfolio.opened).filter((p) => p.severity === 'error');
	return { today: head.analysis.today, accounts, findingsOnly, portfolio, introduced };
}
