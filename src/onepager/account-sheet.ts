/**
 * The internal account one-pager's data, read from the domain's analysis of
 * one account: its figures, findings and health. Selection and wording only;
 * every figure and judgement comes from `src/domain`.
 */
import type { AccountAnalysis } from '../domain/analysis.ts';
import { isKeyContact } from '../domain/figures/people.ts';
import type { Contact } from '../schema/contacts.ts';
import { needsAttention } from '../domain/account-view.ts';
import { headline } from './findings-view.ts';
import { formatDate, formatDateRange, formatDays, formatMoney, formatPercent, label } from '../domain/format.ts';
import {
	actionRows,
	meetingRows,
	MAX_ROWS,
	objectiveRows,
	opportunityRows,
	personRow,
	scorecardRows,
	type AccountSheet,
	type Kpi,
	type SheetContext,
	type WhitespaceMatrix,
} from './sheet.ts';
import type { GridCell } from '../domain/figures/index.ts';

/** Decision makers, then champions, then other key contacts, then everyone else. */
function whoFirst(contacts: readonly Contact[], a: AccountAnalysis): Contact[] {
	const ordered = [...a.figures.decisionMakers, ...a.figures.champions].map((c) => c.contact);
	ordered.push(...contacts.filter(isKeyContact), ...contacts);
	return [...new Set(ordered)];
}

/** The first tiles: revenue against commitment, then share of wallet. */
export function revenueKpi(a: AccountAnalysis, tone: Kpi['tone']): Kpi {
	const f = a.figures;
	const value = f.revenueThisYear === undefined ? '—' : formatMoney(f.revenueThisYear, f.currency);
	if (f.commitment === undefined || f.commitmentProgress === undefined) {
		return { label: `Revenue FY${f.fiscalYear}`, value, detail: 'No commitment agreed for this year', tone };
	}
	return {
		label: `Revenue FY${f.fiscalYear} to date`,
		value,
		detail: `${formatPercent(f.commitmentProgress)} of ${formatMoney(f.commitment, f.currency)} committed`,
		tone,
		progress: Math.min(1, f.commitmentProgress),
		marker: f.expectedProRata,
	};
}

/** The contract tile: countdown to the end, with the notice date. */
export function contractKpi(a: AccountAnalysis, tone: Kpi['tone']): Kpi {
	const f = a.figures;
	if (f.contractEnd === undefined || f.daysToContractEnd === undefined) return { label: 'Contract', value: 'None', detail: 'No contract on record', tone: 'neutral' };
	const ended = f.daysToContractEnd < 0;
	const autoRenews = a.account.plan.data.contract?.autoRenews;
	return {
		label: `Contract ${ended ? 'ended' : 'ends'} ${formatDate(f.contractEnd)}`,
		value: ended ? `${formatDays(f.daysToContractEnd)} ago` : formatDays(f.daysToContractEnd),
		detail: ended || !f.noticeDate ? 'Record the renewed contract' : `${autoRenews ? 'Renews unless notice by' : 'Notice by'} ${formatDate(f.noticeDate)}`,
		tone,
	};
}

/** The actions tile: open and overdue. */
export function actionsKpi(a: AccountAnalysis): Kpi {
	const overdue = a.figures.overdueActions.length;
	return {
		label: 'Open actions',
		value: String(a.figures.openActions.length),
		detail: overdue === 0 ? 'None overdue' : `${overdue} overdue`,
		tone: overdue === 0 ? 'good' : 'bad',
	};
}

/** The whitespace map as a compact matrix: short offering labels, one short text per cell. */
export function whitespaceMatrix(a: AccountAnalysis): WhitespaceMatrix | undefined {
	const w = a.figures.whitespace;
	if (!w.mapped) return undefined;
	const text = (c: GridCell) => (c.status === 'potential' ? (c.value === undefined ? 'Potential' : formatMoney(c.value, a.figures.currency)) : c.status === 'competitor' ? (c.competitor ?? 'Competitor') : c.status === 'unknown' ? '?' : label(c.status));
	return {
		offerings: w.offerings.map((o) => o.short ?? o.name),
		rows: w.rows.map((r) => ({ unit: r.unit, cells: r.cells.map((c) => ({ status: c.status, text: text(c) })) })),
	};
}

/** The internal account one-pager of one analysed account. */
export function accountSheet(a: AccountAnalysis, ctx: SheetContext): AccountSheet {
	const plan = a.account.plan.data;
	const f = a.figures;
	const revenueTone = needsAttention(a, 'revenue') ? 'warn' : 'good';
	const contractTone = needsAttention(a, 'contract') ? 'bad' : f.renewalPhase === 'renewal' ? 'warn' : 'neutral';
	const owner = a.names.of;
	const risks = [...f.risks]
		.sort((x, y) => Number(y.critical) - Number(x.critical) || x.index - y.index)
		.slice(0, MAX_ROWS)
		.map(({ risk, critical }) => ({ title: risk.title, likelihood: risk.likelihood, impact: risk.impact, tone: critical ? ('bad' as const) : ('warn' as const) }));
	return {
		variant: 'account',
		organisation: ctx.organisation,
		asOf: formatDate(ctx.today),
		name: plan.name,
		kicker: `Account plan · ${label(plan.tier)}`,
		meta: [
			{ text: [plan.industry, plan.region].filter(Boolean).join(' · '), tone: 'neutral' as const },
			{ text: `Owner ${owner(plan.owner)}`, tone: 'neutral' as const },
			{ text: `Reviewed ${formatDate(plan.reviewed)}`, tone: needsAttention(a, 'review') ? ('bad' as const) : ('neutral' as const) },
			{ text: plan.period ? `Plan ${formatDateRange(plan.period.start, plan.period.end)}` : '', tone: 'neutral' as const },
		].filter((m) => m.text),
		health: { band: a.health.band, score: a.health.score, notes: a.findings.slice(0, 3).map(headline) },
		kpis: [
			revenueKpi(a, revenueTone),
			{
				label: 'Share of wallet',
				value: f.shareOfWallet === undefined ? '—' : formatPercent(f.shareOfWallet),
				detail: f.walletThisYear === undefined ? 'Wallet size unknown' : `of ${formatMoney(f.walletThisYear, f.currency)} wallet`,
				tone: 'accent',
				progress: f.shareOfWallet === undefined ? undefined : Math.min(1, f.shareOfWallet),
			},
			{ label: 'Open pipeline', value: formatMoney(f.pipelineValue, f.currency), detail: `Weighted ${formatMoney(f.weightedPipeline, f.currency)}`, tone: 'accent' },
			actionsKpi(a),
			contractKpi(a, contractTone),
		],
		objectives: objectiveRows(plan.objectives),
		actions: actionRows(f.openActions, f.overdueActions, owner),
		people: whoFirst(plan.contacts, a).slice(0, MAX_ROWS).map((c) => personRow(c, c.stance)),
		risks,
		whitespace: whitespaceMatrix(a),
		opportunities: opportunityRows(f.openOpportunities, f.currency),
		meetings: meetingRows(f.upcomingMeetings),
		scorecard: scorecardRows(f.scorecard),
		footer: `${ctx.organisation} · Internal — do not share with the customer`,
	};
}
