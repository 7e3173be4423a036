/**
 * Formats a portfolio review (`npm run review`) for people (text), for a
 * pull-request comment (Markdown: a summary table, then details per
 * account), for tools (JSON) and for GitHub Actions (annotations of what the
 * change introduced). Every judgement comes from `domain/review`; this only
 * lays it out. Content reaches Markdown escaped: names and messages are data.
 */
import type { AccountReview, PortfolioReview } from '../domain/review/portfolio-review.ts';
import { formatHealthMove, formatNumber } from '../domain/format.ts';
import { formatProblem, type Problem } from '../schema/problem.ts';
import { COMMENT_LIMIT, markdownText, withinLimit } from '../encode/markdown.ts';
import { terminalText } from '../encode/terminal.ts';
import { annotation } from './github.ts';

/** Where the review compares from and to. */
export interface ReviewScope {
	/** How the base was chosen (`main`, `merge base with main`…). */
	base: string;
	/** The base commit id. */
	commit: string;
}

const label = { error: 'error', warning: 'warn ', info: 'info ' } as const;
const STATUS: Record<AccountReview['status'], string> = { changed: 'changed', added: 'added', removed: 'removed', renamed: 'renamed', 'findings-only': 'findings changed' };
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

const title = (a: AccountReview) => `${a.slug} (${a.name})${a.renamedFrom ? `, renamed from ${a.renamedFrom}` : ''}`;
const item = (p: Problem) => `${label[p.severity]} ${terminalText(formatProblem(p))}${p.rule ? ` [${p.rule}]` : ''}`;

/** The first line: what was compared, and how many accounts moved. */
export function reviewHeadline(review: PortfolioReview, scope: ReviewScope): string {
	const counts = (['changed', 'added', 'removed', 'renamed'] as const).map((s) => [s, review.accounts.filter((a) => a.status === s).length] as const).filter(([, n]) => n > 0);
	const moved = counts.length ? counts.map(([s, n]) => `${n} ${s}`).join(', ') : 'no account file changed';
	return `Review of ${scope.base} (${scope.commit.slice(0, 10)}) → the working tree, as of ${review.today}: ${moved}; ${plural(review.findingsOnly.length, 'account')} with findings changed without file changes; ${plural(review.introduced.length, 'new error')}.`;
}

function textAccount(a: AccountReview, lines: string[]): void {
	lines.push(terminalText(`${title(a)}: ${STATUS[a.status]}, health ${formatHealthMove(a.before, a.after)}`));
	for (const c of a.changes) lines.push(`  change   ${terminalText(c.text)}`);
	for (const p of a.resolved) lines.push(`  resolved ${item(p)}`);
	for (const p of a.opened) lines.push(`  opened   ${item(p)}`);
	lines.push('');
}

/** The human report. */
export function reviewText(review: PortfolioReview, scope: ReviewScope): string {
	const lines = [reviewHeadline(review, scope), ''];
	for (const a of review.accounts) textAccount(a, lines);
	if (review.findingsOnly.length) {
		lines.push('Files unchanged, findings changed (dates passing, portfolio rules):', '');
		for (const a of review.findingsOnly) textAccount(a, lines);
	}
	const { opened, resolved } = review.portfolio;
	if (opened.length || resolved.length) {
		lines.push('Settings, people and the portfolio:');
		for (const p of resolved) lines.push(`  resolved ${item(p)}`);
		for (const p of opened) lines.push(`  opened   ${item(p)}`);
	}
	return lines.join('\n').trimEnd();
}

