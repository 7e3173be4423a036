/**
 * What needs doing now on one account, for a weekly digest: the overdue work
 * the catalogue's rules found (actions, the customer's mutual actions, renewal
 * milestones), and what falls due soon — actions in the next 7 days, meetings
 * in the next 14 days not accepted yet, notice dates and renewal milestones
 * within 30 days, and a review, key contact or scorecard about to go stale.
 */
import type { AccountAnalysis } from '../analysis.ts';
import { addDays, comparePeriods, daysBetween, nextPeriod, periodEnd, periodOf } from '../dates.ts';
import type { RuleId } from '../findings/index.ts';
import { formatDate, relativeDays } from '../format.ts';
import type { Settings } from '../../schema/settings.ts';
import { type DigestLine, SEVERITY_RANK as RANK } from './model.ts';

/** Actions due within this many days are "due soon". */
export const ACTION_DAYS = 7;
/** Meetings within this many days should be accepted by now. */
export const MEETING_DAYS = 14;
/** Notice dates and renewal milestones within this many days are announced. */
export const RENEWAL_DAYS = 30;
/** A review, contact or scorecard that goes stale within this many days is announced. */
export const STALE_SOON_DAYS = 14;

/** The rules whose findings are overdue work, in the digest's "needs doing now". */
const OVERDUE_RULES: ReadonlySet<string> = new Set<RuleId>(['actions.overdue', 'actions.customer-overdue', 'contract.renewal-milestone-overdue']);

/** True for a finding of overdue work: the digest lists it under "needs doing", not again as a new finding. */
export const isOverdueRule = (rule: string | undefined): boolean => rule !== undefined && OVERDUE_RULES.has(rule);

const within = (today: string, date: string | undefined, days: number) => date !== undefined && date >= today && daysBetween(today, date) <= days;

/** The overdue work of an account, as its findings report it (the same as `npm run check`). */
function overdueLines(a: AccountAnalysis, today: string): DigestLine[] {
	const plan = a.account.plan.data;
	const renewal = a.account.renewal?.data;
	return a.findings
		.filter((f) => OVERDUE_RULES.has(f.rule))
		.map((f) => {
			const milestone = f.target?.document === 'renewal' ? renewal?.milestones[f.target.index] : undefined;
			const action = f.target?.document === 'plan' ? plan.actions[f.target.index] : undefined;
			const row = milestone ?? action;
			const due = milestone ? milestone.date : action?.due;
			const what = row ? `${milestone ? 'renewal milestone ' : ''}"${row.title}" was due ${formatDate(due)} (${relativeDays(due ? daysBetween(today, due) : undefined)})` : f.message;
			const owner = action?.owner ? a.names.of(action.owner) : undefined;
			return { kind: 'overdue', slug: a.slug, text: `overdue: ${what}${owner ? `, owner ${owner}` : ''}`, severity: f.severity, ...(due && { date: due }) };
		});
}

/** Open actions due in the next `ACTION_DAYS` days. */
function dueSoonLines(a: AccountAnalysis, today: string): DigestLine[] {
	return a.figures.openActions
		.filter(({ action }) => within(today, action.due, ACTION_DAYS))
		.map(({ action }) => {
			const owner = action.owner ? a.names.of(action.owner) : undefined;
			return { kind: 'due-soon', slug: a.slug, text: `due ${relativeDays(daysBetween(today, action.due!))}: "${action.title}" (${formatDate(action.due)})${owner ? `, owner ${owner}` : ''}`, severity: 'info', date: action.due! };
		});
}

/** Meetings in the next `MEETING_DAYS` days the customer has not accepted. */
function meetingLines(a: AccountAnalysis, today: string): DigestLine[] {
	return a.figures.meetings
		.filter((m) => m.status === 'awaiting-acceptance' && within(today, m.ahead[0], MEETING_DAYS))
		.map((m) => ({ kind: 'meeting', slug: a.slug, text: `meeting "${m.meeting.name}" on ${formatDate(m.ahead[0])} is not accepted by the customer yet`, severity: 'warning', date: m.ahead[0] }));
}

