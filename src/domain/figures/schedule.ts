/** Time-bound figures of one account: open and overdue actions, upcoming meetings. */
import type { Meeting } from '../../schema/cadence';
import type { Action } from '../../schema/objectives';
import type { Plan } from '../../schema/plan';

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
