/**
 * The compact whitespace matrix of the internal one-pager: customer units as
 * rows, our offerings as columns, each cell a coloured box with a short text
 * (ours, the potential's value, the competitor, none, "?"). It has a fixed
 * height per row, so the account layout can tell whether it fits.
 */
import { h, text, type El, type Fit } from '../h.ts';
import type { MatrixCell, WhitespaceMatrix } from '../sheet.ts';
import { COLORS, TONES, type Tone } from '../../present/theme.ts';
import { card, CARD_CHROME, cardInner, row } from './parts.ts';

/** Height of one matrix row, and the gap between rows. */
const CELL = 22;
const CELL_GAP = 2;
const CELL_TEXT = 13;
const HEAD_TEXT = 11;
/** Width of the unit names' column. */
const UNIT_WIDTH = 136;

const TONE: Record<MatrixCell['status'], Tone> = { ours: 'good', potential: 'accent', competitor: 'bad', none: 'neutral', unknown: 'neutral' };

/** Outer height of the matrix card for `units` rows. */
export function matrixHeight(units: number): number {
	return CARD_CHROME + (units + 1) * CELL + units * CELL_GAP;
}

function cell(fit: Fit, c: MatrixCell, width: number): El {
	const tone = TONES[TONE[c.status]];
	const unknown = c.status === 'unknown';
	return h(
		'div',
		{ display: 'flex', alignItems: 'center', justifyContent: 'center', width, height: CELL, borderRadius: 4, backgroundColor: unknown ? COLORS.card : tone.bg, border: unknown ? `1px dashed ${COLORS.line}` : 'none', flexShrink: 0 },
		text(fit, c.text, { size: CELL_TEXT, weight: c.status === 'potential' ? 700 : 600, color: unknown ? COLORS.faint : tone.fg, width: width - 6, style: { textAlign: 'center' } }),
	);
}

/** The whitespace card, `width` × `height`. */
export function whitespaceCard(fit: Fit, m: WhitespaceMatrix, width: number, height: number): El {
	const inner = cardInner(width);
	const cellWidth = Math.floor((inner - UNIT_WIDTH - m.offerings.length * CELL_GAP) / Math.max(1, m.offerings.length));
	const header = row(
		{ width: inner, height: CELL, gap: CELL_GAP },
		h('div', { width: UNIT_WIDTH, flexShrink: 0 }),
		...m.offerings.map((o) => text(fit, o, { size: HEAD_TEXT, weight: 700, color: COLORS.muted, width: cellWidth, style: { textAlign: 'center' } })),
	);
	const rows = m.rows.map((r) =>
		row(
			{ width: inner, height: CELL, gap: CELL_GAP },
			text(fit, r.unit, { size: 13, weight: 600, color: COLORS.fg, width: UNIT_WIDTH - 6 }),
			...r.cells.map((c) => cell(fit, c, cellWidth)),
		),
	);
	return card(fit, 'Whitespace', width, height, [h('div', { display: 'flex', flexDirection: 'column', gap: CELL_GAP }, header, ...rows)]);
}