const mdItem = (p: Problem) => `\`${p.severity}\` ${markdownText(formatProblem(p))}${p.rule ? ` (\`${p.rule}\`)` : ''}`;

function markdownAccount(a: AccountReview, lines: string[]): void {
	lines.push('', `#### ${markdownText(a.name)} (\`${a.slug}\`): ${STATUS[a.status]}, health ${markdownText(formatHealthMove(a.before, a.after))}`);
	if (a.renamedFrom) lines.push('', `Renamed from \`${a.renamedFrom}\`.`);
	if (a.changes.length) lines.push('', ...a.changes.map((c) => `- ${markdownText(c.text)}`));
	if (a.resolved.length) lines.push('', '**Resolved**', '', ...a.resolved.map((p) => `- ${mdItem(p)}`));
	if (a.opened.length) lines.push('', '**Opened**', '', ...a.opened.map((p) => `- ${mdItem(p)}`));
}

/**
 * A pull-request comment: the headline, a summary table, then details per
 * account; cut at whole lines to at most `limit` characters (GitHub refuses
 * comments over 65,536), with a last line saying what was left out and where
 * the full review is.
 */
export function reviewMarkdown(review: PortfolioReview, scope: ReviewScope, limit = COMMENT_LIMIT): string {
	const lines = ['### Keyplan review', '', markdownText(reviewHeadline(review, scope))];
	const all = [...review.accounts, ...review.findingsOnly];
	if (all.length) {
		lines.push('', '| Account | Change | Health | Opened | Resolved | Plan changes |', '| --- | --- | --- | ---: | ---: | ---: |');
		for (const a of all) lines.push(`| ${markdownText(a.name)} | ${STATUS[a.status]} | ${markdownText(formatHealthMove(a.before, a.after))} | ${a.opened.length} | ${a.resolved.length} | ${a.changes.length} |`);
	}
	for (const a of review.accounts) markdownAccount(a, lines);
	if (review.findingsOnly.length) {
		lines.push('', '#### Files unchanged, findings changed');
		for (const a of review.findingsOnly) markdownAccount(a, lines);
	}
	const { opened, resolved } = review.portfolio;
	if (opened.length || resolved.length) {
		lines.push('', '#### Settings, people and the portfolio', '', ...resolved.map((p) => `- resolved: ${mdItem(p)}`), ...opened.map((p) => `- opened: ${mdItem(p)}`));
	}
	return withinLimit(
		lines,
		limit,
		(omitted) =>
			`_This comment is shortened: ${plural(omitted, 'more line')} left out to stay within ${formatNumber(limit)} characters. ` +
			'The full review: `npm run review -- --format json` (or `--format text`), or the review artifact of this CI run._',
	);
}

const jsonProblem = (p: Problem) => ({ file: p.file, line: p.line ?? null, column: p.column ?? null, path: p.path, message: p.message, severity: p.severity, rule: p.rule ?? null });

/** The review as JSON: base, today, accounts with health, opened and resolved items, plan changes. */
export function reviewJson(review: PortfolioReview, scope: ReviewScope): string {
	const account = (a: AccountReview) => ({
		slug: a.slug,
		name: a.name,
		status: a.status,
		renamedFrom: a.renamedFrom ?? null,
		health: { before: a.before ?? null, after: a.after ?? null },
		changes: a.changes,
		opened: a.opened.map(jsonProblem),
		resolved: a.resolved.map(jsonProblem),
	});
	return JSON.stringify(
		{
			base: { ref: scope.base, commit: scope.commit },
			today: review.today,
			accounts: review.accounts.map(account),
			findingsOnly: review.findingsOnly.map(account),
			portfolio: { opened: review.portfolio.opened.map(jsonProblem), resolved: review.portfolio.resolved.map(jsonProblem) },
			introduced: review.introduced.map(jsonProblem),
		},
		null,
		2,
	);
}

/** GitHub Actions: an annotation for everything the change opened, then the headline. */
export function reviewGithub(review: PortfolioReview, scope: ReviewScope): string {
	const opened = [...review.accounts, ...review.findingsOnly].flatMap((a) => (a.status === 'removed' ? [] : a.opened)).concat(review.portfolio.opened);
	return [...opened.map(annotation), reviewHeadline(review, scope)].join('\n');
}
