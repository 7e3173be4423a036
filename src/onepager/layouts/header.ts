/**
 * The header of every one-pager: kicker, account name and facts on the left;
 * on the right the health badge with the top findings (internal variants) or
 * the organisation and date (customer variant); and the footer line.
 */
import type { HealthBand } from '../../domain/health.ts';
import { h, text, type El, type Fit } from '../h.ts';
import { COLORS, HEALTH, TONES, type Tone } from '../../present/theme.ts';
import { column, dot, row } from './parts.ts';

/** What the header shows. */
export interface HeaderData {
	kicker: string;
	name: string;
	meta: { text: string; tone: Tone }[];
	health?: { band: HealthBand; score: number; notes: string[] };
	organisation: string;
	asOf: string;
}

const META = { size: 22, weight: 400 as const };
const META_GAP = 34;

/** Lays facts out on one line: each at its natural width, the last that fits clamped, the rest dropped. */
export function metaWidths(widths: readonly number[], available: number, gap: number, minimum = 90): number[] {
	const out: number[] = [];
	let used = 0;
	for (const w of widths) {
		const room = available - used - (out.length ? gap : 0);
		if (room < Math.min(w, minimum)) break;
		out.push(Math.min(w, room));
		used += (out.length > 1 ? gap : 0) + Math.min(w, room);
	}
	return out;
}

function healthBlock(fit: Fit, health: NonNullable<HeaderData['health']>, width: number): El {
	const { tone, label } = HEALTH[health.band];
	return column(
		{ width, alignItems: 'flex-end', gap: 8 },
		row(
			{ gap: 14, padding: '8px 20px', borderRadius: 14, backgroundColor: TONES[tone].bg },
			dot(TONES[tone].fg, 18),
			text(fit, label.toUpperCase(), { size: 26, weight: 700, color: TONES[tone].fg, width: fit.measurer.width(label.toUpperCase(), { size: 26, weight: 700, letterSpacing: 1 }) + 4, style: { letterSpacing: 1 } }),
			text(fit, `${health.score}/100`, { size: 26, weight: 600, color: TONES[tone].fg, width: fit.measurer.width(`${health.score}/100`, { size: 26, weight: 600 }) + 4 }),
		),
		...health.notes.slice(0, 2).map((note) => text(fit, note, { size: 17, color: COLORS.muted, width, style: { textAlign: 'right' } })),
	);
}

function organisationBlock(fit: Fit, data: HeaderData, width: number): El {
	return column(
		{ width, alignItems: 'flex-end', gap: 6 },
		text(fit, data.organisation, { size: 24, weight: 700, color: COLORS.accent, width, style: { textAlign: 'right' } }),
		text(fit, data.asOf, { size: 20, color: COLORS.muted, width, style: { textAlign: 'right' } }),
	);
}

/** The header band, `width` × `height`. */
export function header(fit: Fit, data: HeaderData, width: number, height: number): El {
	const right = 560;
	const left = width - right - 32;
	const natural = data.meta.map((m) => fit.measurer.width(m.text, META) + 4);
	const widths = metaWidths(natural, left, META_GAP);
	return row(
		{ width, height, alignItems: 'flex-start', justifyContent: 'space-between' },
		column(
			{ width: left },
			row(
				{ gap: 12 },
				h('div', { width: 28, height: 6, borderRadius: 3, backgroundColor: COLORS.accent }),
				text(fit, data.kicker.toUpperCase(), { size: 20, weight: 700, color: COLORS.accent, width: left - 40, style: { letterSpacing: 2 } }),
			),
			text(fit, data.name, { size: 58, weight: 700, color: COLORS.fg, width: left, style: { marginTop: 2 } }),
			row(
				{ gap: META_GAP, marginTop: 2 },
				...widths.map((w, i) => text(fit, data.meta[i].text, { ...META, width: w, color: data.meta[i].tone === 'neutral' ? COLORS.muted : TONES[data.meta[i].tone].fg })),
			),
		),
		data.health ? healthBlock(fit, data.health, right) : organisationBlock(fit, data, right),
	);
}

/** The footer line: who prepared it, for whom, and when. */
export function footer(fit: Fit, left: string, right: string, width: number): El {
	const half = width / 2 - 10;
	return row(
		{ width, justifyContent: 'space-between' },
		text(fit, left, { size: 17, color: COLORS.faint, width: half }),
		text(fit, right, { size: 17, color: COLORS.faint, width: half, style: { textAlign: 'right' } }),
	);
}
