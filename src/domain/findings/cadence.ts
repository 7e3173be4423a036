/**
 * Cadence rules (the mutually agreed meeting schedule):
 * - `cadence.none` (error): no meeting cadence at all.
 * - `cadence.no-upcoming` (warning): no meeting scheduled within the next three months (a quarter).
 * - `cadence.not-accepted` (warning): a meeting with dates ahead (or none yet)
 *   that the customer has not accepted.
 * - `cadence.unscheduled` (info): a recurring meeting with no date ahead.
 */
import { addMonths } from '../dates';
import { collect, type AccountRules } from './finding';

/** How far ahead a meeting must be scheduled: one quarter. */
export const NEXT_QUARTER_MONTHS = 3;

export const cadenceRules: AccountRules = (ctx) =>
	collect(ctx, (f) => {
		const { plan, figures, today } = ctx;
		if (plan.cadence.length === 0) {
			f.add('cadence.none', 'error', ['cadence'], 'no meeting cadence: agree a schedule with the customer (at least a quarterly business review) and list it under cadence with dates and participants');
			return;
		}
		const horizon = addMonths(today, NEXT_QUARTER_MONTHS);
		if (!figures.upcomingMeetings.some((m) => m.date <= horizon)) {
			const next = figures.nextMeeting ? ` (the next one is ${figures.nextMeeting.date})` : '';
			f.add('cadence.no-upcoming', 'warning', ['cadence'], `no meeting scheduled before ${horizon}${next}: book the next meeting with the customer and add its date`);
		}
		plan.cadence.forEach((meeting, index) => {
			const ahead = meeting.dates.filter((d) => d >= today);
			if (!meeting.accepted && (ahead.length > 0 || meeting.dates.length === 0)) {
				f.add('cadence.not-accepted', 'warning', ['cadence', index, 'accepted'], `"${meeting.name}" is not accepted by the customer: get the schedule confirmed in advance, then set accepted: true`);
			}
			if (ahead.length === 0 && meeting.frequency !== 'ad-hoc') {
				f.add('cadence.unscheduled', 'info', ['cadence', index, 'dates'], `"${meeting.name}" (${meeting.frequency}) has no date ahead: schedule the next occurrences`);
			}
		});
	});
