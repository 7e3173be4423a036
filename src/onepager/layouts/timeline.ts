/**
 * The renewal timeline: an axis from shortly before the renewal window to the
 * contract's end, quarter ticks, today / notice / end markers with labels in
 * two rows, and numbered milestone dots stacked in lanes so none overlap.
 */
import { h, text, textHeight, type El, type Fit } from '../h.ts';
import type { RenewalSheet, TimelineMark } from '../renewal-sheet.ts';
import { COLORS, TONES } from '../../present/theme.ts';
import { assignLanes, labelSpan } from './lanes.ts';

const LABEL = { size: 18, weight: 600 as const };
const TICK = { size: 15, weight: 400 as const };
const LABEL_ROW = textHeight(LABEL.size, 1) + 4;
const AXIS_Y = 2 * LABEL_ROW + 34;
const DOT = 30;
const LANES = 2;

function positioned(left: number, top: number, child: El): El {
	return h('div', { display: 'flex', position: 'absolute', left, top }, child);
}

/** The timeline drawing, `width` × `height`. */
export function timeline(fit: Fit, t: RenewalSheet['timeline'], milestones: RenewalSheet['milestones'], width: number, height: number): El {
	const pad = DOT / 2 + 2;
	const span = width - 2 * pad;
	const x = (at: number) => pad + at * span;
	const parts: El[] = [h('div', { position: 'absolute', left: pad, top: AXIS_Y - 2, width: span, height: 4, borderRadius: 2, backgroundColor: COLORS.line })];

	let lastTick = -Infinity;
	for (const tick of t.ticks) {
		const tx = x(tick.at);
		parts.push(h('div', { position: 'absolute', left: tx - 1, top: AXIS_Y - 8, width: 2, height: 8, backgroundColor: COLORS.faint }));
		const w = fit.measurer.width(tick.label, TICK) + 2;
		if (tx - lastTick < w + 16 || tx + w / 2 > width || tx - w / 2 < 0) continue;
		lastTick = tx;
		parts.push(positioned(tx - w / 2, AXIS_Y - 12 - textHeight(TICK.size, 1), text(fit, tick.label, { ...TICK, width: w, color: COLORS.faint })));
	}

	const marks: TimelineMark[] = [t.today, ...(t.notice ? [t.notice] : []), t.end];
	const widths = marks.map((m) => Math.min(width / 2, fit.measurer.width(m.label, LABEL) + 4));
	const spans = marks.map((m, i) => labelSpan(x(m.at), widths[i], width));
	const order = marks.map((_, i) => i).sort((a, b) => spans[a].start - spans[b].start);
	const lanes = assignLanes(order.map((i) => spans[i]), 2, 12);
	order.forEach((i, k) => {
		const lane = lanes[k] ?? 1;
		const mx = x(marks[i].at);
		const color = TONES[marks[i].tone].fg;
		parts.push(h('div', { position: 'absolute', left: mx - 1.5, top: lane * LABEL_ROW + LABEL_ROW - 4, width: 3, height: AXIS_Y + DOT / 2 - lane * LABEL_ROW - LABEL_ROW + 4, backgroundColor: color }));
		parts.push(positioned(spans[i].start, lane * LABEL_ROW, text(fit, marks[i].label, { ...LABEL, width: widths[i], color, style: { textAlign: spans[i].start < mx ? 'right' : 'left' } })));
	});

	const dots = milestones.map((m) => ({ m, cx: x(m.at) })).sort((a, b) => a.cx - b.cx);
	const dotLanes = assignLanes(dots.map((d) => ({ start: d.cx - DOT / 2, end: d.cx + DOT / 2 })), LANES, 4);
	dots.forEach(({ m, cx }, i) => {
		const lane = dotLanes[i];
		if (lane === undefined) return;
		const cy = AXIS_Y + lane * (DOT + 4);
		if (lane > 0) parts.push(h('div', { position: 'absolute', left: cx - 1, top: AXIS_Y, width: 2, height: cy - AXIS_Y, backgroundColor: COLORS.line }));
		const fill = m.tone === 'neutral' ? COLORS.accent : TONES[m.tone].fg;
		parts.push(
			positioned(
				cx - DOT / 2,
				cy - DOT / 2,
				h('div', { display: 'flex', alignItems: 'center', justifyContent: 'center', width: DOT, height: DOT, borderRadius: DOT / 2, backgroundColor: fill, border: `2px solid ${COLORS.card}` }, text(fit, String(m.n), { size: 14, weight: 700, color: '#ffffff', width: DOT - 4, style: { textAlign: 'center' } })),
			),
		);
	});
	return h('div', { display: 'flex', position: 'relative', width, height }, parts);
}

/** Height the timeline needs. */
export const TIMELINE_HEIGHT = AXIS_Y + (LANES - 1) * (DOT + 4) + DOT / 2 + 2;
