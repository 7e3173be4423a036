/** Cadence rules: the mutually agreed meeting schedule, accepted by both sides in advance. */
import { accountRule } from './finding.ts';

export const cadenceRules = [
	accountRule({
		id: 'cadence.none',
		severity: 'error',
		title: 'No meeting cadence',
		why: 'Proactive account management runs on a schedule agreed with the customer; without one, meetings happen only when something goes wrong.',
		weight: 20,
		example: 'no meeting cadence: agree a schedule with the customer (at least a quarterly business review) and list it under cadence with dates and participants',
		check: ({ plan }) =>
			plan.cadence.length === 0
				? [{ path: ['cadence'], message: 'no meeting cadence: agree a schedule with the customer (at least a quarterly business review) and list it under cadence with dates and participants' }]
				: [],
	}),
	accountRule({
		id: 'cadence.no-upcoming',
		severity: 'warning',
		title: 'Nothing scheduled next quarter',
		why: 'A cadence with no meeting in the next three months has lapsed.',
		thresholds: ['NEXT_QUARTER_MONTHS (3)'],
		example: 'no meeting scheduled before 2027-02-24 (the next one is 2027-03-10): book the next meeting with the customer and add its date',
		check: ({ plan, figures }) => {
			if (plan.cadence.length === 0 || figures.meetingWithinQuarter) return [];
			const next = figures.nextMeeting ? ` (the next one is ${figures.nextMeeting.date})` : '';
			return [{ path: ['cadence'], message: `no meeting scheduled before ${figures.quarterHorizon}${next}: book the next meeting with the customer and add its date` }];
		},
	}),
	accountRule({
		id: 'cadence.not-accepted',
		severity: 'warning',
		title: 'Meeting not accepted',
		why: 'A cadence counts only when the customer has accepted it in advance; an unaccepted meeting is our wish, not an agreement.',
		example: '"Quarterly business review" is not accepted by the customer: get the schedule confirmed in advance, then set accepted: true',
		check: ({ figures }) =>
			figures.meetings
				.filter((m) => m.status === 'awaiting-acceptance')
				.map(({ index, meeting }) => ({ path: ['cadence', index, 'accepted'], message: `"${meeting.name}" is not accepted by the customer: get the schedule confirmed in advance, then set accepted: true` })),
	}),
	accountRule({
		id: 'cadence.unscheduled',
		severity: 'info',
		title: 'Recurring meeting without a date ahead',
		why: 'A recurring meeting with no date ahead will not happen by itself.',
		example: '"Operations sync" (monthly) has no date ahead: schedule the next occurrences',
		check: ({ figures }) =>
			figures.meetings
				.filter((m) => m.unscheduled)
				.map(({ index, meeting }) => ({ path: ['cadence', index, 'dates'], message: `"${meeting.name}" (${meeting.frequency}) has no date ahead: schedule the next occurrences` })),
	}),
] as const;
