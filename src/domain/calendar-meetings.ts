/** Calendar events for the scheduled meetings of one account's cadence, with named attendees. */
import type { Account } from '../loader/portfolio.ts';
import type { Meeting } from '../schema/cadence.ts';
import type { CalendarContext, UidRegistry } from './calendar-uids.ts';
import { addDays, toUtc } from './dates.ts';
import type { IcalEvent } from './ical-writer.ts';

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

/** One event per scheduled date of every cadence meeting of `account`. */
export function meetingEvents(account: Account, ctx: CalendarContext, uids: UidRegistry): IcalEvent[] {
	const plan = account.plan.data;
	const events: IcalEvent[] = [];
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
			const start = meeting.time ? startOf(date, meeting.time) : undefined;
			events.push({
				uid: uids.next(account.slug, meeting.id ?? meeting.name, date),
				start: start ? { local: start } : { date },
				end: start ? { local: new Date(start.getTime() + meeting.durationMinutes * 60_000) } : { date: addDays(date, 1) },
				stamp: toUtc(plan.reviewed),
				summary: `${plan.name}: ${meeting.name}`,
				description,
				location: meeting.location ?? (meeting.channel === 'on-site' ? null : meeting.channel),
				status: meeting.accepted ? 'CONFIRMED' : 'TENTATIVE',
				organizer: owner?.email ? { name: owner.name, email: owner.email } : undefined,
				attendees: people.map((p) => ({ name: p.name, email: p.email, role: 'REQ-PARTICIPANT', status: meeting.accepted || p.ours ? 'ACCEPTED' : 'NEEDS-ACTION' })),
			});
		}
	}
	return events;
}
