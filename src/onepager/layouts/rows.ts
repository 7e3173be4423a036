/**
 * List rows shared by the panels: a coloured marker, a title line and a
 * muted detail line, with an optional chip or figure on the right; and the
 * panel body that shows as many rows as fit and counts the rest.
 */
import { h, text, textHeight, type Child, type El, type Fit } from '../h.ts';
import type { PersonRow } from '../sheet.ts';
import { COLORS, STANCE, TONES, type Tone } from '../../present/theme.ts';
import { chip, column, fitRows, more, MORE_HEIGHT, row } from './parts.ts';

/** Type sizes of a list row. */
export const ROW = { title: 20, detail: 16 } as const;
/** Height of a two-line list row. */
export const ROW_HEIGHT = textHeight(ROW.title, 1) + textHeight(ROW.detail, 1);
/** Gap between list rows. */
export const ROW_GAP = 10;
/** Height of a one-line list row. */
export const LINE_HEIGHT = textHeight(ROW.title, 1);

/** One list row's content. */
export interface ListItem {
	title: string;
	detail?: string;
	/** Colour of the bar on the left. */
	marker: string;
	/** A chip on the right. */
	chip?: { label: string; tone: Tone };
	/** Detail colour, when it should stand out (e.g. an overdue date). */
	detailTone?: Tone;
}

/** Width a chip needs at the row's chip size. */
function chipWidth(fit: Fit, label: string): number {
	return Math.ceil(fit.measurer.width(label, { size: 16, weight: 600 })) + 26;
}

/** A two-line row, `width` wide. */
export function listRow(fit: Fit, item: ListItem, width: number): El {
	const chipW = item.chip ? Math.min(220, chipWidth(fit, item.chip.label)) : 0;
	const inner = width - 16 - (chipW ? chipW + 12 : 0);
	return row(
		{ width, height: ROW_HEIGHT, gap: 12, alignItems: 'stretch', flexShrink: 0 },
		h('div', { width: 4, borderRadius: 2, backgroundColor: item.marker, flexShrink: 0 }),
		column(
			{ width: inner, justifyContent: 'center' },
			text(fit, item.title, { size: ROW.title, weight: 600, color: COLORS.fg, width: inner }),
			item.detail ? text(fit, item.detail, { size: ROW.detail, color: item.detailTone ? TONES[item.detailTone].fg : COLORS.muted, width: inner }) : null,
		),
		item.chip ? h('div', { display: 'flex', alignItems: 'center' }, chip(fit, item.chip.label, item.chip.tone, chipW)) : null,
	);
}

/** A one-line row: marker, title, a right-aligned note (owner, date) and an optional chip. */
export function lineRow(fit: Fit, item: ListItem & { note: string; noteWidth: number }, width: number): El {
	const chipW = item.chip ? Math.min(200, chipWidth(fit, item.chip.label)) : 0;
	const titleWidth = width - 16 - item.noteWidth - 12 - (chipW ? chipW + 12 : 0);
	const noteColor = item.detailTone ? TONES[item.detailTone].fg : COLORS.muted;
	return row(
		{ width, height: LINE_HEIGHT, gap: 12 },
		h('div', { width: 4, height: LINE_HEIGHT - 4, borderRadius: 2, backgroundColor: item.marker }),
		text(fit, item.title, { size: ROW.title, weight: 600, color: COLORS.fg, width: titleWidth }),
		text(fit, item.note, { size: ROW.detail, weight: item.detailTone ? 600 : 400, color: noteColor, width: item.noteWidth, style: { textAlign: 'right' } }),
		item.chip ? chip(fit, item.chip.label, item.chip.tone, chipW, 15) : null,
	);
}

/** Width for the right-hand notes of a list: the widest note, at most `max`. */
export function noteWidthFor(fit: Fit, notes: readonly string[], max: number): number {
	const widest = Math.max(0, ...notes.map((n) => fit.measurer.width(n, { size: ROW.detail, weight: 600 })));
	return Math.min(max, Math.ceil(widest) + 4);
}

/** As many rows as fit in `height`, then "+N more"; `render` draws one item. */
export function rowsThatFit<T>(fit: Fit, items: readonly T[], width: number, height: number, render: (item: T) => Child, rowHeight = ROW_HEIGHT): El {
	const { shown, more: hidden } = fitRows(items.length, height, rowHeight, ROW_GAP, MORE_HEIGHT);
	return column({ width, height, gap: ROW_GAP }, ...items.slice(0, shown).map(render), more(fit, hidden, width));
}

/** A quiet line for an empty panel. */
export function empty(fit: Fit, message: string, width: number): El {
	return text(fit, message, { size: ROW.detail, color: COLORS.faint, width });
}

/** Tone of a stance chip: friends green, neutral and not assessed grey, sceptics amber, blockers red. */
export function stanceTone(stance: NonNullable<PersonRow['stance']>): Tone {
	return stance === 'champion' || stance === 'supporter' ? 'good' : stance === 'neutral' || stance === 'unknown' ? 'neutral' : stance === 'sceptic' ? 'warn' : 'bad';
}

/** A who's-who list item: role and title, stance as colour and chip when known. */
export function personItem(p: PersonRow): ListItem {
	return { title: p.name, detail: [p.role, p.title].filter(Boolean).join(' · '), marker: p.stance ? STANCE[p.stance] : COLORS.accent, chip: p.stance ? { label: p.stanceLabel ?? p.stance, tone: stanceTone(p.stance) } : undefined };
}
