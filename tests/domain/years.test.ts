/**
 * Several fiscal years in one plan: commitment, target and feedback take one
 * entry per year (a single entry still works); rules and tiles read the
 * current fiscal year's; the history shows commitment against actuals by year.
 */
import { describe, expect, test } from 'vitest';
import { financialHistory } from '../../src/domain/figures/financial-history';
import { planReferences } from '../../src/schema/references';
import { planSchema } from '../../src/schema/plan';
import { settingsSchema } from '../../src/schema/settings';
import { analyseOne, planWith, rules } from './support';

const years = planWith((p) => {
	Object.assign(p, {
		financials: {
			revenue: { 2025: 1_100_000, 2026: 950_000 },
			commitment: [
				{ year: 2025, amount: 1_000_000 },
				{ year: 2026, amount: 1_000_000, agreed: '2026-01-15', agreedBy: 'ceo' },
			],
			target: [{ year: 2025, amount: 900_000 }, { year: 2026, amount: 1_200_000 }],
		},
		feedback: [
			{ collected: '2025-02-01', from: ['ops'], stop: ['Late reports'] },
			{ year: 2026, collected: '2025-12-15', from: ['ceo'], keep: ['Fast callouts'] },
		],
	});
});

describe('per-year commitment, target and feedback', () => {
	test('the current fiscal year\'s entries drive the figures and the rules', () => {
		const { figures, findings } = analyseOne(years);
		expect(figures.commitment).toBe(1_000_000);
		expect(figures.currentCommitment?.agreedBy).toBe('ceo');
		expect(figures.target).toBe(1_200_000);
		// Collected in December 2025 for fiscal year 2026: this year's.
		expect(figures.feedbackThisYear?.feedback.keep).toEqual(['Fast callouts']);
		expect(figures.feedbackLastYear?.feedback.stop).toEqual(['Late reports']);
		expect(rules(findings)).toEqual([]);
	});

	test('history shows each year\'s commitment against its actuals', () => {
		const history = financialHistory(planSchema.parse(years));
		expect(history.map((y) => [y.year, y.revenue, y.commitment, y.commitmentReached, y.target])).toEqual([
			[2025, 1_100_000, 1_000_000, 1.1, 900_000],
			[2026, 950_000, 1_000_000, 0.95, 1_200_000],
		]);
	});

	test('only last year\'s feedback: the finding points at that entry', () => {
		const plan = structuredClone(years);
		(plan.feedback as unknown[]).pop();
		const finding = analyseOne(plan).findings.find((f) => f.rule === 'feedback.none');
		expect(finding).toMatchObject({ path: 'feedback.collected' });
		expect(finding?.message).toMatch(/no customer feedback collected in fiscal year 2026 \(last collected 2025-02-01\)/);
	});

	test('a year given twice is an error at the second entry', () => {
		const plan = planSchema.parse(planWith((p) => Object.assign(p.financials!, { commitment: [{ year: 2026, amount: 1 }, { year: 2026, amount: 2, agreedBy: 'nobody' }] })));
		const problems = planReferences('plan.mdx', plan, { settings: settingsSchema.parse({ organisation: 'O' }), people: new Set(['jane', 'omar']) }).map((p) => `${p.path}: ${p.message}`);
		expect(problems).toEqual([
			expect.stringMatching(/^financials\.commitment\[1\]\.agreedBy: unknown contact "nobody"/),
			'financials.commitment[1].year: duplicate commitment year "2026" (already used by financials.commitment[0])',
		]);
	});

	test('a single entry keeps working, and is read as a list of one', () => {
		const plan = planSchema.parse(planWith());
		expect(plan.financials.commitment).toEqual([{ year: 2026, amount: 1_000_000, agreed: '2026-01-15', agreedBy: 'ceo' }]);
		expect(plan.feedback).toHaveLength(1);
	});
});
