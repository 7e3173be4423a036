/**
 * The portfolio slide's table as data: one row per account with what a
 * director reviews first — health, revenue against the customer's commitment,
 * share of wallet, contract end and renewal phase — in display strings from
 * the one formatter, with the tone of each judgement. The rows keep the
 * order they are given (the dashboard's).
 */
import type { AccountAnalysis } from '../domain/analysis.ts';
import { formatDate, formatMoney, formatPercent, label } from '../domain/format.ts';
import { healthLabel, healthTone, phaseLabel, phaseTone, type Tone } from '../present/tones.ts';

/** One cell: its text and the tone its text is drawn in. */
export interface Cell {
	text: string;
	tone: Tone;
}

/** The table's columns, in order. */
export const PORTFOLIO_COLUMNS = ['Account', 'Owner', 'Health', 'Revenue vs commitment', 'Share of wallet', 'Contract end', 'Renewal phase'] as const;

/** One row per account, a cell per column of `PORTFOLIO_COLUMNS`. */
export type PortfolioRow = Record<(typeof PORTFOLIO_COLUMNS)[number], Cell>;

const plain = (text: string): Cell => ({ text, tone: 'neutral' });

/** "€1.2M of €2M (60%)", or the revenue alone when there is no commitment this year. */
function revenueText(a: AccountAnalysis): string {
	const f = a.figures;
	const revenue = formatMoney(f.revenueThisYear, f.currency);
	if (f.commitment === undefined) return `${revenue} · no commitment`;
	return `${revenue} of ${formatMoney(f.commitment, f.currency)} (${formatPercent(f.commitmentProgress)})`;
}

/** The table row of one account. */
export function portfolioRow(a: AccountAnalysis): PortfolioRow {
	const plan = a.account.plan.data;
	const f = a.figures;
	return {
		Account: { text: `${plan.name}\n${label(plan.tier)}`, tone: 'neutral' },
		Owner: plain(a.names.of(plan.owner)),
		Health: { text: `${a.health.score}/100 · ${healthLabel[a.health.band]}`, tone: healthTone[a.health.band] },
		'Revenue vs commitment': { text: revenueText(a), tone: f.behindCommitment ? 'warn' : 'neutral' },
		'Share of wallet': plain(formatPercent(f.shareOfWallet)),
		'Contract end': plain(f.contractEnd ? formatDate(f.contractEnd) : 'No contract'),
		'Renewal phase': { text: phaseLabel[f.renewalPhase], tone: phaseTone[f.renewalPhase] },
	};
}

/** The rows cut into pages of at most `perPage` rows (one slide each); no page for no rows. */
export function tablePages<T>(rows: readonly T[], perPage: number): T[][] {
	const pages: T[][] = [];
	for (let i = 0; i < rows.length; i += perPage) pages.push(rows.slice(i, i + perPage));
	return pages;
}
