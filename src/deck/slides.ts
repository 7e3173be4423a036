/**
 * The slides, drawn with pptxgenjs on a 16:9 deck (13.33 × 7.5 in): a title
 * slide, the portfolio as a native table (editable text, one slide per ten
 * accounts) and each one-pager as a full-slide picture with its speaker
 * notes. Colours are the one-pagers' (the site's palette); text is set in
 * Arial, a font every PowerPoint, Keynote and LibreOffice has (or a
 * metric-compatible twin).
 */
import type PptxGenJS from 'pptxgenjs';
import { COLORS, TONES } from '../present/theme.ts';
import type { Tone as SiteTone } from '../present/tones.ts';
import type { DeckContents } from './contents.ts';
import { PORTFOLIO_COLUMNS, tablePages, type Cell } from './portfolio-table.ts';
import { standIn } from './stand-ins.ts';

/** Slide size in inches (PowerPoint's 16:9 "widescreen"). */
export const SLIDE = { width: 13.333, height: 7.5 } as const;

/** The deck's one font. */
export const FONT = 'Arial';

/** Accounts per portfolio slide: more would shrink the text below what a room can read. */
export const ROWS_PER_SLIDE = 10;

const MARGIN = 0.5;
/** Column widths of the portfolio table, in inches, in `PORTFOLIO_COLUMNS` order. */
const COLUMN_WIDTHS = [3.1, 1.6, 1.55, 2.45, 1.05, 1.3, 1.28];

/** `#1f6feb` → `1F6FEB`, as pptxgenjs takes colours. */
const hex = (colour: string) => colour.replace('#', '').toUpperCase();

/** Text colour of a site tone, from the one-pagers' palette (the site's `info` is their `accent`). */
function toneColour(tone: SiteTone): string {
	if (tone === 'info') return hex(TONES.accent.fg);
	if (tone === 'neutral') return hex(COLORS.fg);
	return hex(TONES[tone].fg);
}

/** The title slide: organisation, what the deck is about, its date. */
export function addTitleSlide(pptx: PptxGenJS, contents: DeckContents): void {
	const slide = pptx.addSlide();
	slide.background = { color: hex(COLORS.background) };
	const { kicker, heading, lines } = contents.titleSlide;
	const width = SLIDE.width - 2 * MARGIN - 0.5;
	// The accent bar is an empty text box, not a shape: pptxgenjs writes shapes without a text body, which PowerPoint repairs.
	slide.addText('', { x: MARGIN + 0.25, y: 2.2, w: 0.12, h: 2.05, fill: { color: hex(COLORS.accent) } });
	slide.addText(kicker, { x: MARGIN + 0.55, y: 1.55, w: width, h: 0.5, fontFace: FONT, fontSize: 18, color: hex(COLORS.muted), bold: true });
	slide.addText(heading, { x: MARGIN + 0.55, y: 2.15, w: width, h: 1.2, fontFace: FONT, fontSize: 40, bold: true, color: hex(COLORS.fg), valign: 'top', fit: 'shrink' });
	slide.addText(lines.join('\n'), { x: MARGIN + 0.55, y: 3.4, w: width, h: 0.9, fontFace: FONT, fontSize: 20, color: hex(COLORS.muted), valign: 'top' });
}

/** A table cell: text in its tone, the account column in bold. */
function cell(value: Cell, column: number): PptxGenJS.TableCell {
	return { text: value.text, options: { color: toneColour(value.tone), bold: column === 0 || value.tone !== 'neutral' } };
}

/** The portfolio as native tables: one slide per `ROWS_PER_SLIDE` accounts, the header repeated. */
export function addPortfolioSlides(pptx: PptxGenJS, contents: DeckContents): void {
	const portfolio = contents.portfolio;
	if (!portfolio) return;
	const pages = tablePages(portfolio.rows, ROWS_PER_SLIDE);
	pages.forEach((rows, i) => {
		const slide = pptx.addSlide();
		slide.background = { color: hex(COLORS.card) };
		const heading = pages.length > 1 ? `${portfolio.heading} (${i + 1}/${pages.length})` : portfolio.heading;
		slide.addText(heading, { x: MARGIN, y: 0.3, w: SLIDE.width - 2 * MARGIN, h: 0.6, fontFace: FONT, fontSize: 26, bold: true, color: hex(COLORS.fg), fit: 'shrink' });
		slide.addText(portfolio.caption, { x: MARGIN, y: 0.9, w: SLIDE.width - 2 * MARGIN, h: 0.4, fontFace: FONT, fontSize: 13, color: hex(COLORS.muted) });
		const header = PORTFOLIO_COLUMNS.map((name): PptxGenJS.TableCell => ({ text: name, options: { bold: true, color: hex(COLORS.muted), fill: { color: hex(COLORS.background) } } }));
		const body = rows.map((row) => PORTFOLIO_COLUMNS.map((column, c) => cell(row[column], c)));
		slide.addTable([header, ...body], {
			x: MARGIN,
			y: 1.45,
			w: COLUMN_WIDTHS.reduce((s, w) => s + w, 0),
			colW: COLUMN_WIDTHS,
			fontFace: FONT,
			fontSize: 11,
			valign: 'middle',
			margin: 0.06,
			border: { type: 'solid', pt: 0.75, color: hex(COLORS.line) },
		});
	});
}

/** One-pagers as full-slide pictures with their notes, each drawn as its stand-in (`stand-ins.ts`), replaced by the one-pager when the package is rewritten. */
export function addPictureSlides(pptx: PptxGenJS, contents: DeckContents): void {
	contents.pictures.forEach((picture, i) => {
		const slide = pptx.addSlide();
		slide.addImage({ data: `image/png;base64,${standIn(i).toString('base64')}`, x: 0, y: 0, w: SLIDE.width, h: SLIDE.height, altText: picture.alt });
		if (picture.notes) slide.addNotes(picture.notes);
	});
}

/** How many slides a deck of `contents` has: the title, the portfolio pages and the pictures. */
export function slideCount(contents: DeckContents): number {
	return 1 + tablePages(contents.portfolio?.rows ?? [], ROWS_PER_SLIDE).length + contents.pictures.length;
}
