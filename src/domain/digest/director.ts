/**
 * The director's weekly digest: one screen of where the portfolio moved —
 * health movers, renewals entering their window, the most serious new
 * findings, managers over capacity and plans not reviewed — each line about
 * one account (or manager) so that it links to its page.
 */
import type { PortfolioAnalysis } from '../analysis.ts';
import type { RuleId } from '../findings/index.ts';
import { formatDate, formatDays } from '../format.ts';
import { healthLine, windowSummary, type DigestChange } from './changes.ts';
import { type DigestLine, type DirectorDigest, SEVERITY_RANK as RANK } from './model.ts';

/** At most this many lines per topic: the digest is one screen. */
export const DIRECTOR_LINES = 8;

/** The rule whose findings are the plans not reviewed. */
const STALE_RULES: ReadonlySet<RuleId> = new Set<RuleId>(['review.stale']);

/** The portfolio digest as of the analysis' date, with changes from `since` on. */
export function directorDigest(analysis: PortfolioAnalysis, history: ReadonlyMap<string, readonly DigestChange[]>, since: string, recipients: readonly string[]): DirectorDigest {
	const { today } = analysis;
	const named = (slug: string) => analysis.bySlug.get(slug)!.account.plan.data.name;
	const movers: { line: DigestLine; delta: number }[] = [];
	const serious: DigestLine[] = [];
	for (const a of analysis.accounts) {
		const summary = windowSummary(history.get(a.slug) ?? [], since, today);
		const line = healthLine(a.slug, summary);
		if (line && summary.health) movers.push({ line: { ...line, text: `${named(a.slug)}: ${line.text}` }, delta: summary.health.after.score - summary.health.before.score });
		// An account added in the window brings all its findings at once: that is not news about it.
		for (const f of summary.added ? [] : summary.opened) {
			if (f.severity !== 'info') serious.push({ kind: 'opened', slug: a.slug, text: `${named(a.slug)}: ${f.message}`, severity: f.severity, date: summary.entries.at(-1)!.date });
		}
	}
	// Falls before rises: a director acts on the accounts getting worse.
	movers.sort((x, y) => x.delta - y.delta || Math.abs(y.delta) - Math.abs(x.delta));
	serious.sort((x, y) => RANK[x.severity] - RANK[y.severity] || (y.date ?? '').localeCompare(x.date ?? ''));

	const renewals: DigestLine[] = analysis.accounts
		.filter((a) => a.figures.renewalWindowStart !== undefined && a.figures.renewalWindowStart >= since && a.figures.renewalWindowStart <= today)
		.map((a) => ({
			kind: 'renewal-window',
			slug: a.slug,
			text: `${named(a.slug)}: contract ends ${formatDate(a.figures.contractEnd)}, renewal window opened ${formatDate(a.figures.renewalWindowStart)}, notice by ${formatDate(a.figures.noticeDate)}`,
			severity: a.account.renewal ? 'info' : 'warning',
			date: a.figures.renewalWindowStart!,
		}));
	const overload: DigestLine[] = Object.values(analysis.managers)
		.filter((m) => m.overloaded)
		.sort((x, y) => y.count - x.count || x.name.localeCompare(y.name))
		.map((m) => ({ kind: 'overload', person: m.person, text: `${m.name} owns ${m.count} key accounts (limit ${m.max})`, severity: 'warning' }));
	const stale: DigestLine[] = analysis.accounts
		.filter((a) => a.findings.some((f) => STALE_RULES.has(f.rule)))
		.sort((x, y) => y.figures.daysSinceReview - x.figures.daysSinceReview)
		.map((a) => ({
			kind: 'stale',
			slug: a.slug,
			text: `${named(a.slug)}: not reviewed for ${formatDays(a.figures.daysSinceReview)} (last ${formatDate(a.account.plan.data.reviewed)})`,
			severity: a.findings.find((f) => STALE_RULES.has(f.rule))!.severity,
		}));
	const top = (lines: DigestLine[]) => lines.slice(0, DIRECTOR_LINES);
	return {
		kind: 'director',
		recipients,
		since,
		today,
		sections: [
			{ id: 'movers', title: 'Health movers', lines: top(movers.map((m) => m.line)) },
			{ id: 'renewals', title: 'Renewals entering their window', lines: top(renewals) },
			{ id: 'findings', title: 'Most serious new findings', lines: top(serious) },
			{ id: 'overload', title: 'Managers over capacity', lines: top(overload) },
			{ id: 'stale', title: 'Plans not reviewed', lines: top(stale) },
		],
	};
}
