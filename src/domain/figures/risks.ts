/** Risk figures: each risk's heat on the likelihood × impact grid, and whether it is critical. */
import type { Level } from '../../schema/primitives.ts';
import type { Plan } from '../../schema/plan.ts';
import type { RenewalPlan } from '../../schema/renewal.ts';

/** The five levels, lowest first; a level's position is its score (0–4). */
export const LEVELS: readonly Level[] = ['very-low', 'low', 'medium', 'high', 'very-high'];

/** 0 (very low) … 4 (very high). */
export function levelScore(level: Level): number {
	return LEVELS.indexOf(level);
}

/** True for high and very high. */
export function isHigh(level: Level): boolean {
	return levelScore(level) >= 3;
}

/** How hot a cell of the risk grid is: `critical` (both high), `high` (score 5+ of 8), `medium` (3–4), `low`. */
export type Heat = 'critical' | 'high' | 'medium' | 'low';

/** The heat of a likelihood × impact cell. */
export function heatOf(likelihood: Level, impact: Level): Heat {
	if (isHigh(likelihood) && isHigh(impact)) return 'critical';
	const score = levelScore(likelihood) + levelScore(impact);
	return score >= 5 ? 'high' : score >= 3 ? 'medium' : 'low';
}

/** A risk of the account plan or of the renewal plan. */
export type AnyRisk = Plan['risks'][number] | RenewalPlan['risks'][number];

/** A risk with its position, heat and judgement. */
export interface RiskState<R extends AnyRisk = AnyRisk> {
	index: number;
	risk: R;
	heat: Heat;
	/** Likelihood and impact both high or very high. */
	critical: boolean;
	/** Who watches it (account plan risks only). */
	owner: string | undefined;
}

/** Every risk of a list with its heat. */
export function riskStates<R extends AnyRisk>(risks: readonly R[]): RiskState<R>[] {
	return risks.map((risk, index) => {
		const heat = heatOf(risk.likelihood, risk.impact);
		return { index, risk, heat, critical: heat === 'critical', owner: 'owner' in risk ? risk.owner : undefined };
	});
}

/** A five-step level in three bands, for threat and similar judgements: high (high, very high), medium, low (low, very low). */
export type LevelBand = 'high' | 'medium' | 'low';

/** The band of a level: a competitor's threat, an influence. */
export function levelBand(level: Level): LevelBand {
	const score = levelScore(level);
	return score >= 3 ? 'high' : score === 2 ? 'medium' : 'low';
}
