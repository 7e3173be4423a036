/** The cross-account views the site shows: work list, agenda, person summary. */
import { describe, expect, test } from 'vitest';
import { analysePortfolio } from '../../src/domain/analysis';
import { agenda } from '../../src/domain/figures/agenda';
import { milestoneStatus } from '../../src/domain/figures/contract';
import { personSummary } from '../../src/domain/figures/person-summary';
import { openWork } from '../../src/domain/figures/worklist';
import type { Portfolio } from '../../src/loader/portfolio';
import { personSchema } from '../../src/schema/person';
import { planSchema, type PlanInput } from '../../src/schema/plan';
import { renewalSchema } from '../../src/schema/renewal';
import { settingsSchema } from '../../src/schema/settings';

const TODAY = '2026-11-24';

function portfolio(plans: Record<string, PlanInput>, renewals: Record<string, unknown> = {}): Portfolio {
	return {
		settings: settingsSchema.parse({ organisation: 'Test' }),
		people: new Map(['ann', 'bob'].map((id) => [id, personSchema.parse({ name: id.toUpperCase() })])),
		accounts: Object.entries(plans).map(([slug, plan]) => ({
			slug,
			plan: { file: `content/accounts/${slug}/plan.mdx`, data: planSchema.parse(plan), body: '' },
			renewal: renewals[slug] ? { file: `content/accounts/${slug}/renewal.mdx`, data: renewalSchema.parse(renewals[slug]), body: '' } : undefined,
		})),
	};
}

const base = { tier: 'key', reviewed: '2026-11-01' };
const sample = portfolio(
	{
		alpha: {
			...base,
			name: 'Alpha',
			owner: 'ann',
			team: [{ person: 'bob', role: 'sponsor' }],
			contacts: [{ id: 'cat', name: 'Cat' }],
			actions: [
				{ title: 'later', owner: 'ann', due: '2027-01-10' },
				{ title: 'late', owner: 'bob', due: '2026-11-01' },
				{ title: 'done', owner: 'ann', due: '2026-10-01', status: 'done' },
				{ title: 'undated', owner: 'ann' },
			],
			cadence: [{ name: 'QBR', dates: ['2026-10-01', '2026-12-10'], participants: ['ann', 'cat'] }],
			contract: { start: '2024-01-01', end: '2027-12-31' },
		},
		beta: {
			...base,
			name: 'Beta',
			owner: 'bob',
			actions: [{ title: 'very late', owner: 'ann', due: '2026-10-01' }],
			cadence: [{ name: 'Sync', dates: ['2026-11-30'], time: '09:00', participants: ['bob'] }],
		},
	},
	{
		alpha: {
			objective: 'Renew',
			decisionMakers: ['cat'],
			milestones: [
				{ title: 'missed', date: '2026-11-01' },
				{ title: 'finished', date: '2026-10-01', done: true },
				{ title: 'next', date: '2027-02-01' },
			],
		},
	},
);
const analysis = analysePortfolio(sample, TODAY);

describe('openWork', () => {
	test('lists open actions only, overdue first (oldest first), then by due date, undated last', () => {
		const work = openWork(analysis.accounts, TODAY);
		expect(work.map((w) => w.action.title)).toEqual(['very late', 'late', 'later', 'undated']);
		expect(work.map((w) => w.overdue)).toEqual([true, true, false, false]);
		expect(work[0]).toMatchObject({ slug: 'beta', accountName: 'Beta', daysToDue: -54 });
		expect(work[3].daysToDue).toBeUndefined();
	});
});

describe('agenda', () => {
	test('has coming meetings and open renewal milestones in date order', () => {
		const items = agenda(analysis.accounts);
		expect(items.map((i) => `${i.date} ${i.kind === 'meeting' ? i.meeting.name : i.milestone.title}`)).toEqual([
			'2026-11-01 missed',
			'2026-11-30 Sync',
			'2026-12-10 QBR',
			'2027-02-01 next',
		]);
	});

	test('milestone status', () => {
		expect(milestoneStatus({ title: 'x', date: '2026-11-01', done: false }, TODAY)).toBe('overdue');
		expect(milestoneStatus({ title: 'x', date: '2026-11-24', done: false }, TODAY)).toBe('upcoming');
		expect(milestoneStatus({ title: 'x', date: '2026-11-01', done: true }, TODAY)).toBe('done');
	});
});

describe('personSummary', () => {
	test("a person's accounts (owned first, with team role), actions and meetings", () => {
		const bob = personSummary('bob', analysis.accounts, TODAY);
		expect(bob.accounts.map((a) => [a.analysis.slug, a.role])).toEqual([
			['beta', 'owner'],
			['alpha', 'sponsor'],
		]);
		expect(bob.actions.map((w) => w.action.title)).toEqual(['late']);
		expect(bob.meetings.map((m) => m.meeting.name)).toEqual(['Sync']);
		const ann = personSummary('ann', analysis.accounts, TODAY);
		expect(ann.actions.map((w) => w.action.title)).toEqual(['very late', 'later', 'undated']);
		expect(ann.meetings.map((m) => m.date)).toEqual(['2026-12-10']);
	});
});

describe('financialHistory', () => {
	test('lists every year with revenue or wallet, oldest first, with the share where both are known', async () => {
		const { financialHistory } = await import('../../src/domain/figures/financial-history');
		const plan = planSchema.parse({ ...base, name: 'X', owner: 'ann', financials: { revenue: { 2026: 50, 2024: 20 }, walletSize: { 2025: 100, 2026: 200 } } });
		expect(financialHistory(plan)).toEqual([
			{ year: 2024, revenue: 20, wallet: undefined, shareOfWallet: undefined },
			{ year: 2025, revenue: undefined, wallet: 100, shareOfWallet: undefined },
			{ year: 2026, revenue: 50, wallet: 200, shareOfWallet: 0.25 },
		]);
	});
});
