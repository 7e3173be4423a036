/**
 * The portfolio's agenda: coming cadence meetings and renewal milestones across
 * accounts, in date order. Renewal milestones that are past their date and not
 * done are included (marked overdue) so they cannot slip out of sight.
 */
import type { Meeting } from '../../schema/cadence.ts';
import type { RenewalPlan } from '../../schema/renewal.ts';
import type { AccountAnalysis } from '../analysis.ts';
import type { MilestoneStatus } from './contract.ts';

export type { MilestoneStatus } from './contract.ts';

interface AgendaBase {
	slug: string;
	accountName: string;
	date: string;
}

/** One occurrence of a cadence meeting. */
export interface MeetingItem extends AgendaBase {
	kind: 'meeting';
	meeting: Meeting;
}

/** One milestone of a renewal plan. */
export interface MilestoneItem extends AgendaBase {
	kind: 'milestone';
	milestone: RenewalPlan['milestones'][number];
	status: MilestoneStatus;
}

export type AgendaItem = MeetingItem | MilestoneItem;

/** Upcoming meetings and open renewal milestones of the given accounts, by date (overdue milestones first). */
export function agenda(accounts: readonly AccountAnalysis[]): AgendaItem[] {
	const items: AgendaItem[] = accounts.flatMap(({ slug, account, figures }) => {
		const accountName = account.plan.data.name;
		const meetings: AgendaItem[] = figures.upcomingMeetings.map((m) => ({ kind: 'meeting', slug, accountName, date: m.date, meeting: m.meeting }));
		const milestones: AgendaItem[] = figures.milestones
			.filter((m) => m.status !== 'done')
			.map(({ milestone, status }) => ({ kind: 'milestone' as const, slug, accountName, date: milestone.date, milestone, status }));
		return [...meetings, ...milestones];
	});
	const time = (item: AgendaItem) => (item.kind === 'meeting' ? (item.meeting.time ?? '') : '');
	return items.sort((a, b) => a.date.localeCompare(b.date) || time(a).localeCompare(time(b)) || a.accountName.localeCompare(b.accountName));
}
