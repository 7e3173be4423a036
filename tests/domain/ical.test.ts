/** The iCalendar writer on its own: folding by octets, escaping, hostile names, read back by ical.js. */
import { describe, expect, it } from 'vitest';
import { foldLine, icalendar, type IcalCalendar } from '../../src/domain/ical-writer';
import { parseCalendar } from '../support/ical';

const octets = (s: string) => Buffer.byteLength(s, 'utf8');

function calendarWith(summary: string, description: string, name = 'Jonas Berg'): IcalCalendar {
	return {
		name: 'Acme: cadence',
		prodId: { company: 'Brightline, Inc.', product: 'Keyplan', language: 'EN' },
		events: [
			{
				uid: 'acme-qbr-2026-12-10@keyplan',
				stamp: new Date(Date.UTC(2026, 9, 15)),
				start: { local: new Date(Date.UTC(2026, 11, 10, 10, 0)) },
				end: { local: new Date(Date.UTC(2026, 11, 10, 11, 30)) },
				summary,
				description,
				location: 'HQ; room 4, 2nd floor',
				status: 'CONFIRMED',
				organizer: { name, email: 'jonas@example.com' },
				attendees: [{ name, email: 'jonas@example.com', role: 'REQ-PARTICIPANT', status: 'ACCEPTED' }],
			},
			{ uid: 'acme-contract-end@keyplan', stamp: new Date(Date.UTC(2026, 9, 15)), start: { date: '2027-09-30' }, end: { date: '2027-10-01' }, summary: 'Acme: contract ends' },
		],
	};
}

describe('foldLine', () => {
	it('keeps every physical line within 75 octets and never splits a character', () => {
		const line = `DESCRIPTION:${'日本語のテキスト🙂 Ελληνικά '.repeat(20)}`;
		const folded = foldLine(line);
		const physical = folded.split('\r\n');
		expect(physical.length).toBeGreaterThan(5);
		for (const part of physical) expect(octets(part)).toBeLessThanOrEqual(75);
		// Unfolding (CRLF + one space removed) gives the line back, character for character.
		expect(folded.replace(/\r\n /g, '')).toBe(line);
		expect(folded).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
	});

	it('leaves short ASCII lines alone and folds a 76-octet line once', () => {
		expect(foldLine('SUMMARY:short')).toBe('SUMMARY:short');
		const folded = foldLine('X'.repeat(76));
		expect(folded).toBe(`${'X'.repeat(75)}\r\n X`);
	});
});

describe('icalendar', () => {
	it('writes text that a standard parser reads back exactly, escapes included', () => {
		const description = 'Agenda: scorecard; pricing, spares\nParticipants: Jonas, Lena\\Ops';
		const text = icalendar(calendarWith('Acme: QBR, Q4; review', description));
		expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
		expect(text.split('\r\n').every((l) => octets(l) <= 75)).toBe(true);
		const parsed = parseCalendar(text);
		expect(parsed.prodid).toBe('-//Brightline, Inc.//Keyplan//EN');
		expect(parsed.name).toBe('Acme: cadence');
		const [qbr, end] = parsed.events;
		expect(qbr).toMatchObject({ summary: 'Acme: QBR, Q4; review', start: '2026-12-10T10:00:00', end: '2026-12-10T11:30:00', allDay: false, floating: true, status: 'CONFIRMED' });
		expect(qbr.attendees).toEqual([{ cn: 'Jonas Berg', address: 'mailto:jonas@example.com', partstat: 'ACCEPTED' }]);
		expect(end).toMatchObject({ uid: 'acme-contract-end@keyplan', start: '2027-09-30', end: '2027-10-01', allDay: true });
	});

	it('keeps a hostile name inside its parameter: no injected property or attendee', () => {
		const hostile = 'Eve"\r\nATTENDEE;CN=x:MAILTO:evil@example.com\r\nX-INJECTED:1';
		const text = icalendar(calendarWith('Acme: QBR', 'x', hostile));
		const parsed = parseCalendar(text);
		expect(parsed.events[0].attendees).toHaveLength(1);
		expect(parsed.events[0].attendees[0].address).toBe('mailto:jonas@example.com');
		expect(text).not.toMatch(/^X-INJECTED/m);
		expect(text).not.toMatch(/^ATTENDEE;CN=x/m);
	});

	it('gives the same bytes for the same calendar', () => {
		const a = icalendar(calendarWith('Acme: QBR', 'same'));
		const b = icalendar(calendarWith('Acme: QBR', 'same'));
		expect(a).toBe(b);
	});
});
