/**
 * Speaker notes of an internal deck: for an account slide, what to ask its
 * account manager — the findings with what to do, the next actions with
 * owners and due dates, the next meetings; for a renewal slide, the contract
 * dates, the open milestones and the findings about the renewal. Plain text
 * (one line per item), read from the account view; never in customer decks.
 */
import type { AccountAnalysis } from '../domain/analysis.ts';
import { ruleOf, type Finding } from '../domain/findings/index.ts';
import { formatDate, label, plural } from '../domain/format.ts';
import { healthLabel, severityLabel } from '../present/tones.ts';

/** At most this many actions, meetings and milestones are listed; the rest are counted. Findings are listed in full. */
export const NOTE_ITEMS = 8;

/** A heading and its items as lines, with "… and N more" past `limit`. */
function section(heading: string, items: readonly string[], none: string, limit = NOTE_ITEMS): string[] {
	if (items.length === 0) return [heading, `  ${none}`];
	const shown = items.slice(0, limit).map((item) => `• ${item}`);
	const more = items.length - shown.length;
	return [heading, ...shown, ...(more > 0 ? [`  … and ${more} more`] : [])];
}

/** "Error · Overdue action: <message, which says what to do>". */
function findingLine(f: Finding): string {
	return `${severityLabel[f.severity]} · ${ruleOf(f.rule).title}: ${f.message}`;
}

/** The notes of an account's one-pager slide. */
export function accountNotes(a: AccountAnalysis): string {
	const plan = a.account.plan.data;
	const f = a.figures;
	const overdue = new Set(f.overdueActions.map((x) => x.index));
	const actions = f.openActions.map(({ index, action }) => {
		const due = action.due ? `due ${formatDate(action.due)}${overdue.has(index) ? ' (overdue)' : ''}` : 'no due date';
		return `${action.title} — ${a.names.of(action.owner)}, ${due}${action.status === 'blocked' ? ', blocked' : ''}`;
	});
	const meetings = f.upcomingMeetings.map(({ meeting, date }) => {
		const who = meeting.participants.map((id) => a.names.of(id)).join(', ');
		return `${formatDate(date)}${meeting.time ? ` ${meeting.time}` : ''} — ${meeting.name}${meeting.accepted ? '' : ' (not yet accepted by the customer)'}${who ? `; with ${who}` : ''}`;
	});
	return [
		`${plan.name}: health ${a.health.score}/100 (${healthLabel[a.health.band]}), ${label(plan.tier).toLowerCase()} account owned by ${a.names.of(plan.owner)}.`,
		'',
		...section(`Findings (${a.findings.length}), with what to do:`, a.findings.map(findingLine), 'No findings.', Infinity),
		'',
		...section(`Next actions (${plural(f.openActions.length, 'open action')}, ${f.overdueActions.length} overdue):`, actions, 'No open actions.'),
		'',
		...section('Next meetings:', meetings, 'No meeting scheduled.'),
	].join('\n');
}

/** The notes of an account's renewal one-pager slide; undefined without a renewal plan. */
export function renewalNotes(a: AccountAnalysis): string | undefined {
	const renewal = a.account.renewal;
	if (!renewal) return undefined;
	const f = a.figures;
	const milestones = f.milestones
		.filter((m) => m.status !== 'done')
		.map(({ milestone, status }) => `${formatDate(milestone.date)} — ${milestone.title}${milestone.owner ? `, ${a.names.of(milestone.owner)}` : ''}${status === 'overdue' ? ' (overdue)' : ''}`);
	const findings = a.findings.filter((x) => x.file === renewal.file).map(findingLine);
	return [
		`${a.account.plan.data.name}: renewal plan. Contract ends ${formatDate(f.contractEnd)}; notice by ${formatDate(f.noticeDate)}.`,
		'',
		...section('Open milestones:', milestones, 'No open milestones.'),
		'',
		...section(`Findings about the renewal plan (${findings.length}), with what to do:`, findings, 'No findings.', Infinity),
	].join('\n');
}
