/**
 * The renewal one-pager's data (internal): the contract timeline with today,
 * the notice date and the milestones, the renewal objective, decision makers,
 * value delivered, risks and competitive threats.
 */
import type { AccountAnalysis } from '../domain/analysis.ts';
import { addMonths, daysBetween } from '../domain/dates.ts';
import { levelBand } from '../domain/figures/risks.ts';
import { headline } from './findings-view.ts';
import { formatDate, formatDateRange, formatDays, formatMoney, formatMonth, formatShortDate } from '../domain/format.ts';
import { MAX_ROWS, personRow, type PersonRow, type RiskRow, type SheetContext } from './sheet.ts';
import type { Tone } from '../present/theme.ts';
import type { Level } from '../schema/primitives.ts';
import type { HealthBand } from '../domain/health.ts';

/** A point on the timeline, as a fraction (0..1) of its span. */
export interface TimelineMark { at: number; label: string; tone: Tone }

/** A renewal milestone, numbered as on the timeline. */
export interface MilestoneRow { n: number; at: number; title: string; date: string; owner: string; tone: Tone; done: boolean }

/** Everything a renewal one-pager shows. */
export interface RenewalSheet {
	variant: 'renewal';
	organisation: string;
	asOf: string;
	name: string;
	kicker: string;
	meta: { text: string; tone: Tone }[];
	health: { band: HealthBand; score: number; notes: string[] };
	timeline: { summary: string; today: TimelineMark; notice?: TimelineMark; end: TimelineMark; ticks: TimelineMark[] };
	objective: string;
	milestones: MilestoneRow[];
	decisionMakers: PersonRow[];
	valueDelivered: string[];
	risks: RiskRow[];
	/** Competitive threats; `tone` is bad for a high threat (the domain's `levelBand`). */
	threats: { competitor: string; threat: Level; response: string; tone: 'bad' | 'warn' }[];
	terms: string;
	footer: string;
}

/** The renewal one-pager of an analysed account, or undefined when it has no renewal plan or contract. */
export function renewalSheet(a: AccountAnalysis, ctx: SheetContext): RenewalSheet | undefined {
	const renewal = a.account.renewal;
	const plan = a.account.plan.data;
	const f = a.figures;
	if (!renewal || !plan.contract || !f.contractEnd) return undefined;
	const r = renewal.data;
	const dates = [ctx.today, f.renewalWindowStart ?? f.contractEnd, ...r.milestones.map((m) => m.date)].sort();
	const from = addMonths(dates[0], -1) < plan.contract.start ? plan.contract.start : addMonths(dates[0], -1);
	const to = f.contractEnd;
	const span = Math.max(1, daysBetween(from, to));
	const at = (d: string) => Math.min(1, Math.max(0, daysBetween(from, d) / span));
	const ticks: TimelineMark[] = [];
	for (let m = `${from.slice(0, 7)}-01`; m <= to; m = addMonths(m, 3)) if (m >= from) ticks.push({ at: at(m), label: formatMonth(m), tone: 'neutral' });
	const milestones = [...f.milestones]
		.sort((x, y) => x.milestone.date.localeCompare(y.milestone.date) || x.index - y.index)
		.map(({ milestone: m, status }, i) => ({
			n: i + 1,
			at: at(m.date),
			title: m.title,
			date: formatDate(m.date),
			owner: a.names.of(m.owner),
			done: m.done,
			tone: status === 'done' ? ('good' as const) : status === 'overdue' ? ('bad' as const) : ('neutral' as const),
		}));
	const noticeTone: Tone = f.noticeSoon ? 'bad' : 'warn';
	const terms = r.proposedTerms;
	return {
		variant: 'renewal',
		organisation: ctx.organisation,
		asOf: formatDate(ctx.today),
		name: plan.name,
		kicker: 'Contract renewal plan',
		meta: [
			{ text: plan.contract.reference ? `Contract ${plan.contract.reference}` : 'Contract', tone: 'neutral' as const },
			{ text: formatDateRange(plan.contract.start, plan.contract.end), tone: 'neutral' as const },
			{ text: `Owner ${a.names.of(plan.owner)}`, tone: 'neutral' as const },
			{ text: r.reviewed ? `Reviewed ${formatDate(r.reviewed)}` : '', tone: 'neutral' as const },
		].filter((m) => m.text),
		health: { band: a.health.band, score: a.health.score, notes: a.findings.slice(0, 3).map(headline) },
		timeline: {
			summary: [
				f.daysToContractEnd !== undefined && f.daysToContractEnd >= 0 ? `${formatDays(f.daysToContractEnd)} to contract end` : 'Contract ended',
				f.daysToNotice !== undefined && f.daysToNotice >= 0 ? `${formatDays(f.daysToNotice)} to notice date` : '',
			].filter(Boolean).join(' · '),
			today: { at: at(ctx.today), label: `Today ${formatShortDate(ctx.today)}`, tone: 'accent' },
			notice: f.noticeDate ? { at: at(f.noticeDate), label: `Notice ${formatDate(f.noticeDate)}`, tone: noticeTone } : undefined,
			end: { at: 1, label: `Contract end ${formatDate(to)}`, tone: 'bad' },
			ticks,
		},
		objective: r.objective,
		milestones,
		decisionMakers: r.decisionMakers
			.map((id) => a.names.contact(id))
			.filter((c) => c !== undefined)
			.slice(0, MAX_ROWS)
			.map((c) => personRow(c, c.stance)),
		valueDelivered: r.valueDelivered.slice(0, MAX_ROWS),
		risks: f.renewalRisks
			.map(({ risk, critical }) => ({ title: risk.title, likelihood: risk.likelihood, impact: risk.impact, tone: critical ? ('bad' as const) : ('warn' as const) }))
			.sort((x, y) => Number(y.tone === 'bad') - Number(x.tone === 'bad'))
			.slice(0, MAX_ROWS),
		threats: r.threats.slice(0, MAX_ROWS).map((t) => ({ competitor: t.competitor, threat: t.threat, response: t.response ?? '', tone: levelBand(t.threat) === 'high' ? ('bad' as const) : ('warn' as const) })),
		terms: terms ? [terms.durationMonths && `${terms.durationMonths} months`, terms.value !== undefined && formatMoney(terms.value, f.currency), terms.summary].filter(Boolean).join(' · ') : '',
		footer: `${ctx.organisation} · Internal — do not share with the customer`,
	};
}
