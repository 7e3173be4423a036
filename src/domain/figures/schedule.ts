/** Time-bound figures of one account: open and overdue actions, upcoming meetings. */
import type { Meeting } from '../../schema/cadence.ts';
import type { Action } from '../../schema/objectives.ts';
import type { Plan } from '../../schema/plan.ts';

/** An action with its position in `actions[]`, so findings and pages can point at it. */
export interface IndexedAction {
	index: number;
	action: Action;
}

/** One scheduled occurrence of a cadence meeting. */
export interface ScheduledMeeting {
	/** Position of the meeting in `cadence[]`. */
	index: number;
	meeting: Meeting;
	date: string;
}

/** True for an action that still needs doing (open, in progress or blocked). */
export function isOpen(action: Action): boolean {
	return action.status !== 'done';
}

/** Open actions, and those of them past their due date, ordered by due date (undated last). */
export function actionFigures(plan: Plan, today: string): { openActions: IndexedAction[]; overdueActions: IndexedAction[] } {
	const openActions = plan.actions
		.map((action, index) => ({ index, action }))
		.filter(({ action }) => isOpen(action))
		.sort((a, b) => (a.action.due ?? '9999').localeCompare(b.action.due ?? '9999') || a.index - b.index);
	const overdueActions = openActions.filter(({ action }) => action.due !== undefined && action.due < today);
	return { openActions, overdueActions };
}

/** Every scheduled meeting date of the plan, in date order. */
export function scheduledMeetings(plan: Plan): ScheduledMeeting[] {
	return plan.cadence
		.flatMap((meeting, index) => meeting.dates.map((date) => ({ index, meeting, date })))
		.sort((a, b) => a.date.localeCompare(b.date) || (a.meeting.time ?? '').localeCompare(b.meeting.time ?? '') || a.index - b.index);
}

/** Meetings on or after `today`, in date order. */
export function upcomingMeetings(plan: Plan, today: string): ScheduledMeeting[] {
	return scheduledMeetings(plan).filter((m) => m.date >= today);
}

/**
 * The upcoming meetings agreed with the customer: accepted, and with someone
 * from the customer's side (a contact) among the participants. Only these
 * reach a customer-facing output; an internal prep meeting never does.
 */
export function agreedMeetings(plan: Plan, upcoming: readonly ScheduledMeeting[]): ScheduledMeeting[] {
	const contacts = new Set(plan.contacts.map((c) => c.id));
	return upcoming.filter((m) => m.meeting.accepted && m.meeting.participants.some((p) => contacts.has(p)));
}

/**
 * Where a cadence meeting stands: `accepted` by the customer; `awaiting-acceptance`
 * (dates ahead, or none yet, and not accepted); `past` (not accepted, but all its
 * dates are behind us, so there is nothing left to accept).
 */
export type MeetingStatus = 'accepted' | 'awaiting-acceptance' | 'past';

/** A cadence meeting with its judgement, for rules, pages and sheets alike. */
export interface MeetingState {
	/** Position in `cadence[]`. */
	index: number;
	meeting: Meeting;
	/** Its dates on or after today, in order. */
	ahead: string[];
	status: MeetingStatus;
	/** A recurring (not ad-hoc) meeting with no date ahead. */
	unscheduled: boolean;
}

/** Every cadence meeting's state as of `today`. */
export function meetingStates(plan: Plan, today: string): MeetingState[] {
	return plan.cadence.map((meeting, index) => {
		const ahead = meeting.dates.filter((d) => d >= today).sort();
		const status: MeetingStatus = meeting.accepted ? 'accepted' : ahead.length > 0 || meeting.dates.length === 0 ? 'awaiting-acceptance' : 'past';
		return { index, meeting, ahead, status, unscheduled: ahead.length === 0 && meeting.frequency !== 'ad-hoc' };
	});
}

/** For each objective (by position), the actions that serve it. */
export function objectiveActions(plan: Plan): IndexedAction[][] {
	const byObjective = new Map<string, IndexedAction[]>();
	plan.actions.forEach((action, index) => {
		if (action.objective) byObjective.set(action.objective, [...(byObjective.get(action.objective) ?? []), { index, action }]);
	});
	return plan.objectives.map((o) => byObjective.get(o.id) ?? []);
}
