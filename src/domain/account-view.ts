/**
 * The judgements a surface shows about one account beyond its figures, made
 * once from its findings: which rows of which list a finding points at, the
 * worst severity per area (revenue, contract, review…) and the findings about
 * the renewal. Pages, one-pager sheets and reports read these; none of them
 * compares rule ids or re-derives a rule.
 */
import type { Severity } from '../schema/problem.ts';
import { areaOf, type Finding, type FindingTarget, type RuleArea } from './findings/index.ts';

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** The findings-derived part of an account's view. */
export interface FindingsView {
	/** Findings by the row they point at; see `rowFindings`. */
	rows: ReadonlyMap<string, readonly Finding[]>;
	/** The worst severity of the account's findings per area; absent when an area has none. */
	attention: Readonly<Partial<Record<RuleArea, Severity>>>;
	/** Findings about the contract and the renewal plan, for the renewal page and sheet. */
	renewalFindings: readonly Finding[];
}

const rowKey = (document: FindingTarget['document'], list: string, index: number) => `${document}/${list}/${index}`;

/** The findings-derived view of an account's findings. */
export function findingsView(findings: readonly Finding[]): FindingsView {
	const rows = new Map<string, Finding[]>();
	const attention: Partial<Record<RuleArea, Severity>> = {};
	for (const f of findings) {
		if (f.target) {
			const key = rowKey(f.target.document, f.target.list, f.target.index);
			rows.set(key, [...(rows.get(key) ?? []), f]);
		}
		const area = areaOf(f.rule);
		const worst = attention[area];
		if (worst === undefined || RANK[f.severity] < RANK[worst]) attention[area] = f.severity;
	}
	const renewalFindings = findings.filter((f) => f.target?.document === 'renewal' || areaOf(f.rule) === 'contract');
	return { rows, attention, renewalFindings };
}

/** The findings about one row of a list (`cadence`, `actions`, `risks`, `milestones`…) of the plan or the renewal plan. */
export function rowFindings(view: Pick<FindingsView, 'rows'>, list: string, index: number, document: FindingTarget['document'] = 'plan'): readonly Finding[] {
	return view.rows.get(rowKey(document, list, index)) ?? [];
}

/** True when an area (revenue, contract, review…) has an error or a warning: what tiles and headers colour as needing attention. */
export function needsAttention(view: Pick<FindingsView, 'attention'>, area: RuleArea): boolean {
	const worst = view.attention[area];
	return worst === 'error' || worst === 'warning';
}
