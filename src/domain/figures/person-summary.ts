/**
 * What one of our people is responsible for across the portfolio: the accounts
 * they own or work on (with their role), their open actions and the coming
 * meetings they take part in. Feeds the site's people pages.
 */
import type { AccountAnalysis } from '../analysis.ts';
import { agenda, type MeetingItem } from './agenda.ts';
import { openWork, type WorkItem } from './worklist.ts';

export interface PersonAccount {
	analysis: AccountAnalysis;
	/** `owner`, or the role given in the plan's `team` (`team member` when none). */
	role: string;
}

export interface PersonSummary {
	id: string;
	/** Accounts owned first, then those worked on, each by name. */
	accounts: PersonAccount[];
	/** Open actions owned by the person, overdue first. */
	actions: WorkItem[];
	/** Coming meetings with the person among the participants. */
	meetings: MeetingItem[];
}

/** The person's accounts, actions and meetings. */
export function personSummary(id: string, accounts: readonly AccountAnalysis[], today: string): PersonSummary {
	const mine = accounts.flatMap((analysis): PersonAccount[] => {
		const plan = analysis.account.plan.data;
		if (plan.owner === id) return [{ analysis, role: 'owner' }];
		const member = plan.team.find((m) => (typeof m === 'string' ? m : m.person) === id);
		if (member === undefined) return [];
		return [{ analysis, role: typeof member === 'string' ? 'team member' : (member.role ?? 'team member') }];
	});
	mine.sort((a, b) => Number(b.role === 'owner') - Number(a.role === 'owner') || a.analysis.account.plan.data.name.localeCompare(b.analysis.account.plan.data.name));
	return {
		id,
		accounts: mine,
		actions: openWork(accounts, today).filter((w) => w.action.owner === id),
		meetings: agenda(accounts).filter((item): item is MeetingItem => item.kind === 'meeting' && item.meeting.participants.includes(id)),
	};
}
