/**
 * Building blocks shared by the one-pager layouts: cards with a title, key
 * figure tiles, progress bars, chips, dots, sparklines and the "+N more"
 * line. Every text goes through `text()`, so it is measured and clamped.
 */
import { h, el, text, textHeight, type Child, type El, type Fit, type Style } from '../h.ts';
import { CANVAS, COLORS, INNER, MARGIN, TONES, type Tone } from '../theme.ts';
import type { Kpi } from '../sheet.ts';

/** Padding inside a card. */
export const CARD_PAD = 20;
/** Height taken by a card's title row (text and the gap under it). */
export const CARD_TITLE = textHeight(17, 1) + 14;

/** A white card with an uppercase title; `width` and `height` are its outer size. */
export function card(fit: Fit, title: string, width: number, height: number, body: Child[], aside?: string, asideTone: Tone = 'accent'): El {
	return h(
		'div',
		{ display: 'flex', flexDirection: 'column', width, height, padding: CARD_PAD, backgroundColor: COLORS.card, borderRadius: 16, border: `1px solid ${COLORS.line}` },
		h(
			'div',
			{ display: 'flex', justifyContent: 'space-between', alignItems: 'flex-start', height: CARD_TITLE, flexShrink: 0 },
			text(fit, title.toUpperCase(), { size: 17, weight: 700, color: COLORS.muted, width: aside ? width / 2 : cardInner(width), style: { letterSpacing: 1.5 } }),
			aside ? text(fit, aside, { size: 17, weight: 600, color: TONES[asideTone].fg, width: width / 2 - 2 * CARD_PAD - 2, style: { textAlign: 'right' } }) : null,
		),
		h('div', { display: 'flex', flexDirection: 'column', flexGrow: 1 }, body),
	);
}

/** Height a card adds around its body: padding, border and title row. */
export const CARD_CHROME = 2 * CARD_PAD + 2 + CARD_TITLE;

/** Inner height a card leaves for its rows. */
export function cardBody(height: number): number {
	return height - CARD_CHROME;
}

/** Inner width of a card `width` wide. */
export function cardInner(width: number): number {
	return width - 2 * CARD_PAD - 2;
}

/** How many rows of `rowHeight` (separated by `gap`) fit in `available` px, keeping room for a "+N more" line when not all fit. */
export function fitRows(count: number, available: number, rowHeight: number, gap: number, moreHeight: number): { shown: number; more: number } {
	const fits = (n: number, reserve: number) => n * rowHeight + Math.max(0, n - 1) * gap + reserve <= available;
	if (fits(count, 0)) return { shown: count, more: 0 };
	let shown = 0;
	while (shown < count && fits(shown + 1, gap + moreHeight)) shown++;
	return { shown, more: count - shown };
}

/** Height of the "+N more" line. */
export const MORE_HEIGHT = textHeight(17, 1);

/** "+3 more in the plan", or nothing. */
export function more(fit: Fit, count: number, width: number): Child {
	if (count <= 0) return null;
	return text(fit, `+${count} more in the plan`, { size: 17, weight: 600, color: COLORS.faint, width, style: { marginTop: 'auto' } });
}

/** A horizontal bar filled to `fraction`, with an optional tick where it should be by now. */
export function bar(width: number, fraction: number, tone: Tone, marker?: number, height = 8): El {
	const fill = Math.max(0, Math.min(1, fraction));
	return h(
		'div',
		{ display: 'flex', position: 'relative', width, height, borderRadius: height / 2, backgroundColor: COLORS.track, flexShrink: 0 },
		h('div', { width: Math.round(width * fill), height, borderRadius: height / 2, backgroundColor: TONES[tone].fg }),
		marker === undefined ? null : h('div', { position: 'absolute', left: Math.round(width * Math.min(1, marker)) - 1, top: -4, width: 3, height: height + 8, backgroundColor: COLORS.fg, borderRadius: 1 }),
	);
}

