/**
 * The encoders of every output format (`src/encode/`), fed every control
 * character, lone surrogates, U+FFFE/U+FFFF, bidi controls and `]]>`: what
 * comes out is well-formed for its format, and keeps the ordinary text.
 */
import ICAL from 'ical.js';
import sax from 'sax';
import { describe, expect, test } from 'vitest';
import { icalParam, icalText } from '../../src/encode/ical';
import { markdownText, withinLimit } from '../../src/encode/markdown';
import { terminalLines, terminalText } from '../../src/encode/terminal';
import { xmlChars, xmlText } from '../../src/encode/xml';
import { BROKEN, CONTROLS, ESCAPES, EVERYTHING, holdsLoneSurrogate, INVISIBLE } from './hostile-characters';

/** Parses XML with a strict parser; throws on anything XML 1.0 does not allow. */
function parseXml(xml: string): string {
	const parser = sax.parser(true);
	let text = '';
	parser.ontext = (t) => (text += t);
	parser.onerror = (error) => {
		throw error;
	};
	parser.write(xml).close();
	return text;
}

/** Characters XML 1.0 forbids: C0 controls but tab, CR and LF; U+FFFE, U+FFFF; lone surrogates. */
const NOT_XML = /[\0-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/;

describe('XML', () => {
	test('text and attribute values of every hostile character parse strictly and keep the words', () => {
		const encoded = xmlText(EVERYTHING);
		expect(encoded).not.toMatch(NOT_XML);
		expect(holdsLoneSurrogate(encoded)).toBe(false);
		const text = parseXml(`<r a="${encoded}"><![CDATA[x]]><t>${encoded}</t></r>`);
		expect(text).toContain(']]>');
		expect(text).toContain('<b>&amp;');
		expect(text).toContain('GmbH 🚀 €');
	});

	test.each(CONTROLS.filter((c) => !'\t\n\r\x0B\x0C\x85'.includes(c)))('control %j is dropped', (c) => {
		expect(xmlText(`a${c}b`)).toBe('ab');
	});

	test.each(['\x0B', '\x0C', '\x85'])('word-separating control %j becomes a space', (c) => {
		expect(xmlText(`a${c}b`)).toBe('a b');
	});

	test.each(BROKEN)('broken character %j becomes a visible stand-in', (c) => {
		const out = xmlChars(c);
		expect(out).toContain('\uFFFD');
		expect(holdsLoneSurrogate(out)).toBe(false);
		parseXml(`<t>${xmlText(c)}</t>`);
	});

	test('a surrogate pair (emoji) is kept whole', () => {
		expect(xmlText('🚀')).toBe('🚀');
	});
});

describe('iCalendar', () => {
	test('a SUMMARY and a CN of every hostile character parse with ical.js and carry no control character', () => {
		const summary = icalText(EVERYTHING);
		const cn = icalParam(EVERYTHING);
		// RFC 5545 allows a tab (HTAB) in text; no other control.
		expect(summary).not.toMatch(/[\0-\x08\x0A-\x1F\x7F-\x9F]/);
		expect(cn).not.toMatch(/[\0-\x1F\x7F-\x9F]/);
		const ics = [
			'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//t//t//EN', 'BEGIN:VEVENT', 'UID:x', 'DTSTAMP:20261124T000000Z', 'DTSTART;VALUE=DATE:20261124',
			`SUMMARY:${summary}`, `ATTENDEE;CN=${cn}:mailto:a@example.com`, 'END:VEVENT', 'END:VCALENDAR', '',
		].join('\r\n');
		const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent('vevent')!);
		expect(event.summary).toContain('GmbH 🚀 €');
		expect(event.summary).toContain('<b>&amp;');
		expect(event.attendees[0].getParameter('cn')).toContain('Acme');
	});

	test('line breaks are escaped, separators and commas too', () => {
		expect(icalText('a\r\nb;c,d\\')).toBe('a\\nb\\;c\\,d\\\\');
	});
});

describe('terminal text', () => {
	test('no control, escape, bidi or broken character reaches the terminal; one line', () => {
		const out = terminalText(EVERYTHING);
		expect(out).not.toMatch(/[\0-\x1F\x7F-\x9F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069\uFEFF\uFFFE\uFFFF]/);
		expect(holdsLoneSurrogate(out)).toBe(false);
		expect(out.split('\n')).toHaveLength(1);
		expect(out).toContain('GmbH 🚀 €');
	});

	test('escapes are shown as a programmer would write them', () => {
		expect(terminalText(ESCAPES[0])).toBe('\\x1b]52;c;ZXZpbA==\\x07');
		expect(terminalText('a\nb\r\tc\u202E')).toBe('a\\nb\\r\\tc\\u202e');
		expect(terminalText('\uD800')).toBe('\\ud800');
	});

	test('a line break cannot forge a problem line', () => {
		const forged = 'Visit\ncontent/accounts/acme/plan.mdx:1:1: name: FORGED ERROR\n::error::forged';
		expect(terminalText(forged).split('\n')).toHaveLength(1);
	});

	test('terminalLines keeps the message\'s own lines and escapes the rest', () => {
		expect(terminalLines('first\nsecond \x1b[2J\r')).toBe('first\nsecond \\x1b[2J\\r');
	});

	test.each(INVISIBLE)('U+%s is shown escaped', (c) => {
		expect(terminalText(c)).toMatch(/^\\u[0-9a-f]{4}$/);
	});
});

describe('Markdown for pull-request comments', () => {
	test('one line, no markup, no mention or reference that notifies', () => {
		const out = markdownText(`${EVERYTHING} @octocat @org/team #12 | [x](https://e.example) <img src=x>`);
		expect(out).not.toMatch(/[\r\n\u2028\u2029]/);
		expect(out).not.toMatch(/[\0-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F]/);
		expect(holdsLoneSurrogate(out)).toBe(false);
		expect(out).not.toMatch(/@[a-z]/i);
		expect(out).not.toMatch(/#\d/);
		expect(out).not.toMatch(/(?<!\\)[|[\]<>]/);
		expect(out).toContain('GmbH 🚀 €');
	});

	test('a carriage return alone cannot split a table row', () => {
		const row = `| ${markdownText('Acme\rGmbH | evil')} | 1 |`;
		expect(row.split(/\r\n|\r|\n/)).toHaveLength(1);
		expect(row.match(/(?<!\\)\|/g)).toHaveLength(3);
	});

	test('withinLimit keeps whole lines and says what it left out', () => {
		const lines = Array.from({ length: 100 }, (_, i) => `line ${i} ${'x'.repeat(90)}`);
		const out = withinLimit(lines, 2_000, (n) => `(${n} more)`);
		expect(out.length).toBeLessThanOrEqual(2_000);
		const kept = out.split('\n').filter((l) => l.startsWith('line '));
		expect(kept.length).toBeGreaterThan(10);
		expect(out).toContain(`(${100 - kept.length} more)`);
		expect(withinLimit(['short'], 2_000, () => 'never')).toBe('short');
	});
});