/** The notice date and open renewal milestones within `RENEWAL_DAYS` days. */
function renewalLines(a: AccountAnalysis, today: string): DigestLine[] {
	const f = a.figures;
	const lines: DigestLine[] = [];
	if (f.renewalPhase !== 'ended' && within(today, f.noticeDate, RENEWAL_DAYS)) {
		lines.push({ kind: 'notice', slug: a.slug, text: `notice date ${formatDate(f.noticeDate)} (${relativeDays(f.daysToNotice)}): settle the renewal decision before then`, severity: 'warning', date: f.noticeDate! });
	}
	for (const m of f.milestones) {
		if (m.status === 'upcoming' && within(today, m.milestone.date, RENEWAL_DAYS)) {
			lines.push({ kind: 'milestone', slug: a.slug, text: `renewal milestone "${m.milestone.title}" on ${formatDate(m.milestone.date)} (${relativeDays(daysBetween(today, m.milestone.date))})`, severity: 'info', date: m.milestone.date });
		}
	}
	return lines;
}

/** A review, key contact or scorecard review that goes stale within `STALE_SOON_DAYS` days. */
function goingStaleLines(a: AccountAnalysis, settings: Settings, today: string): DigestLine[] {
	const plan = a.account.plan.data;
	const f = a.figures;
	const lines: DigestLine[] = [];
	const reviewBy = addDays(plan.reviewed, settings.reviewStaleDays);
	if (within(today, reviewBy, STALE_SOON_DAYS)) lines.push({ kind: 'going-stale', slug: a.slug, text: `plan review due by ${formatDate(reviewBy)} (last reviewed ${formatDate(plan.reviewed)})`, severity: 'info', date: reviewBy });
	for (const { contact, daysSilent } of f.keyContacts) {
		if (daysSilent === undefined || !contact.lastContact) continue;
		const by = addDays(contact.lastContact, settings.contactStaleDays);
		if (within(today, by, STALE_SOON_DAYS)) lines.push({ kind: 'going-stale', slug: a.slug, text: `speak to ${contact.name} by ${formatDate(by)} (last contact ${formatDate(contact.lastContact)})`, severity: 'info', date: by });
	}
	if (plan.scorecard.measures.length > 0) {
		// The period after the one due now (or the current one): when its grace time ends soon, say so before it is missing.
		const sc = f.scorecard;
		const next = sc.duePeriod ? nextPeriod(sc.duePeriod) : periodOf(today, sc.periodKind, settings.fiscalYearStart);
		const by = addDays(periodEnd(next, settings.fiscalYearStart), settings.scorecardGraceDays);
		const reviewed = sc.latestPeriod !== undefined && comparePeriods(sc.latestPeriod, next) >= 0;
		if (!reviewed && within(today, by, STALE_SOON_DAYS)) lines.push({ kind: 'going-stale', slug: a.slug, text: `scorecard review for ${next} due by ${formatDate(by)}`, severity: 'info', date: by });
	}
	return lines;
}

/** Everything that needs doing now on one account, most urgent first (worst severity, then earliest date). */
export function todoLines(a: AccountAnalysis, settings: Settings, today: string): DigestLine[] {
	const lines = [...overdueLines(a, today), ...dueSoonLines(a, today), ...meetingLines(a, today), ...renewalLines(a, today), ...goingStaleLines(a, settings, today)];
	const overdueFirst = (l: DigestLine) => (l.kind === 'overdue' ? 0 : 1);
	return lines
		.map((l, i) => [l, i] as const)
		.sort(([x, i], [y, j]) => overdueFirst(x) - overdueFirst(y) || RANK[x.severity] - RANK[y.severity] || (x.date ?? '').localeCompare(y.date ?? '') || i - j)
		.map(([l]) => l);
}
