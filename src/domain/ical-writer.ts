/**
 * A small iCalendar (RFC 5545) writer for the feeds Keyplan publishes: one
 * VCALENDAR of VEVENTs with attendees. It replaces ical-generator, whose
 * line folding builds a TextEncoder per character: at 1,000 accounts the
 * portfolio feed alone took about nine seconds of a site build to fold.
 * This writer folds each content line once, counting UTF-8 octets from code
 * points, and never splits a character. Text values are escaped (`\\`, `;`,
 * `,`, newlines); parameter values are quoted and cannot break out of the
 * quotes (a double quote in a name becomes a single one, control characters
 * a space), because names come from plans and plans are hostile input.
 */
import { icalParam, icalText } from '../encode/ical.ts';

/** A calendar to write: its name, who produced it, and its events. */
export interface IcalCalendar {
	/** NAME and X-WR-CALNAME: the title calendar apps show. */
	name: string;
	/** PRODID: the organisation, product and language of the producer. */
	prodId: { company: string; product: string; language: string };
	events: IcalEvent[];
}

/** A date (`YYYY-MM-DD`, all day) or a floating local date and time (no time zone: the time where it happens). */
export type IcalTime = { date: string } | { local: Date };

/** One event of a feed. */
export interface IcalEvent {
	/** UID: stable across builds, so subscribed calendars update instead of duplicating. */
	uid: string;
	/** DTSTAMP as a UTC instant (the plan's review date, never the clock). */
	stamp: Date;
	start: IcalTime;
	/** Exclusive end: the day after for all-day events. */
	end: IcalTime;
	summary: string;
	description?: string;
	location?: string | null;
	status?: 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED';
	organizer?: { name: string; email: string };
	attendees?: IcalAttendee[];
}

/** A participant of an event. */
export interface IcalAttendee {
	name: string;
	email: string;
	role: 'REQ-PARTICIPANT' | 'OPT-PARTICIPANT';
	status: 'ACCEPTED' | 'NEEDS-ACTION' | 'TENTATIVE' | 'DECLINED';
}

const two = (n: number) => String(n).padStart(2, '0');

/** `YYYYMMDD` from `YYYY-MM-DD`. */
function basicDate(date: string): string {
	return date.replaceAll('-', '');
}

/** `YYYYMMDDTHHMMSS` from the UTC fields of `d` (floating times are kept in UTC fields). */
function basicDateTime(d: Date): string {
	return `${d.getUTCFullYear()}${two(d.getUTCMonth() + 1)}${two(d.getUTCDate())}T${two(d.getUTCHours())}${two(d.getUTCMinutes())}${two(d.getUTCSeconds())}`;
}

function timeLine(name: string, time: IcalTime): string {
	return 'date' in time ? `${name};VALUE=DATE:${basicDate(time.date)}` : `${name}:${basicDateTime(time.local)}`;
}

/** UTF-8 length of one code point. */
function octets(codePoint: number): number {
	return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/** Folds a content line at 75 octets (§3.1): CRLF plus one space, never inside a character. */
export function foldLine(line: string): string {
	// Fast path: ASCII lines are most lines, and their length is their octet count.
	if (line.length <= 75 && !/[^\x00-\x7f]/.test(line)) return line;
	let out = '';
	let used = 0;
	for (const char of line) {
		const size = octets(char.codePointAt(0)!);
		if (used + size > 75) {
			out += '\r\n ';
			used = 1;
		}
		out += char;
		used += size;
	}
	return out;
}

function eventLines(e: IcalEvent): string[] {
	const lines = ['BEGIN:VEVENT', `UID:${icalText(e.uid)}`, 'SEQUENCE:0', `DTSTAMP:${basicDateTime(e.stamp)}Z`, timeLine('DTSTART', e.start), timeLine('DTEND', e.end)];
	if ('date' in e.start) lines.push('X-MICROSOFT-CDO-ALLDAYEVENT:TRUE', 'X-MICROSOFT-MSNCALENDAR-ALLDAYEVENT:TRUE');
	lines.push(`SUMMARY:${icalText(e.summary)}`);
	if (e.location) lines.push(`LOCATION:${icalText(e.location)}`);
	if (e.description) lines.push(`DESCRIPTION:${icalText(e.description)}`);
	if (e.organizer) lines.push(`ORGANIZER;CN=${icalParam(e.organizer.name)}:mailto:${icalText(e.organizer.email)}`);
	for (const a of e.attendees ?? []) lines.push(`ATTENDEE;ROLE=${a.role};PARTSTAT=${a.status};CN=${icalParam(a.name)}:MAILTO:${icalText(a.email)}`);
	if (e.status) lines.push(`STATUS:${e.status}`);
	lines.push('END:VEVENT');
	return lines;
}

/** The feed as iCalendar text: CRLF line ends, folded lines, deterministic for the same calendar. */
export function icalendar(calendar: IcalCalendar): string {
	const { company, product, language } = calendar.prodId;
	const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:-//${icalText(company)}//${product}//${language}`, `NAME:${icalText(calendar.name)}`, `X-WR-CALNAME:${icalText(calendar.name)}`];
	for (const event of calendar.events) lines.push(...eventLines(event));
	lines.push('END:VCALENDAR');
	return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
