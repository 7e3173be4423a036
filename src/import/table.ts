/**
 * Reads an export into rows of cells: CSV in whatever form Excel and CRMs
 * write it (any delimiter, quoted line breaks, with or without BOM; UTF-8,
 * UTF-16 or Windows-1252) through csv-parse and iconv-lite, and `.xlsx`
 * through exceljs. A file that is neither (a PDF, an image, a zip of
 * something else) is one problem, not a cascade of nonsense rows.
 */
import { parse } from 'csv-parse/sync';
import type ExcelJS from 'exceljs';
import iconv from 'iconv-lite';

/** One cell as read: text from CSV; number, date or text from a workbook. */
export type Cell = string | number | Date;

/** A data row with the line (CSV) or row number (workbook) it starts on. */
export interface Row {
	line: number;
	cells: Cell[];
}

/** The header and data rows of the first sheet, or why the file cannot be read. */
export type Table = { ok: true; header: string[]; rows: Row[]; encoding: string } | { ok: false; message: string };

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/** The text of a CSV's bytes and the encoding it was in; `undefined` for bytes that are not text. */
export function decodeText(bytes: Buffer): { text: string; encoding: string } | undefined {
	let text: string;
	let encoding: string;
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) [text, encoding] = [bytes.subarray(3).toString('utf8'), 'UTF-8'];
	else if (bytes[0] === 0xff && bytes[1] === 0xfe) [text, encoding] = [iconv.decode(bytes.subarray(2), 'utf16le'), 'UTF-16'];
	else if (bytes[0] === 0xfe && bytes[1] === 0xff) [text, encoding] = [iconv.decode(bytes.subarray(2), 'utf16be'), 'UTF-16'];
	else if (looksUtf16(bytes)) [text, encoding] = [iconv.decode(bytes, bytes[0] === 0 ? 'utf16be' : 'utf16le'), 'UTF-16'];
	else {
		try {
			[text, encoding] = [new TextDecoder('utf-8', { fatal: true }).decode(bytes), 'UTF-8'];
		} catch {
			// Not UTF-8: what Excel on Windows saves as "CSV" in western Europe.
			[text, encoding] = [iconv.decode(bytes, 'win1252'), 'Windows-1252'];
		}
	}
	// Text has no NULs and hardly any control characters; a binary file has many.
	const sample = text.slice(0, 8192);
	const controls = sample.match(/[\u0000-\u0008\u000e-\u001f\u007f]/g)?.length ?? 0;
	if (sample.includes('\u0000') || controls > Math.max(16, sample.length / 50)) return undefined;
	return { text, encoding };
}

/** UTF-16 without a BOM: every other byte of ASCII text is zero. */
function looksUtf16(bytes: Buffer): boolean {
	const n = Math.min(bytes.length, 512) & ~1;
	if (n < 4) return false;
	let even = 0;
	let odd = 0;
	for (let i = 0; i < n; i += 2) {
		if (bytes[i] === 0) even++;
		if (bytes[i + 1] === 0) odd++;
	}
	return Math.max(even, odd) > n / 2 * 0.8 && Math.min(even, odd) === 0;
}

/** The delimiter of a CSV: the candidate found most often (outside quotes) on its first line. */
export function guessDelimiter(text: string): string {
	const first = text.split(/\r?\n/, 1)[0].replace(/"[^"]*"/g, '');
	let best = ',';
	let most = 0;
	for (const candidate of [',', ';', '\t', '|']) {
		const count = first.split(candidate).length - 1;
		if (count > most) [best, most] = [candidate, count];
	}
	return best;
}

function readCsv(bytes: Buffer): Table {
	const decoded = decodeText(bytes);
	if (!decoded) return { ok: false, message: 'is not a text (CSV) file nor an .xlsx workbook: export the report as CSV or Excel and try again' };
	let records: { record: string[]; info: { lines: number } }[];
	try {
		records = parse(decoded.text, { delimiter: guessDelimiter(decoded.text), info: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: false, bom: true }) as unknown as typeof records;
	} catch (error) {
		const e = error as { message: string; lines?: number };
		return { ok: false, message: `cannot be read as CSV${e.lines ? ` (line ${e.lines})` : ''}: ${e.message}` };
	}
	const rows: Row[] = [];
	let end = 0;
	for (const { record, info } of records) {
		const line = end + 1;
		end = info.lines;
		if (record.every((c) => c.trim() === '')) continue;
		rows.push({ line, cells: record });
	}
	const [head, ...data] = rows;
	if (!head) return { ok: false, message: 'is empty: expected a header row and data rows' };
	return { ok: true, header: head.cells.map(String), rows: data, encoding: decoded.encoding };
}

/** A workbook cell's value as a plain cell: formulas by their result, rich text as its text. */
function cellOf(value: ExcelJS.CellValue): Cell {
	if (value === null || value === undefined) return '';
	if (typeof value === 'number' || typeof value === 'string' || value instanceof Date) return value;
	if (typeof value === 'boolean') return String(value);
	if ('result' in value) return cellOf(value.result as ExcelJS.CellValue);
	if ('richText' in value) return value.richText.map((r) => r.text).join('');
	if ('text' in value) return String(value.text);
	return '';
}

async function readXlsx(bytes: Buffer, wanted: (header: string[]) => boolean): Promise<Table> {
	// Loaded only for a workbook: a third of a second that a CSV import does not pay.
	const { default: Excel } = await import('exceljs');
	const workbook = new Excel.Workbook();
	try {
		await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
	} catch (error) {
		return { ok: false, message: `is a zip file but not an .xlsx workbook Keyplan can read (${(error as Error).message})` };
	}
	const tables = workbook.worksheets.map((sheet) => sheetTable(sheet)).filter((t): t is Table & { ok: true } => t.ok);
	// A workbook of several sheets (Keyplan's own export among them): the first whose header has the columns needed.
	const table = tables.find((t) => wanted(t.header)) ?? tables[0];
	return table ?? { ok: false, message: 'has no sheet with rows: expected a header row and data rows' };
}

function sheetTable(sheet: ExcelJS.Worksheet): Table {
	const rows: Row[] = [];
	sheet.eachRow({ includeEmpty: false }, (row, number) => {
		const values = row.values as ExcelJS.CellValue[];
		const cells = Array.from(values.slice(1), cellOf);
		if (cells.some((c) => String(c).trim() !== '')) rows.push({ line: number, cells });
	});
	const [head, ...data] = rows;
	if (!head) return { ok: false, message: 'is empty: expected a header row and data rows' };
	return { ok: true, header: head.cells.map((c) => String(c)), rows: data, encoding: `xlsx, sheet "${sheet.name}"` };
}

/** The table in a file's bytes: `.xlsx` by its zip signature (the first sheet whose header is `wanted`), CSV otherwise. */
export async function readTable(bytes: Buffer, wanted: (header: string[]) => boolean = () => true): Promise<Table> {
	return bytes.subarray(0, 4).equals(ZIP) ? readXlsx(bytes, wanted) : readCsv(bytes);
}
