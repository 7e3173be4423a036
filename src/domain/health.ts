/**
 * The health score of an account, 0–100, derived only from its findings:
 *
 * - Start at 100 and deduct points per finding by severity:
 *   error 20, warning 6, info 1 (`SEVERITY_WEIGHTS`).
 * - Some rules weigh more than their severity says: their catalogue entry's
 *   `weight` (no renewal plan in the renewal window 25, no contact at all 25,
 *   no cadence 20, inactive account 10; `RULE_WEIGHTS`).
 * - A rule counts at most `MAX_PER_RULE` (3) times, so ten overdue actions do
 *   not outweigh everything else; within a rule the heaviest findings count.
 * - The score never drops below 0.
 *
 * Bands: `healthy` at 80 or more with no error finding; `at-risk` below 55;
 * `watch` in between (or 80+ with an error finding).
 */
import type { Severity } from '../schema/problem.ts';
import { CATALOGUE, type Finding, type RuleId } from './findings/index.ts';

export type HealthBand = 'healthy' | 'watch' | 'at-risk';

export const SEVERITY_WEIGHTS: Readonly<Record<Severity, number>> = { error: 20, warning: 6, info: 1 };

/** Rules that weigh more than their severity, from the catalogue. */
export const RULE_WEIGHTS: Readonly<Partial<Record<RuleId, number>>> = Object.fromEntries(
	CATALOGUE.flatMap((rule) => ('weight' in rule && rule.weight !== undefined ? [[rule.id, rule.weight]] : [])),
);

export const MAX_PER_RULE = 3;
export const HEALTHY_FROM = 80;
export const AT_RISK_BELOW = 55;

export interface Deduction {
	rule: RuleId;
	/** How many findings of this rule there are (all of them, not only those counted). */
	count: number;
	points: number;
}

export interface Health {
	score: number;
	band: HealthBand;
	/** What the score lost, per rule, largest first. */
	deductions: Deduction[];
}

/** Points one finding costs. */
export function weightOf(finding: Finding): number {
	return RULE_WEIGHTS[finding.rule] ?? SEVERITY_WEIGHTS[finding.severity];
}

/** Health score and band of an account from its findings. */
export function healthOf(findings: readonly Finding[]): Health {
	const byRule = new Map<RuleId, number[]>();
	for (const f of findings) byRule.set(f.rule, [...(byRule.get(f.rule) ?? []), weightOf(f)]);
	const deductions = [...byRule.entries()]
		.map(([rule, weights]) => ({
			rule,
			count: weights.length,
			points: [...weights].sort((a, b) => b - a).slice(0, MAX_PER_RULE).reduce((s, w) => s + w, 0),
		}))
		.sort((a, b) => b.points - a.points || a.rule.localeCompare(b.rule));
	const score = Math.max(0, 100 - deductions.reduce((s, d) => s + d.points, 0));
	const hasError = findings.some((f) => f.severity === 'error');
	const band: HealthBand = score < AT_RISK_BELOW ? 'at-risk' : score >= HEALTHY_FROM && !hasError ? 'healthy' : 'watch';
	return { score, band, deductions };
}

export interface HealthSummary {
	/** Mean score of the accounts, rounded; 100 for an empty portfolio. */
	averageScore: number;
	bands: Record<HealthBand, number>;
}

/** Portfolio health: the average score and how many accounts are in each band. */
export function healthSummary(healths: readonly Health[]): HealthSummary {
	const bands: Record<HealthBand, number> = { healthy: 0, watch: 0, 'at-risk': 0 };
	for (const h of healths) bands[h.band]++;
	const averageScore = healths.length === 0 ? 100 : Math.round(healths.reduce((s, h) => s + h.score, 0) / healths.length);
	return { averageScore, bands };
}
