/**
 * Formats the result of `npm run check` for people (text) and for tools (JSON):
 * content errors from the loader beside the proactivity findings of the
 * domain analysis, grouped by account.
 */
import type { PortfolioAnalysis } from '../domain/analysis.ts';
import type { Finding } from '../domain/findings/index.ts';
import { formatProblem, type Problem, type Severity } from '../schema/problem.ts';
import { terminalText } from '../encode/terminal.ts';
import { annotation } from './github.ts';

const order: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const label: Record<Severity, string> = { error: 'error', warning: 'warn ', info: 'info ' };

/** What a check run found. */
export interface CheckResult {
	/** Schema, syntax and reference problems from loading the content. */
	problems: Problem[];
	/** The domain analysis of the accounts that loaded. */
	analysis: PortfolioAnalysis;
	filesChecked: number;
	/** Limit the report to this account's files and findings. */
	account?: string;
}

/** Counts by severity. */
export function tally(problems: readonly Problem[]): Record<Severity, number> {
	const counts = { error: 0, warning: 0, info: 0 };
	for (const p of problems) counts[p.severity]++;
	return counts;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const accountOf = (file: string) => /^content\/accounts\/([^/]+)\//.exec(file)?.[1];

/**
 * Content problems in the report's scope: all of them, or with an account
 * its own and those outside every account folder (settings, people, stray
 * files in content/), which concern every account.
 */
export function problemsInScope(result: Pick<CheckResult, 'problems' | 'account'>): Problem[] {
	const { problems, account } = result;
	if (!account) return problems;
	return problems.filter((p) => accountOf(p.file) === account || p.file === `content/accounts/${account}` || !p.file.startsWith('content/accounts/'));
}

interface Group {
	title: string;
	/** Content problems first, then findings, each worst first. */
	items: Problem[];
	rank: number[];
}

/** The report's groups: accounts with content errors first, then by health (worst first), then content files and the portfolio. */
export function groups(result: CheckResult): Group[] {
	const { problems, analysis, account } = result;
	const out: Group[] = [];
	const bySeverity = (list: Problem[]) => [...list].sort((a, b) => order[a.severity] - order[b.severity]);
	const slugs = new Set([...analysis.accounts.map((a) => a.slug), ...problems.flatMap((p) => accountOf(p.file) ?? [])]);
	for (const slug of [...slugs].sort()) {
		if (account && slug !== account) continue;
		const entry = analysis.accounts.find((a) => a.slug === slug);
		const own = problems.filter((p) => accountOf(p.file) === slug);
		const findings: Finding[] = entry?.findings ?? [];
		if (own.length === 0 && findings.length === 0) continue;
		const health = entry ? `health ${entry.health.score}/100, ${entry.health.band}` : 'not analysed until its content errors are fixed';
		const errors = own.filter((p) => p.severity === 'error').length;
		out.push({
			title: `${slug}${entry ? ` (${entry.account.plan.data.name})` : ''}: ${health}`,
			items: [...bySeverity(own), ...findings],
			rank: [errors > 0 ? 0 : 1, entry?.health.score ?? -1, 0],
		});
	}
	const other = problemsInScope(result).filter((p) => accountOf(p.file) === undefined);
	if (other.length) out.push({ title: 'content', items: bySeverity(other), rank: [0, -1, 1] });
	if (!account && analysis.portfolioFindings.length) out.push({ title: 'portfolio', items: analysis.portfolioFindings, rank: [2, 0, 0] });
	const cmp = (a: number[], b: number[]) => a.findIndex((_, i) => a[i] !== b[i]);
	return out.sort((a, b) => {
		const i = cmp(a.rank, b.rank);
		return i < 0 ? a.title.localeCompare(b.title) : a.rank[i] - b.rank[i];
	});
}

/** Findings in the report's scope: one account's, or all accounts' plus the portfolio's. */
export function findingsInScope(result: CheckResult): Finding[] {
	const { analysis, account } = result;
	if (account) return analysis.accounts.find((a) => a.slug === account)?.findings ?? [];
	return [...analysis.accounts.flatMap((a) => a.findings), ...analysis.portfolioFindings];
}

/** One problem or finding as a report line: `  error file:line:col: path: message [rule]` (what the editor task's problem matcher reads). */
export function problemLine(p: Problem): string {
	return `${label[p.severity]} ${terminalText(formatProblem(p))}${p.rule ? ` [${p.rule}]` : ''}`;
}

/** Human report: groups worst first, each line in the common error format, then a one-line summary. */
export function textReport(result: CheckResult): string {
	const lines: string[] = [];
	for (const group of groups(result)) {
		lines.push(terminalText(group.title));
		for (const p of group.items) lines.push(`  ${problemLine(p)}`);
		lines.push('');
	}
	lines.push(summaryLine(result));
	return lines.join('\n');
}

/** `21 files checked: 0 errors, 0 warnings, 0 info; findings in 9 accounts: …; health: …` */
export function summaryLine(result: CheckResult): string {
	const t = tally(problemsInScope(result));
	const f = tally(findingsInScope(result));
	const accounts = result.analysis.accounts.filter((a) => !result.account || a.slug === result.account);
	const bands = { healthy: 0, watch: 0, 'at-risk': 0 };
	for (const a of accounts) bands[a.health.band]++;
	return (
		`${plural(result.filesChecked, 'file')} checked: ${plural(t.error, 'error')}, ${plural(t.warning, 'warning')}, ${t.info} info; ` +
		`findings in ${plural(accounts.length, 'account')}: ${plural(f.error, 'error')}, ${plural(f.warning, 'warning')}, ${f.info} info; ` +
		`health: ${bands.healthy} healthy, ${bands.watch} watch, ${bands['at-risk']} at-risk.`
	);
}

/** Every problem and finding in scope, content problems first, then findings worst account first. */
export function entries(result: CheckResult): Problem[] {
	return [...problemsInScope(result), ...groups({ ...result, problems: [] }).flatMap((g) => g.items)];
}

/** GitHub Actions report: one workflow command per problem and finding, then the summary line. */
export function githubReport(result: CheckResult): string {
	return [...entries(result).map(annotation), summaryLine(result)].join('\n');
}

/**
 * Machine report: a JSON array of content problems and then findings, each
 * with file, line and column (null where unknown), path, message, severity,
 * rule (null for content problems) and account (the slug, or null for settings, people and portfolio-wide findings).
 */
export function jsonReport(result: CheckResult): string {
	return JSON.stringify(
		entries(result).map((p) => ({
			file: p.file,
			line: p.line ?? null,
			column: p.column ?? null,
			path: p.path,
			message: p.message,
			severity: p.severity,
			rule: p.rule ?? null,
			account: (p as Finding).account ?? accountOf(p.file) ?? null,
		})),
		null,
		2,
	);
}
