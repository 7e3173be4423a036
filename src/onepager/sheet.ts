/**
 * The data of one account one-pager — display strings and numbers, nothing
 * else — and the section builders shared by the internal and the customer
 * variant. A sheet is what a worker renders and what the cache key hashes.
 * Section builders read only fields that are not internal-only.
 */
import type { IndexedAction, ScheduledMeeting, ScorecardFigures } from '../domain/figures/index.ts';
import type { HealthBand } from '../domain/health.ts';
import type { Contact, Stance } from '../schema/contacts.ts';
import type { Objective } from '../schema/objectives.ts';
import type { Opportunity } from '../schema/opportunities.ts';
import type { Person } from '../schema/person.ts';
import type { Level } from '../schema/primitives.ts';
import { assessedLabel, formatDate, formatMoney, formatMonth, formatScore, label } from '../domain/format.ts';
import type { Tone } from '../present/theme.ts';

/** What every sheet builder reads besides the account. */
export interface SheetContext {
	organisation: string;
	/** YYYY-MM-DD. */
	today: string;
	people: ReadonlyMap<string, Person>;
}

/** One key figure tile. */
export interface Kpi {
	label: string;
	value: string;
	detail: string;
	tone: Tone;
	/** Fill of the bar under the figure, 0..1. */
	progress?: number;
	/** Where the bar should be by now (e.g. pro rata of the year), 0..1. */
	marker?: number;
}

/** A row of the objectives panel. */
export interface ObjectiveRow { title: string; progress?: number; detail: string }
/** A row of the actions panel. */
export interface ActionRow { title: string; owner: string; due: string; tone: Tone }
/** A row of the who's-who panel; `stance` (with its label, "Not assessed" for unknown) only on internal sheets. */
export interface PersonRow { name: string; title: string; role: string; stance?: Stance; stanceLabel?: string }
/** A row of the risks panel (internal only). */
export interface RiskRow { title: string; likelihood: Level; impact: Level; tone: Tone }
/** A row of the opportunities panel. */
export interface OpportunityRow { title: string; value: string; stage: string }
/** A row of the customer's initiatives panel. */
export interface InitiativeRow { title: string; detail: string }
/** A row of the meetings panel. */
export interface MeetingRow { name: string; when: string; accepted: boolean }
/** A scorecard measure with its scores (0–10) in period order. */
export interface MeasureRow { name: string; target: string; series: number[]; latest?: number; change?: number }

/** One cell of the compact whitespace matrix: its status and a short text ("Ours", "€850K", "Rheinwerk"…). */
export interface MatrixCell { status: 'ours' | 'potential' | 'competitor' | 'none' | 'unknown'; text: string }
/** The compact whitespace matrix (internal sheets): offering labels, and a row of cells per customer unit. */
export interface WhitespaceMatrix { offerings: string[]; rows: { unit: string; cells: MatrixCell[] }[] }

/** The scorecard panel: latest weighted score ("7.9 / 10"), its period, and the measures. */
export interface ScorecardView { latest: string; period: string; rows: MeasureRow[] }

/** Everything an account one-pager shows. */
export interface AccountSheet {
	variant: 'account' | 'customer';
	organisation: string;
	asOf: string;
	name: string;
	/** Small line above the name, e.g. "Account plan · Strategic". */
	kicker: string;
	/** Facts under the name: industry, owner, period, review date. */
	meta: { text: string; tone: Tone }[];
	/** Health band, score and the top findings' headlines; internal only. */
	health?: { band: HealthBand; score: number; notes: string[] };
	kpis: Kpi[];
	objectives: ObjectiveRow[];
	actions: ActionRow[];
	people: PersonRow[];
	/** Internal only. */
	risks?: RiskRow[];
	/** The whitespace map as a compact matrix, shown where space allows; internal only. */
	whitespace?: WhitespaceMatrix;
	opportunities: OpportunityRow[];
	/** The customer's own priorities (customer variant). */
	priorities?: string[];
	/** The customer's own initiatives, with when they expect them done (customer variant). */
	initiatives?: InitiativeRow[];
	meetings: MeetingRow[];
	scorecard: ScorecardView;
	footer: string;
}

/** At most this many rows per list reach a sheet; layouts show what fits and count the rest. */
export const MAX_ROWS = 12;

/** Objective rows: title, progress and "target · due". */
export function objectiveRows(objectives: readonly Objective[]): ObjectiveRow[] {
	return objectives.slice(0, MAX_ROWS).map((o) => ({
		title: o.title,
		progress: o.progress === undefined ? undefined : o.progress / 100,
		detail: [o.target && `Target ${o.target}`, o.due && `due ${formatMonth(o.due)}`].filter(Boolean).join(' · '),
	}));
}

/** The customer's initiatives: title, and "due 2027-H1" in their words. */
export function initiativeRows(initiatives: readonly { title: string; due?: string; description?: string }[]): InitiativeRow[] {
	return initiatives.slice(0, MAX_ROWS).map((i) => ({ title: i.title, detail: i.due ? `Expected ${i.due}` : (i.description ?? '') }));
}

/** Open actions, soonest first (the domain's order), overdue ones in red. */
export function actionRows(open: readonly IndexedAction[], overdue: readonly IndexedAction[], owner: (id?: string) => string): ActionRow[] {
	const late = new Set(overdue.map((a) => a.index));
	return open.slice(0, MAX_ROWS).map(({ index, action }) => ({
		title: action.title,
		owner: owner(action.owner),
		due: action.due ? formatDate(action.due) : 'no date',
		tone: late.has(index) ? 'bad' : action.status === 'blocked' ? 'warn' : 'neutral',
	}));
}

/** Upcoming meetings with date, time and whether the customer accepted them. */
export function meetingRows(upcoming: readonly ScheduledMeeting[]): MeetingRow[] {
	return upcoming.slice(0, MAX_ROWS).map(({ meeting, date }) => ({
		name: meeting.name,
		when: `${formatDate(date)}${meeting.time ? ` · ${meeting.time}` : ''}`,
		accepted: meeting.accepted,
	}));
}

/** Scorecard measures with their score series and the latest weighted score. */
export function scorecardRows(scorecard: ScorecardFigures): ScorecardView {
	return {
		latest: scorecard.latestScore === undefined ? '' : `${formatScore(scorecard.latestScore)} / 10`,
		period: scorecard.latestPeriod ?? '',
		rows: scorecard.trends.slice(0, MAX_ROWS).map((t) => ({
			name: t.measure.name,
			target: t.measure.target ?? '',
			series: t.series.slice(-8).map((p) => p.score),
			latest: t.series.at(-1)?.score,
			change: t.change,
		})),
	};
}

/** Opportunities still in play (not won or lost), in the plan's order. */
export function opportunityRows(open: readonly { opportunity: Omit<Opportunity, 'probability'> }[], currency: string): OpportunityRow[] {
	return open
		.map(({ opportunity }) => opportunity)
		.slice(0, MAX_ROWS)
		.map((o) => ({ title: o.title, value: o.value === undefined ? '' : formatMoney(o.value, currency), stage: label(o.stage) }));
}

/** A who's-who row; pass `stance` only for internal sheets. */
export function personRow(contact: Pick<Contact, 'name' | 'title' | 'role' | 'department'>, stance?: Stance): PersonRow {
	const title = [contact.title, contact.department].filter(Boolean).join(', ');
	return { name: contact.name, title, role: assessedLabel(contact.role), ...(stance && { stance, stanceLabel: assessedLabel(stance) }) };
}
