/** Scorecard figures of one account: the trend of each measure and the latest weighted score. */
import type { Plan } from '../../schema/plan.ts';
import type { Settings } from '../../schema/settings.ts';
import { addDays, comparePeriods, periodEnd, periodKind, periodOf, previousPeriod, type PeriodKind } from '../dates.ts';

/** One success measure of the customer's scorecard. */
export type Measure = Plan['scorecard']['measures'][number];

export interface ScorePoint {
	period: string;
	/** 0–10. */
	score: number;
}

export interface MeasureTrend {
	/** Position of the measure in `scorecard.measures[]`. */
	index: number;
	measure: Measure;
	/** Scores in period order, only the periods in which this measure was scored. */
	series: ScorePoint[];
	/** Latest score minus the one before; undefined with fewer than two scores. */
	change: number | undefined;
	/** The score went down two periods in a row. */
	declining: boolean;
}

export interface ScorecardFigures {
	/** Quarterly (`Q`) or half-yearly (`H`) reviews, as the latest review is written; `Q` without reviews. */
	periodKind: PeriodKind;
	trends: MeasureTrend[];
	/** The most recent period reviewed. */
	latestPeriod: string | undefined;
	/** Weighted average (0–10) of the latest review's scores, by measure weight. */
	latestScore: number | undefined;
	/** Weighted average per reviewed period, in period order. */
	scoreSeries: ScorePoint[];
	/** The most recent period whose grace time (`scorecardGraceDays`) is over: it should be reviewed by now. */
	duePeriod: string | undefined;
	/** True when neither the due period nor any later one has a review. */
	reviewMissing: boolean;
}

/** Weighted average of a review's scores over the measures it scores; undefined when it scores none. */
function weightedScore(scores: Record<string, number>, measures: Measure[]): number | undefined {
	let total = 0;
	let weights = 0;
	for (const m of measures) {
		const score = scores[m.id];
		if (score === undefined) continue;
		total += score * m.weight;
		weights += m.weight;
	}
	return weights === 0 ? undefined : total / weights;
}

/** Trends, weighted scores and the period due for review, from a plan's scorecard as of `today`. */
export function scorecardFigures(plan: Plan, settings: Settings, today: string): ScorecardFigures {
	const { measures } = plan.scorecard;
	const reviews = [...plan.scorecard.reviews].sort((a, b) => comparePeriods(a.period, b.period));
	const trends = measures.map((measure, index) => {
		const series = reviews.flatMap((r) => (r.scores[measure.id] === undefined ? [] : [{ period: r.period, score: r.scores[measure.id] }]));
		const change = series.length >= 2 ? series[series.length - 1].score - series[series.length - 2].score : undefined;
		const [a, b, c] = series.slice(-3);
		return { index, measure, series, change, declining: c !== undefined && b.score < a.score && c.score < b.score };
	});
	const scoreSeries = reviews.flatMap((r) => {
		const score = weightedScore(r.scores, measures);
		return score === undefined ? [] : [{ period: r.period, score }];
	});
	const latest = reviews.at(-1);
	const kind = latest ? periodKind(latest.period) : 'Q';
	// The most recent period whose grace time is over; a review of it or of any later period counts.
	let due = previousPeriod(periodOf(today, kind, settings.fiscalYearStart));
	if (addDays(periodEnd(due, settings.fiscalYearStart), settings.scorecardGraceDays) >= today) due = previousPeriod(due);
	return {
		periodKind: kind,
		duePeriod: measures.length > 0 ? due : undefined,
		reviewMissing: measures.length > 0 && !reviews.some((r) => comparePeriods(r.period, due) >= 0),
		trends,
		latestPeriod: latest?.period,
		latestScore: latest ? weightedScore(latest.scores, measures) : undefined,
		scoreSeries,
	};
}
