/** Calendar events for the scheduled meetings of one account's cadence, with named attendees. */
import { ICalAttendeeRole, ICalAttendeeStatus, ICalEventStatus, type ICalCalendar } from 'ical-generator';
import type { Account } from '../loader/portfolio';
import type { Meeting } from '../schema/cadence';
import type { CalendarContext, UidRegistry } from './calendar';
import { addDays, toUtc } from './dates';

interface Attendee {
	name: string;
	email: string;
	ours: boolean;
}

/** Participants of a meeting with names and addresses; unknown e-mails get a reserved `.invalid` address. */
function attendees(meeting: Meeting, account: Account, ctx: CalendarContext): Attendee[] {
	const plan = account.plan.data;
	return meeting.participants.map((id) => {
		const person = ctx.people.get(id);
		if (person) return { name: person.name, email: person.email ?? `${id}@people.invalid`, ours: true };
		const contact = plan.contacts.find((c) => c.id === id);
		return { name: contact?.name ?? id, email: contact?.email ?? `${id}@${account.slug}.invalid`, ours: false };
	});
}

function startOf(date: string, time: string): Date {
	const [h, m] = time.split(':').map(Number);
	return new Date(toUtc(date).getTime() + (h * 60 + m) * 60_000);
}

/** Adds one event per scheduled date of every cadence meeting of `account`. */
export function meetingEvents(calendar: ICalCalendar, account: Account, ctx: CalendarContext, uids: UidRegistry): void {
	const plan = account.plan.data;
	const owner = ctx.people.get(plan.owner);
	for (const meeting of plan.cadence) {
		const people = attendees(meeting, account, ctx);
		const description = [
			`${meeting.name} with ${plan.name} (${meeting.frequency}, ${meeting.channel}).`,
			meeting.agenda ? `Agenda: ${meeting.agenda}` : '',
			people.length ? `Participants: ${people.map((p) => p.name).join(', ')}` : '',
			meeting.accepted ? 'Accepted by the customer.' : 'Not yet accepted by the customer.',
		].filter(Boolean).join('\n');
		for (const date of [...new Set(meeting.dates)].sort()) {
			const start = meeting.time ? startOf(date, meeting.time) : toUtc(date);
			const end = meeting.time ? new Date(start.getTime() + meeting.durationMinutes * 60_000) : toUtc(addDays(date, 1));
			const event = calendar.createEvent({
				id: uids.next(account.slug, meeting.id ?? meeting.name, date),
				start,
				end,
				allDay: !meeting.time,
				floating: Boolean(meeting.time),
				stamp: toUtc(plan.reviewed),
				summary: `${plan.name}: ${meeting.name}`,
				description,
				location: meeting.location ?? (meeting.channel === 'on-site' ? null : meeting.channel),
				status: meeting.accepted ? ICalEventStatus.CONFIRMED : ICalEventStatus.TENTATIVE,
			});
			if (owner?.email) event.organizer({ name: owner.name, email: owner.email });
			for (const p of people) {
				event.createAttendee({
					name: p.name,
					email: p.email,
					role: ICalAttendeeRole.REQ,
					status: meeting.accepted || p.ours ? ICalAttendeeStatus.ACCEPTED : ICalAttendeeStatus.NEEDSACTION,
				});
			}
		}
	}
}
