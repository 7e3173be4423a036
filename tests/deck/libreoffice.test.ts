/**
 * Decks opened in a real client, as a new user would try them: `npm run deck
 * -- --out review.pptx --tier strategic` on the sample, converted by
 * LibreOffice Impress (headless) to PDF and PNG pages. The slide count, the
 * title slide, the portfolio table's cells (text in the PDF, so editable
 * text in the deck), each account's name on its slide (OCR of the rendered
 * page) and the speaker notes as LibreOffice reads them.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { deckContents } from '../../src/deck/contents';
import { portfolioRow } from '../../src/deck/portfolio-table';
import { selectAccounts } from '../../src/domain/selection';
import { formatDate } from '../../src/domain/format';
import { ocr, ocrShows } from '../onepager/helpers';
import { sampleAnalysis, TODAY } from '../onepager/fixtures';
import { runScript } from '../support/run';
import { REPO } from '../support/sandbox';
import { hasLibreOffice, INSTALL_HINT, notesOf, pageCount, pdfText, pngPages, SHARED_CACHE, toPdf, unzip } from './support';

const analysis = sampleAnalysis();
/** Whitespace and hyphens dropped: PDF text breaks lines, and words at hyphens, where the slide did. */
const squeeze = (s: string) => s.replace(/[\s\u00ad-]+/g, '');

test('LibreOffice and poppler are installed', () => {
	expect(hasLibreOffice, INSTALL_HINT).toBe(true);
});

describe.runIf(hasLibreOffice)('npm run deck -- --out review.pptx --tier strategic, opened in LibreOffice', () => {
	const strategic = selectAccounts(analysis, { tier: 'strategic' });
	const contents = deckContents(analysis, { tier: 'strategic' });
	let dir: string;
	let pptx: string;
	let pdf: string;
	let stdout: string;

	beforeAll(() => {
		dir = mkdtempSync(join(tmpdir(), 'keyplan-deck-'));
		pptx = join(dir, 'review.pptx');
		const result = runScript('deck', ['--out', pptx, '--tier', 'strategic'], REPO, SHARED_CACHE);
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
		stdout = result.stdout;
		pdf = toPdf(pptx, join(dir, 'pdf'));
	}, 240_000);
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	test('has a title, the portfolio and a slide per strategic account and per renewal plan', () => {
		const renewals = strategic.filter((a) => a.account.renewal).length;
		expect(strategic.length).toBeGreaterThan(1);
		expect(renewals).toBeGreaterThan(0);
		expect(pageCount(pdf)).toBe(1 + 1 + strategic.length + renewals);
		expect(stdout).toContain(`${pageCount(pdf)} slides for ${strategic.length} accounts`);
	});

	test('the title slide names the organisation, the selection and the date', () => {
		const text = pdfText(pdf, 1);
		expect(text).toContain(analysis.settings.organisation);
		expect(text).toContain('Strategic accounts');
		expect(text).toContain(formatDate(TODAY));
	});

	test('the portfolio slide is text: every cell of every account, in the dashboard order', () => {
		const text = pdfText(pdf, 2);
		for (const header of ['Account', 'Owner', 'Health', 'Revenue vs commitment', 'Contract end']) expect(text).toContain(header);
		const at = strategic.map((a) => {
			for (const cell of Object.values(portfolioRow(a))) expect(squeeze(text), `${a.slug}: ${cell.text}`).toContain(squeeze(cell.text));
			return text.indexOf(a.account.plan.data.name);
		});
		expect(at).toEqual([...at].sort((x, y) => x - y));
	});

	test("each one-pager slide shows its account's name (OCR of the page LibreOffice drew)", async () => {
		const pages = pngPages(pdf, join(dir, 'png'));
		expect(pages).toHaveLength(pageCount(pdf));
		for (const [i, picture] of contents.pictures.entries()) {
			const text = await ocr(pages[2 + i], join(dir, `ocr-${i}.png`));
			expect(ocrShows(text, picture.job.name), `slide ${3 + i}: ${text.slice(0, 200)}`).toBe(true);
		}
	}, 120_000);

	test('the speaker notes are in the package and LibreOffice reads them', async () => {
		const parts = await unzip(readFileSync(pptx));
		const notesPdf = toPdf(pptx, join(dir, 'notes'), { notes: true });
		const slides = pageCount(pdf);
		expect(pageCount(notesPdf)).toBe(2 * slides);
		for (const [i, picture] of contents.pictures.entries()) {
			const n = 3 + i;
			expect(notesOf(parts, n)).toBe(picture.notes);
			// The notes page of slide n: its first lines, as LibreOffice lays them out.
			const page = squeeze(pdfText(notesPdf, slides + n));
			expect(page).toContain(squeeze(picture.notes!.split('\n')[0]));
		}
		const first = strategic[0];
		expect(first.findings.length).toBeGreaterThan(0);
		expect(squeeze(pdfText(notesPdf, slides + 3))).toContain(squeeze(`Findings (${first.findings.length}), with what to do:`));
		// The title and portfolio slides have no notes.
		expect([notesOf(parts, 1), notesOf(parts, 2)]).toEqual(['', '']);
	}, 120_000);
});
