/** Reads iCalendar text back with ical.js, a standard parser, into plain values for assertions. */
import ICAL from 'ical.js';

export interface ParsedEvent {
	uid: string;
	summary: string;
	/** `2026-12-10T10:00:00` for timed events, `2026-12-10` for all-day ones. */
	start: string;
	end: string;
	allDay: boolean;
	/** Floating (no time zone) for timed meeting times. */
	floating: boolean;
	stamp: string;
	status: string | undefined;
	attendees: { cn: string; address: string; partstat: string }[];
	organizer: string | undefined;
}

export interface ParsedCalendar {
	prodid: string;
	name: string | undefined;
	events: ParsedEvent[];
}

/** Parses `text`; throws when it is not valid iCalendar. */
export function parseCalendar(text: string): ParsedCalendar {
	const calendar = new ICAL.Component(ICAL.parse(text));
	const events = calendar.getAllSubcomponents('vevent').map((vevent) => {
		const event = new ICAL.Event(vevent);
		return {
			uid: event.uid,
			summary: event.summary,
			start: event.startDate.toString(),
			end: event.endDate.toString(),
			allDay: event.startDate.isDate,
			floating: event.startDate.isDate ? false : event.startDate.zone === ICAL.Timezone.localTimezone,
			stamp: String(vevent.getFirstPropertyValue('dtstamp')),
			status: vevent.getFirstPropertyValue('status')?.toString(),
			attendees: vevent.getAllProperties('attendee').map((p) => ({
				cn: String(p.getParameter('cn')),
				address: String(p.getFirstValue()).replace(/^mailto:/i, 'mailto:'),
				partstat: String(p.getParameter('partstat')),
			})),
			organizer: vevent.getFirstPropertyValue('organizer')?.toString(),
		};
	});
	return {
		prodid: String(calendar.getFirstPropertyValue('prodid')),
		name: calendar.getFirstPropertyValue('x-wr-calname')?.toString(),
		events,
	};
}
