/**
 * The renewal one-pager, 1920×1080: header with health; the contract
 * timeline with today, the notice date and numbered milestones; then the
 * renewal objective and value delivered, the milestone list, and the
 * decision makers with risks and competitive threats.
 */
import { h, text, textHeight, type El, type Fit } from '../h.ts';
import type { RenewalSheet } from '../renewal-sheet.ts';
import { COLORS, INNER, TONES } from '../../present/theme.ts';
import { footer, header } from './header.ts';
import { card, CARD_CHROME, cardBody, cardInner, column, row, slide } from './parts.ts';
import { empty, listRow, personItem, rowsThatFit, type ListItem } from './rows.ts';
import { timeline, TIMELINE_HEIGHT } from './timeline.ts';

const GAP = 22;
const HEADER = 124;
const FOOTER = 24;
const TIMELINE = TIMELINE_HEIGHT + CARD_CHROME;
const LOWER = INNER.height - HEADER - TIMELINE - FOOTER - 3 * GAP;
const COLUMNS = [560, 640, INNER.width - 560 - 640 - 2 * GAP];
const OBJECTIVE = 230;
const PEOPLE = 250;
const MILESTONE_ROW = textHeight(19, 1) + 6;

function objective(fit: Fit, s: RenewalSheet, width: number): El {
	const inner = cardInner(width);
	const terms = s.terms ? textHeight(17, 2) + 10 : 0;
	const lines = Math.floor((cardBody(OBJECTIVE) - terms) / textHeight(22, 1));
	return card(fit, 'Renewal objective', width, OBJECTIVE, [
		text(fit, s.objective, { size: 22, weight: 600, color: COLORS.fg, width: inner, lines }),
		s.terms ? text(fit, `We propose: ${s.terms}`, { size: 17, color: COLORS.muted, width: inner, lines: 2, style: { marginTop: 10 } }) : null,
	]);
}

function value(fit: Fit, s: RenewalSheet, width: number, height: number): El {
	const inner = cardInner(width);
	const items: ListItem[] = s.valueDelivered.map((v) => ({ title: v, marker: TONES.good.fg }));
	const twoLines = textHeight(19, 2);
	const body = items.length === 0
		? empty(fit, 'No value delivered recorded yet', inner)
		: rowsThatFit(fit, items, inner, cardBody(height), (i) => row({ width: inner, height: twoLines, gap: 12, alignItems: 'stretch', flexShrink: 0 }, h('div', { width: 4, borderRadius: 2, backgroundColor: i.marker }), text(fit, i.title, { size: 19, color: COLORS.fg, width: inner - 16, lines: 2 })), twoLines);
	return card(fit, 'Value delivered', width, height, [body]);
}

function milestones(fit: Fit, s: RenewalSheet, width: number, height: number): El {
	const inner = cardInner(width);
	const done = s.milestones.filter((m) => m.done).length;
	const dateWidth = 120;
	const body = s.milestones.length === 0 ? empty(fit, 'No milestones: back-plan them from the notice date', inner) : rowsThatFit(fit, s.milestones, inner, cardBody(height), (m) => {
		const fill = m.tone === 'neutral' ? COLORS.accent : TONES[m.tone].fg;
		return row(
			{ width: inner, height: MILESTONE_ROW, gap: 10, flexShrink: 0 },
			h('div', { display: 'flex', alignItems: 'center', justifyContent: 'center', width: 26, height: 26, borderRadius: 13, backgroundColor: fill, flexShrink: 0 }, text(fit, String(m.n), { size: 13, weight: 700, color: '#ffffff', width: 24, style: { textAlign: 'center' } })),
			text(fit, m.title, { size: 19, weight: 600, color: m.done ? COLORS.muted : COLORS.fg, width: inner - 36 - dateWidth - 10 }),
			text(fit, m.date, { size: 17, weight: m.tone === 'bad' ? 700 : 400, color: m.tone === 'bad' ? TONES.bad.fg : COLORS.muted, width: dateWidth, style: { textAlign: 'right' } }),
		);
	}, MILESTONE_ROW);
	return card(fit, 'Milestones', width, height, [body], `${done} of ${s.milestones.length} done`);
}

function deciders(fit: Fit, s: RenewalSheet, width: number): El {
	const inner = cardInner(width);
	const items = s.decisionMakers.map(personItem);
	return card(fit, 'Renewal decision makers', width, PEOPLE, [rowsThatFit(fit, items, inner, cardBody(PEOPLE), (i) => listRow(fit, i, inner))]);
}

function threats(fit: Fit, s: RenewalSheet, width: number, height: number): El {
	const inner = cardInner(width);
	const level = (l: string) => l.replace('-', ' ');
	const risks: ListItem[] = s.risks.map((r) => ({ title: r.title, detail: `${level(r.likelihood)} likelihood · ${level(r.impact)} impact`, marker: TONES[r.tone].fg, chip: { label: 'Risk', tone: r.tone } }));
	const rivals: ListItem[] = s.threats.map((t) => ({
		title: t.competitor,
		detail: t.response || `${level(t.threat)} threat`,
		marker: TONES[t.tone].fg,
		chip: { label: `${level(t.threat)} threat`, tone: t.tone },
	}));
	// Alternate risks and threats, so both show when only a few rows fit.
	const items = Array.from({ length: Math.max(risks.length, rivals.length) }, (_, i) => [risks[i], rivals[i]]).flat().filter((i): i is ListItem => i !== undefined);
	const body = items.length === 0 ? empty(fit, 'No risks or threats recorded', inner) : rowsThatFit(fit, items, inner, cardBody(height), (i) => listRow(fit, i, inner));
	return card(fit, 'Risks & competitive threats', width, height, [body]);
}

/** The renewal one-pager's element tree. */
export function renewalLayout(s: RenewalSheet, fit: Fit): El {
	const [a, b, c] = COLUMNS;
	return slide(
		GAP,
		header(fit, s, INNER.width, HEADER),
		card(fit, 'Contract timeline', INNER.width, TIMELINE, [timeline(fit, s.timeline, s.milestones, cardInner(INNER.width), TIMELINE_HEIGHT)], s.timeline.summary),
		row(
			{ width: INNER.width, height: LOWER, gap: GAP, alignItems: 'flex-start' },
			column({ gap: GAP }, objective(fit, s, a), value(fit, s, a, LOWER - OBJECTIVE - GAP)),
			milestones(fit, s, b, LOWER),
			column({ gap: GAP }, deciders(fit, s, c), threats(fit, s, c, LOWER - PEOPLE - GAP)),
		),
		footer(fit, s.footer, `${s.organisation} · ${s.asOf}`, INNER.width),
	);
}
