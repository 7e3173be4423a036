/** Scorecard rules: the customer's own success measures, scored each period so trends show. */
import { accountRule } from './finding.ts';

export const scorecardRules = [
	accountRule({
		id: 'scorecard.none',
		severity: 'info',
		title: 'No scorecard',
		why: 'A scorecard is how the customer measures us; without one we learn how we are doing only when it is too late.',
		example: 'no scorecard: agree with the customer how they measure our success, with targets, and score it every quarter',
		check: ({ plan }) =>
			plan.scorecard.measures.length === 0
				? [{ path: ['scorecard', 'measures'], message: 'no scorecard: agree with the customer how they measure our success, with targets, and score it every quarter' }]
				: [],
	}),
	accountRule({
		id: 'scorecard.review-missing',
		severity: 'warning',
		title: 'Scorecard review missing',
		why: 'A scorecard helps only when it is scored every period (quarter or half-year) with the customer.',
		thresholds: ['scorecardGraceDays'],
		example: 'no scorecard review for 2026-Q3 (latest: 2026-Q2): score each measure with the customer and add a review for 2026-Q3',
		check: ({ plan, figures }) => {
			const due = figures.scorecard.duePeriod;
			if (plan.scorecard.measures.length === 0 || due === undefined || !figures.scorecard.reviewMissing) return [];
			const latest = figures.scorecard.latestPeriod;
			return [
				{
					path: ['scorecard', 'reviews'],
					message: `no scorecard review for ${due}${latest ? ` (latest: ${latest})` : ''}: score each measure with the customer and add a review for ${due}`,
				},
			];
		},
	}),
	accountRule({
		id: 'scorecard.declining',
		severity: 'warning',
		title: 'Measure declining',
		why: 'A measure that went down two periods in a row needs a course correction agreed with the customer.',
		example: '"Mean time to repair" went down two periods in a row (2026-Q1 8 → 2026-Q2 7 → 2026-Q3 6): agree a course correction with the customer and add an action for it',
		check: ({ figures }) =>
			figures.scorecard.trends
				.filter((t) => t.declining)
				.map((trend) => {
					const [a, b, c] = trend.series.slice(-3);
					return {
						path: ['scorecard', 'measures', trend.index],
						message: `"${trend.measure.name}" went down two periods in a row (${a.period} ${a.score} → ${b.period} ${b.score} → ${c.period} ${c.score}): agree a course correction with the customer and add an action for it`,
					};
				}),
	}),
] as const;