/** A small coloured dot. */
export function dot(color: string, size = 12): El {
	return h('div', { width: size, height: size, borderRadius: size / 2, backgroundColor: color, flexShrink: 0 });
}

/** A rounded label in a tone's colours; `width` is its maximum width. */
export function chip(fit: Fit, label: string, tone: Tone, width: number, size = 16): El {
	return h(
		'div',
		{ display: 'flex', padding: '3px 10px', borderRadius: 999, backgroundColor: TONES[tone].bg, flexShrink: 0 },
		text(fit, label, { size, weight: 600, color: TONES[tone].fg, width: Math.min(width - 20, fit.measurer.width(label, { size, weight: 600 }) + 2) }),
	);
}

/** A key figure tile: label, big value, detail and an optional progress bar. */
export function kpiTile(fit: Fit, kpi: Kpi, width: number, height: number): El {
	const inner = cardInner(width);
	return h(
		'div',
		{ display: 'flex', flexDirection: 'column', width, height, padding: `16px ${CARD_PAD}px`, backgroundColor: COLORS.card, borderRadius: 16, border: `1px solid ${COLORS.line}`, borderTop: `6px solid ${TONES[kpi.tone].fg}` },
		text(fit, kpi.label.toUpperCase(), { size: 16, weight: 700, color: COLORS.muted, width: inner, style: { letterSpacing: 1.2 } }),
		text(fit, kpi.value, { size: 40, weight: 700, color: kpi.tone === 'neutral' ? COLORS.fg : TONES[kpi.tone].fg, width: inner, style: { marginTop: 4 } }),
		text(fit, kpi.detail, { size: 17, color: COLORS.muted, width: inner }),
		kpi.progress === undefined ? null : h('div', { display: 'flex', marginTop: 'auto' }, bar(inner, kpi.progress, kpi.tone === 'neutral' ? 'accent' : kpi.tone, kpi.marker)),
	);
}

/** A sparkline of scores 0–10, with a dot on the latest. */
export function sparkline(series: readonly number[], width: number, height: number, color: string): El {
	const pad = 6;
	const x = (i: number) => (series.length <= 1 ? width / 2 : pad + (i * (width - 2 * pad)) / (series.length - 1));
	const y = (v: number) => pad + (1 - Math.max(0, Math.min(10, v)) / 10) * (height - 2 * pad);
	const points = series.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
	const last = series.length - 1;
	return el(
		'svg',
		{ width, height, viewBox: `0 0 ${width} ${height}`, style: { flexShrink: 0 } },
		el('line', { x1: pad, y1: y(5), x2: width - pad, y2: y(5), stroke: COLORS.line, strokeWidth: 2, strokeDasharray: '4 4' }),
		series.length > 1 ? el('polyline', { points, fill: 'none', stroke: color, strokeWidth: 3, strokeLinejoin: 'round', strokeLinecap: 'round' }) : null,
		last >= 0 ? el('circle', { cx: x(last), cy: y(series[last]), r: 5, fill: color }) : null,
	);
}

/** A flex row. */
export function row(style: Style, ...children: Child[]): El {
	return h('div', { display: 'flex', flexDirection: 'row', alignItems: 'center', ...style }, children);
}

/** A flex column. */
export function column(style: Style, ...children: Child[]): El {
	return h('div', { display: 'flex', flexDirection: 'column', ...style }, children);
}

/**
 * The slide: background to the edges, content in a fixed box inside the
 * margin. Nothing is clipped (Satori turns a clip into a mask on every
 * descendant, which makes rasterising many times slower): every box has a
 * planned size and every text is clamped, and the tests check the margin.
 */
export function slide(gap: number, ...children: Child[]): El {
	return h(
		'div',
		{ display: 'flex', width: CANVAS.width, height: CANVAS.height, padding: MARGIN, backgroundColor: COLORS.background, fontFamily: 'Inter', color: COLORS.fg },
		h('div', { display: 'flex', flexDirection: 'column', width: INNER.width, height: INNER.height, gap }, children),
	);
}
