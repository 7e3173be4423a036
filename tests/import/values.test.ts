/** Numbers, dates, periods and encodings as exports write them; and the minimal YAML edits in each style a plan may use. */
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText, guessDelimiter, readTable } from '../../src/import/table';
import { conventionsOf, fiscalYearOfPeriod, parseAmount, parseDate, parsePeriod } from '../../src/import/values';
import { YamlEditor } from '../../src/import/yaml-edit';
import { isMap, isSeq } from 'yaml';

const amount = (text: string, decimal?: '.' | ',') => {
	const read = parseAmount(text, { decimal });
	return read.ok ? read.value.amount : read.message;
};

describe('amounts', () => {
	it('reads the ways people write them', () => {
		expect(amount('1,234,567.89')).toBe(1234567.89);
		expect(amount('1.234.567,89')).toBe(1234567.89);
		expect(amount('1 234 567,89')).toBe(1234567.89);
		expect(amount('1\u202f234\u202f567,89')).toBe(1234567.89);
		expect(amount("1'234'567.89")).toBe(1234567.89);
		expect(amount('(1,200.50)')).toBe(-1200.5);
		expect(amount('-950')).toBe(-950);
		expect(amount('12,5')).toBe(12.5);
		expect(parseAmount('EUR 1,200.00', {})).toEqual({ ok: true, value: { amount: 1200, currency: 'EUR' } });
		expect(parseAmount('1.200,00 €', {})).toEqual({ ok: true, value: { amount: 1200, currency: 'EUR' } });
	});

	it('refuses what needs a guess, and lets the locale decide an ambiguous separator', () => {
		expect(amount('€ 1.2M')).toMatch(/is not a number/);
		expect(amount('n/a')).toMatch(/"n\/a" is not a number/);
		expect(amount('1,234')).toMatch(/could be read two ways/);
		expect(amount('1,234', '.')).toBe(1234);
		expect(amount('1,234', ',')).toBe(1.234);
		expect(amount('1,23,4.5')).toMatch(/thousands separators in the wrong places/);
		expect(conventionsOf('de')).toEqual({ decimal: ',', dayFirst: true });
		expect(conventionsOf('en-US')).toEqual({ decimal: '.', dayFirst: false });
		expect(conventionsOf('not a locale!')).toBeUndefined();
	});
});

describe('dates and periods', () => {
	it('reads ISO, German and US dates, Excel serials, and refuses days that do not exist', () => {
		expect(parseDate('2026-12-31', {})).toEqual({ ok: true, value: '2026-12-31' });
		expect(parseDate('31.12.2026', {})).toEqual({ ok: true, value: '2026-12-31' });
		expect(parseDate('12/31/2026', {})).toEqual({ ok: true, value: '2026-12-31' });
		expect(parseDate('01/02/2026', { dayFirst: true })).toEqual({ ok: true, value: '2026-02-01' });
		expect(parseDate('01/02/2026', { dayFirst: false })).toEqual({ ok: true, value: '2026-01-02' });
		expect(parseDate('01/02/2026', {})).toMatchObject({ ok: false });
		expect(parseDate(46022, {})).toEqual({ ok: true, value: '2025-12-31' });
		expect(parseDate('29.02.2026', {})).toEqual({ ok: false, message: '"29.02.2026" is not a date that exists' });
	});

	it('reads months, quarters and fiscal years, and places them in the fiscal year', () => {
		expect(parsePeriod('2026-03', {})).toEqual({ ok: true, value: { kind: 'month', year: 2026, month: 3 } });
		expect(parsePeriod('03/2026', {})).toEqual({ ok: true, value: { kind: 'month', year: 2026, month: 3 } });
		expect(parsePeriod('Q2 2026', {})).toEqual({ ok: true, value: { kind: 'quarter', year: 2026, quarter: 2 } });
		expect(parsePeriod('FY2026', {})).toEqual({ ok: true, value: { kind: 'year', year: 2026 } });
		expect(fiscalYearOfPeriod({ kind: 'month', year: 2026, month: 3 }, 4)).toBe(2025);
		expect(fiscalYearOfPeriod({ kind: 'day', date: '2026-04-01' }, 4)).toBe(2026);
		expect(parsePeriod('2026-13', {})).toMatchObject({ ok: false });
	});
});

describe('files', () => {
	it('decodes UTF-16 with and without BOM and Windows-1252, and guesses the delimiter', async () => {
		const text = 'Account;Amount\r\nBrückner;1.234,50\r\n';
		expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))).toEqual({ text, encoding: 'UTF-16' });
		expect(decodeText(Buffer.from(text, 'utf16le'))).toEqual({ text, encoding: 'UTF-16' });
		expect(decodeText(iconv.encode(text, 'win1252'))).toEqual({ text, encoding: 'Windows-1252' });
		expect(guessDelimiter(text)).toBe(';');
		expect(guessDelimiter('a\tb\tc\n')).toBe('\t');
		const table = await readTable(Buffer.from('\ufeffAccount,Note\n"Acme","two\nlines"\n\nBeta,x\n'));
		expect(table).toMatchObject({ ok: true, header: ['Account', 'Note'], rows: [{ line: 2, cells: ['Acme', 'two\nlines'] }, { line: 5, cells: ['Beta', 'x'] }] });
	});
});

describe('minimal YAML edits', () => {
	it('changes only the value, keeping quoting and comments, in block style too', () => {
		const text = 'a: 1 # one\nopportunities:\n  - title: "Pumps"  # quoted\n    stage: idea\n  # a comment between items\n  - { title: Valves }\nz: end\n';
		const editor = new YamlEditor(text);
		const first = editor.node(['opportunities', 0]);
		if (!isMap(first)) throw new Error('not a map');
		editor.set(first, 'stage', 'won');
		editor.set(first, 'title', 'Big pumps');
		editor.set(first, 'crmId', '0061');
		const seq = editor.node(['opportunities']);
		if (!isSeq(seq)) throw new Error('not a list');
		editor.append(seq, null, '{ title: Seals }', '  ');
		expect(editor.result()).toBe('a: 1 # one\nopportunities:\n  - title: "Big pumps"  # quoted\n    stage: won\n    crmId: "0061"\n  # a comment between items\n  - { title: Valves }\n  - { title: Seals }\nz: end\n');
	});

	it('turns an empty flow list into a block list, and fills an empty flow map', () => {
		const editor = new YamlEditor('opportunities: [] # none yet\nrevenue: {}\n');
		const doc = editor.doc.contents;
		if (!isMap(doc)) throw new Error('not a map');
		editor.append(editor.node(['opportunities']) as never, editor.pair(doc, 'opportunities')!.key, '{ title: Seals }', '  ');
		editor.addPair(editor.node(['revenue']) as never, '2026', '120000');
		expect(editor.result()).toBe('opportunities:\n  - { title: Seals } # none yet\nrevenue: { 2026: 120000 }\n');
	});
});
