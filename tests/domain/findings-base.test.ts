/** The base plan the rule tests start from is healthy: no finding at all. */
import { expect, test } from 'vitest';
import { analyseOne, BASE_RENEWAL, findingsOf, planWith } from './support';

test('the healthy base plan has no finding and full health', () => {
	const account = analyseOne(planWith());
	expect(account.findings).toEqual([]);
	expect(account.health).toMatchObject({ score: 100, band: 'healthy' });
});

test('the base plan in its renewal window with a renewal plan has no finding', () => {
	const plan = planWith((p) => (p.contract = { start: '2025-01-01', end: '2027-09-30', noticeMonths: 6 }));
	expect(findingsOf(plan, { renewal: BASE_RENEWAL })).toEqual([]);
});
