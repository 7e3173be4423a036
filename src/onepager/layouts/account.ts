/**
 * The account one-pager (internal and customer variants), 1920×1080: header;
 * five key figures; objectives and next actions; who's who and the next
 * meetings; risks with opportunities, and the scorecard trend. The customer
 * variant shows shared objectives, the mutual action plan, the customer's
 * initiatives and priorities instead. The internal variant adds the
 * whitespace matrix in the column that has room for it, if any. Every panel shows the rows that fit and counts the rest.
 */
import { text, textHeight, type El, type Fit } from '../h.ts';
import type { AccountSheet, MeasureRow } from '../sheet.ts';
import { COLORS, INNER, TONES, type Tone } from '../../present/theme.ts';
import { footer, header } from './header.ts';
import { bar, card, CARD_CHROME, cardBody, cardInner, column, fitRows, kpiTile, row, slide, sparkline } from './parts.ts';
import { empty, lineRow, listRow, noteWidthFor, personItem, ROW, ROW_GAP, ROW_HEIGHT, rowsThatFit, LINE_HEIGHT, type ListItem } from './rows.ts';
import { matrixHeight, whitespaceCard } from './whitespace.ts';

const GAP = 22;
const HEADER = 122;
const KPI = 146;
const FOOTER = 24;
const GRID = INNER.height - HEADER - KPI - FOOTER - 3 * GAP;
const COLUMNS = [700, 540, INNER.width - 700 - 540 - 2 * GAP];
const TOP = 342;
const BOTTOM = GRID - TOP - GAP;
const objectiveRow = (lines: number) => textHeight(ROW.title, lines) + 8 + textHeight(ROW.detail, 1);
const SCORE_ROW = 38;

function objectives(fit: Fit, s: AccountSheet, width: number, height: number): El {
	const inner = cardInner(width);
	// Few objectives get two lines each for their titles; many get one.
	const lines = fitRows(s.objectives.length, cardBody(height), objectiveRow(2), ROW_GAP, 0).more === 0 ? 2 : 1;
	const render = (o: AccountSheet['objectives'][number]) =>
		column(
			{ width: inner, height: objectiveRow(lines) },
			text(fit, o.title, { size: ROW.title, weight: 600, color: COLORS.fg, width: inner, lines }),
			row(
				{ gap: 14, marginTop: 8 },
				bar(200, o.progress ?? 0, 'accent', undefined, 10),
				text(fit, [o.progress === undefined ? 'No progress estimate' : `${Math.round(o.progress * 100)}%`, o.detail].filter(Boolean).join(' · '), { size: ROW.detail, color: COLORS.muted, width: inner - 214 }),
			),
		);
	const customer = s.variant === 'customer';
	const none = customer ? 'No objectives agreed together yet' : 'No objectives in the plan yet';
	const body = s.objectives.length === 0 ? empty(fit, none, inner) : rowsThatFit(fit, s.objectives, inner, cardBody(height), render, objectiveRow(lines));
	return card(fit, customer ? 'Shared objectives' : 'Key objectives', width, height, [body]);
}

function actions(fit: Fit, s: AccountSheet, width: number, height: number): El {
	const inner = cardInner(width);
	const noteWidth = noteWidthFor(fit, s.actions.map((a) => `${a.owner} · ${a.due}`), 260);
	const items = s.actions.map((a) => ({ title: a.title, note: `${a.owner} · ${a.due}`, noteWidth, marker: TONES[a.tone === 'neutral' ? 'accent' : a.tone].fg, detailTone: a.tone === 'bad' ? ('bad' as const) : undefined }));
	const customer = s.variant === 'customer';
	const none = customer ? 'No mutual actions agreed yet' : 'No open actions';
	const body = items.length === 0 ? empty(fit, none, inner) : rowsThatFit(fit, items, inner, cardBody(height), (i) => lineRow(fit, i, inner), LINE_HEIGHT);
	const overdue = s.actions.filter((a) => a.tone === 'bad').length;
	return card(fit, customer ? 'Mutual action plan' : 'Next actions', width, height, [body], overdue ? `${overdue} overdue` : undefined, overdue ? 'bad' : undefined);
}

