/**
 * Building blocks shared by the one-pager layouts: cards with a title, key
 * figure tiles, progress bars, chips, dots, sparklines and the "+N more"
 * line. Every text goes through `text()`, so it is measured and clamped.
 */
import { h, el, text, textHeight, type Child, type El, type Fit, type Style } from '../h.ts';
import { CANVAS, COLORS, INNER, MARGIN, TONES, type Tone } from '../../present/theme.ts';
import type { Kpi } from '../sheet.ts';

/** Radius of a card's outer corners. */
const RADIUS = 16;

/** Padding inside a card. */
export const CARD_PAD = 20;
/** Height taken by a card's title row (text and the gap under it). */
export const CARD_TITLE = textHeight(17, 1) + 14;

/**
 * A white panel with a 1px line around it, drawn as two filled rounded
 * boxes (the line colour, and the card 1px inside it) rather than a CSS
 * border: Satori draws a rounded border through clip paths, and each clip
 * path costs the rasteriser a full-canvas mask. Same look, about a third
 * less rasterising time per sheet.
 */
function framed(width: number, height: number, inner: Style, ...children: Child[]): El {
	return h(
		'div',
		{ display: 'flex', width, height, padding: 1, backgroundColor: COLORS.line, borderRadius: RADIUS, flexShrink: 0 },
		h('div', { display: 'flex', flexDirection: 'column', flexGrow: 1, backgroundColor: COLORS.card, borderRadius: RADIUS - 1, ...inner }, ...children),
	);
}

/** A white card with an uppercase title; `width` and `height` are its outer size. */
export function card(fit: Fit, title: string, width: number, height: number, body: Child[], aside?: string, asideTone: Tone = 'accent'): El {
	return framed(
		width,
		height,
		{ padding: CARD_PAD },
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

/** Width of a key figure tile's coloured top edge. */
const KPI_TOP = 6;

/**
 * A key figure tile's frame as one small SVG: the rounded tile in its tone,
 * the line colour below the top edge, and the white inside with the inner
 * corners CSS would give a 6px top and 1px side border. Drawn as filled
 * shapes because Satori draws a border of two colours through four clip
 * paths, which the rasteriser pays for as full-canvas masks.
 */
function kpiFrame(width: number, height: number, tone: string): El {
	const r = RADIUS;
	const w = width;
	const hgt = height;
	// Where the outer corner's arc crosses the bottom of the top edge.
	const dx = +(r - Math.sqrt(r * r - (r - KPI_TOP) ** 2)).toFixed(2);
	const outer = `M0,${r} A${r},${r} 0 0 1 ${r},0 H${w - r} A${r},${r} 0 0 1 ${w},${r} V${hgt - r} A${r},${r} 0 0 1 ${w - r},${hgt} H${r} A${r},${r} 0 0 1 0,${hgt - r} Z`;
	const below = `M${dx},${KPI_TOP} H${w - dx} A${r},${r} 0 0 1 ${w},${r} V${hgt - r} A${r},${r} 0 0 1 ${w - r},${hgt} H${r} A${r},${r} 0 0 1 0,${hgt - r} V${r} A${r},${r} 0 0 1 ${dx},${KPI_TOP} Z`;
	const [ix, iy, iw, ih] = [1, KPI_TOP, w - 2, hgt - KPI_TOP - 1];
	const [tx, ty, b] = [r - 1, r - KPI_TOP, r - 1];
	const inner = `M${ix},${iy + ty} A${tx},${ty} 0 0 1 ${ix + tx},${iy} H${ix + iw - tx} A${tx},${ty} 0 0 1 ${ix + iw},${iy + ty} V${iy + ih - b} A${b},${b} 0 0 1 ${ix + iw - b},${iy + ih} H${ix + b} A${b},${b} 0 0 1 ${ix},${iy + ih - b} Z`;
	return el(
		'svg',
		{ width, height, viewBox: `0 0 ${width} ${height}`, style: { position: 'absolute', left: 0, top: 0 } },
		el('path', { d: outer, fill: tone }),
		el('path', { d: below, fill: COLORS.line }),
		el('path', { d: inner, fill: COLORS.card }),
	);
}

/** A key figure tile: label, big value, detail and an optional progress bar. */
export function kpiTile(fit: Fit, kpi: Kpi, width: number, height: number): El {
	const inner = cardInner(width);
	return h(
		'div',
		{ display: 'flex', position: 'relative', width, height },
		kpiFrame(width, height, TONES[kpi.tone].fg),
		h(
			'div',
			{ display: 'flex', flexDirection: 'column', position: 'relative', width, height, padding: `${KPI_TOP + 16}px ${CARD_PAD + 1}px 17px` },
			text(fit, kpi.label.toUpperCase(), { size: 16, weight: 700, color: COLORS.muted, width: inner, style: { letterSpacing: 1.2 } }),
			text(fit, kpi.value, { size: 40, weight: 700, color: kpi.tone === 'neutral' ? COLORS.fg : TONES[kpi.tone].fg, width: inner, style: { marginTop: 4 } }),
			text(fit, kpi.detail, { size: 17, color: COLORS.muted, width: inner }),
			kpi.progress === undefined ? null : h('div', { display: 'flex', marginTop: 'auto' }, bar(inner, kpi.progress, kpi.tone === 'neutral' ? 'accent' : kpi.tone, kpi.marker)),
		),
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
