/** Derived figures of one account, computed once for the site, one-pagers and check. */
import { describe, expect, test } from 'vitest';
import { analyseOne, BASE_RENEWAL, planWith } from './support';

describe('accountFigures of the base plan on 2026-11-24', () => {
	const { figures } = analyseOne(planWith());

	test('money: revenue, share of wallet, commitment progress against pro rata, target, pipeline', () => {
		expect(figures).toMatchObject({
			currency: 'EUR',
			fiscalYear: 2026,
			fiscalYearStart: '2026-01-01',
			fiscalYearEnd: '2026-12-31',
			revenueThisYear: 950_000,
			revenueLastYear: 1_000_000,
			walletThisYear: 3_800_000,
			shareOfWallet: 0.25,
			commitment: 1_000_000,
			commitmentProgress: 0.95,
			target: 1_200_000,
			pipelineValue: 200_000,
			weightedPipeline: 100_000,
		});
		expect(figures.revenueGrowth).toBeCloseTo(-0.05);
		expect(figures.expectedProRata).toBeCloseTo(328 / 365);
		expect(figures.targetProgress).toBeCloseTo(950 / 1200);
	});

	test('actions and meetings', () => {
		expect(figures.openActions.map((a) => a.index)).toEqual([0]);
		expect(figures.overdueActions).toEqual([]);
		expect(figures.nextMeeting).toMatchObject({ date: '2026-12-03', index: 1, meeting: { id: 'ops-call' } });
		expect(figures.upcomingMeetings.map((m) => m.date)).toEqual(['2026-12-03', '2026-12-10', '2027-01-07', '2027-03-11']);
	});

	test('contract: end, notice date, renewal window and phase', () => {
		expect(figures).toMatchObject({
			contractEnd: '2029-12-31',
			noticeDate: '2029-06-30',
			renewalWindowStart: '2028-06-30',
			renewalPhase: 'operational',
			monthsToContractEnd: 37,
			daysToContractEnd: 1133,
		});
	});

	test('people: decision makers, champions, departments, last activity', () => {
		expect(figures.decisionMakers.map((c) => c.contact.id)).toEqual(['ceo']);
		expect(figures.champions.map((c) => c.contact.id)).toEqual(['ops']);
		expect(figures.departments).toEqual(['Executive', 'Operations', 'Procurement']);
		expect(figures.lastActivity).toBe('2026-11-10');
		expect([figures.daysSinceReview, figures.daysSinceActivity]).toEqual([23, 14]);
	});

	test('scorecard: trend per measure and the weighted latest score', () => {
		expect(figures.scorecard.trends.map((t) => [t.measure.id, t.series, t.change])).toEqual([
			['uptime', [{ period: '2026-Q2', score: 7 }, { period: '2026-Q3', score: 8 }], 1],
			['mttr', [{ period: '2026-Q2', score: 6 }, { period: '2026-Q3', score: 7 }], 1],
		]);
		expect(figures.scorecard.latestPeriod).toBe('2026-Q3');
		expect(figures.scorecard.latestScore).toBeCloseTo((8 * 2 + 7) / 3);
		expect(figures.scorecard.scoreSeries.map((p) => p.period)).toEqual(['2026-Q2', '2026-Q3']);
		expect(figures.scorecard.periodKind).toBe('Q');
	});
});

describe('edge cases', () => {
	test('a commitment for another year is no commitment this year; no revenue gives no progress', () => {
		const { figures } = analyseOne(planWith((p) => {
			p.financials!.commitment!.year = 2025;
			delete p.financials!.revenue![2026];
		}));
		expect([figures.commitment, figures.commitmentProgress, figures.revenueThisYear, figures.shareOfWallet]).toEqual([undefined, undefined, undefined, undefined]);
	});

	test('renewal phases: no contract, renewal window, ended', () => {
		expect(analyseOne(planWith((p) => delete p.contract)).figures.renewalPhase).toBe('no-contract');
		const renewing = analyseOne(planWith((p) => (p.contract!.end = '2027-09-30')), { renewal: BASE_RENEWAL }).figures;
		expect([renewing.renewalPhase, renewing.noticeDate, renewing.monthsToContractEnd]).toEqual(['renewal', '2027-03-30', 10]);
		expect(analyseOne(planWith((p) => (p.contract!.end = '2026-11-23'))).figures.renewalPhase).toBe('ended');
	});

	test('a plan in another currency keeps its own', () => {
		expect(analyseOne(planWith((p) => (p.financials!.currency = 'CHF'))).figures.currency).toBe('CHF');
	});
});