function people(fit: Fit, s: AccountSheet, width: number, height: number): El {
	const inner = cardInner(width);
	const items = s.people.map(personItem);
	const body = items.length === 0 ? empty(fit, 'No contacts in the plan yet', inner) : rowsThatFit(fit, items, inner, cardBody(height), (i) => listRow(fit, i, inner));
	return card(fit, "Who's who", width, height, [body]);
}

/** The customer variant's panel in place of who's who: the customer's own initiatives. */
function initiatives(fit: Fit, s: AccountSheet, width: number, height: number): El {
	const inner = cardInner(width);
	const items: ListItem[] = (s.initiatives ?? []).map((i) => ({ title: i.title, detail: i.detail, marker: COLORS.accent }));
	const body = items.length === 0 ? empty(fit, 'No initiatives recorded yet', inner) : rowsThatFit(fit, items, inner, cardBody(height), (i) => listRow(fit, i, inner));
	return card(fit, 'Your initiatives', width, height, [body]);
}

function meetings(fit: Fit, s: AccountSheet, width: number, height: number): El {
	const inner = cardInner(width);
	const noteWidth = noteWidthFor(fit, s.meetings.map((m) => m.when), 200);
	const items = s.meetings.map((m) => ({ title: m.name, note: m.when, noteWidth, marker: TONES[m.accepted ? 'good' : 'warn'].fg }));
	const body = items.length === 0 ? empty(fit, 'No meetings scheduled', inner) : rowsThatFit(fit, items, inner, cardBody(height), (i) => lineRow(fit, i, inner), LINE_HEIGHT);
	const unconfirmed = s.meetings.filter((m) => !m.accepted).length;
	return card(fit, 'Next meetings', width, height, [body], s.meetings.length === 0 ? undefined : unconfirmed ? `${unconfirmed} not accepted yet` : 'All accepted', unconfirmed ? 'warn' : 'good');
}

function outlook(fit: Fit, s: AccountSheet, width: number, height: number): El {
	const inner = cardInner(width);
	const level = (l: string) => l.replace('-', ' ');
	const opportunities: ListItem[] = s.opportunities.map((o) => ({ title: o.title, detail: [o.value, o.stage].filter(Boolean).join(' · '), marker: TONES.good.fg, chip: { label: 'Opportunity', tone: 'good' } }));
	const first: ListItem[] = s.risks
		? s.risks.map((r) => ({ title: r.title, detail: `${level(r.likelihood)} likelihood · ${level(r.impact)} impact`, marker: TONES[r.tone].fg, chip: { label: 'Risk', tone: r.tone } }))
		: (s.priorities ?? []).map((p) => ({ title: p, detail: 'Your priority this year', marker: COLORS.accent, chip: { label: 'Priority', tone: 'accent' } }));
	const items = [...first.slice(0, 2), ...opportunities.slice(0, 2), ...first.slice(2), ...opportunities.slice(2)];
	const title = s.risks ? 'Top risks & opportunities' : opportunities.length ? 'Your priorities & opportunities' : 'Your priorities';
	const body = items.length === 0 ? empty(fit, 'Nothing recorded yet', inner) : rowsThatFit(fit, items, inner, cardBody(height), (i) => listRow(fit, i, inner));
	return card(fit, title, width, height, [body]);
}

function measure(fit: Fit, m: MeasureRow, width: number): El {
	const tone: Tone = m.change === undefined || m.change === 0 ? 'accent' : m.change > 0 ? 'good' : 'bad';
	const change = m.change ? `${m.change > 0 ? '↑' : '↓'}${Math.abs(m.change)}` : '';
	const figure = m.latest === undefined ? '—' : `${m.latest}${change ? ` ${change}` : ''}`;
	const textWidth = width - 120 - 72 - 24;
	return row(
		{ width, height: SCORE_ROW, gap: 12 },
		column(
			{ width: textWidth },
			text(fit, m.name, { size: 18, weight: 600, color: COLORS.fg, width: textWidth }),
			text(fit, m.target ? `Target ${m.target}` : 'No target', { size: 14, color: COLORS.muted, width: textWidth }),
		),
		sparkline(m.series, 120, SCORE_ROW, TONES[tone].fg),
		text(fit, figure, { size: 22, weight: 700, color: TONES[tone].fg, width: 72, style: { textAlign: 'right' } }),
	);
}

