/** The mutual action plan: which side owns each agreed action, what is shared, and whose late action is whose to act on. */
import { describe, expect, test } from 'vitest';
import { analyseOne, planWith, rules } from './support';

const withMutual = planWith((p) => {
	p.objectives!.push({ id: 'pilot', title: 'Run a joint pilot', shared: true });
	p.actions!.push(
		{ title: 'Book the pilot line', owner: 'ops', due: '2026-11-20', mutual: true, objective: 'pilot' },
		{ title: 'Send the pilot plan', owner: 'jane', due: '2026-11-22', mutual: true, objective: 'pilot' },
		{ title: 'Agree the pilot scope', owner: 'jane', due: '2026-10-01', status: 'done', mutual: true, objective: 'pilot' },
	);
});

describe('mutual plan figures', () => {
	const f = analyseOne(withMutual).figures;

	test('list the agreed actions with their side, open ones first by due date', () => {
		expect(f.mutualActions.map((m) => [m.action.title, m.side, m.overdue])).toEqual([
			['Book the pilot line', 'customer', true],
			['Send the pilot plan', 'ours', true],
			['Agree the pilot scope', 'ours', false],
		]);
		expect(f.openMutualActions).toHaveLength(2);
		expect(f.sharedObjectives.map((o) => o.objective.id)).toEqual(['pilot']);
		expect(f.nothingShared).toBe(false);
	});

	test("a customer's late action is to follow up; our own late mutual action is ours to do", () => {
		const a = analyseOne(withMutual);
		const byRule = (rule: string) => a.findings.filter((x) => x.rule === rule).map((x) => x.path);
		expect(byRule('actions.customer-overdue')).toEqual(['actions[2].due']);
		expect(byRule('actions.overdue')).toEqual(['actions[3].due']);
		expect(a.findings.find((x) => x.rule === 'actions.customer-overdue')?.message).toMatch(/follow up with Otto Betrieb/);
	});

	test('a plan that marks nothing shares nothing', () => {
		const a = analyseOne(planWith());
		expect(a.figures.nothingShared).toBe(true);
		expect(rules(a.findings)).toEqual([]);
	});
});