function scorecard(fit: Fit, s: AccountSheet, width: number, height: number): El {
	const inner = cardInner(width);
	const body = s.scorecard.rows.length === 0 ? empty(fit, 'No scorecard measures yet', inner) : rowsThatFit(fit, s.scorecard.rows, inner, cardBody(height), (m) => measure(fit, m, inner), SCORE_ROW);
	return card(fit, 'Customer scorecard', width, height, [body], s.scorecard.latest ? `${s.scorecard.latest} · ${s.scorecard.period}` : undefined);
}

/** Height a list card needs for `count` rows of `rowHeight`; an empty card holds one quiet line. */
const natural = (count: number, rowHeight: number) => CARD_CHROME + (count === 0 ? textHeight(ROW.detail, 1) : count * rowHeight + (count - 1) * ROW_GAP);

/** More offerings than this make the matrix's cells too narrow to read. */
const MATRIX_MAX_OFFERINGS = 6;

/**
 * Where the whitespace matrix fits, if anywhere: the column whose top and
 * bottom cards leave the most room once each takes only the height its rows
 * need. The top card then takes its natural height, the matrix follows, and
 * the bottom card takes the rest. Undefined when no column has room.
 */
export function matrixPlace(s: AccountSheet): { column: number; top: number; matrix: number; bottom: number } | undefined {
	if (!s.whitespace || s.whitespace.offerings.length > MATRIX_MAX_OFFERINGS) return undefined;
	const matrix = matrixHeight(s.whitespace.rows.length);
	const outlook = (s.risks?.length ?? s.priorities?.length ?? 0) + s.opportunities.length;
	const needs = [
		[natural(s.objectives.length, objectiveRow(2)), natural(s.actions.length, LINE_HEIGHT)],
		[natural(s.people.length, ROW_HEIGHT), natural(s.meetings.length, LINE_HEIGHT)],
		[natural(outlook, ROW_HEIGHT), natural(s.scorecard.rows.length, SCORE_ROW)],
	].map(([top, bottom]) => [Math.min(TOP, top), Math.min(BOTTOM, bottom)]);
	const slack = needs.map(([top, bottom]) => GRID - 2 * GAP - top - matrix - bottom);
	const best = slack.indexOf(Math.max(...slack));
	if (slack[best] < 0) return undefined;
	const top = needs[best][0];
	return { column: best, top, matrix, bottom: GRID - 2 * GAP - top - matrix };
}

/** The account one-pager's element tree for a sheet. */
export function accountLayout(s: AccountSheet, fit: Fit): El {
	const kpiWidth = Math.floor((INNER.width - (s.kpis.length - 1) * GAP) / Math.max(1, s.kpis.length));
	const place = matrixPlace(s);
	const stack = (index: number, width: number, top: typeof objectives, bottom: typeof objectives) =>
		place?.column === index && s.whitespace
			? column({ gap: GAP }, top(fit, s, width, place.top), whitespaceCard(fit, s.whitespace, width, place.matrix), bottom(fit, s, width, place.bottom))
			: column({ gap: GAP }, top(fit, s, width, TOP), bottom(fit, s, width, BOTTOM));
	const [a, b, c] = COLUMNS;
	return slide(
		GAP,
		header(fit, s, INNER.width, HEADER),
		row({ width: INNER.width, height: KPI, gap: GAP, alignItems: 'stretch' }, ...s.kpis.map((k) => kpiTile(fit, k, kpiWidth, KPI))),
		row(
			{ width: INNER.width, height: GRID, gap: GAP, alignItems: 'flex-start' },
			stack(0, a, objectives, actions),
			stack(1, b, s.variant === 'customer' ? initiatives : people, meetings),
			stack(2, c, outlook, scorecard),
		),
		footer(fit, s.footer, `${s.organisation} · ${s.asOf}`, INNER.width),
	);
}
