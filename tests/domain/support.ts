/**
 * Plans built in code for rule tests: a healthy base plan (no finding at all
 * on TODAY) that each test copies and breaks in one place.
 */
import { analysePortfolio, type AccountAnalysis, type PortfolioAnalysis } from '../../src/domain/analysis';
import type { Finding } from '../../src/domain/findings';
import type { Portfolio } from '../../src/loader/portfolio';
import { personSchema } from '../../src/schema/person';
import { planSchema, type PlanInput } from '../../src/schema/plan';
import { renewalSchema } from '../../src/schema/renewal';
import { settingsSchema, type Settings } from '../../src/schema/settings';

export const TODAY = '2026-11-24';

/** A healthy plan as of 2026-11-24 (fiscal year = calendar year). */
export const BASE_PLAN: PlanInput = {
	name: 'Acme Industries',
	tier: 'key',
	owner: 'jane',
	reviewed: '2026-11-01',
	financials: {
		revenue: { 2025: 1_000_000, 2026: 950_000 },
		walletSize: { 2026: 3_800_000 },
		commitment: { year: 2026, amount: 1_000_000, agreed: '2026-01-15', agreedBy: 'ceo' },
		target: { year: 2026, amount: 1_200_000 },
	},
	contacts: [
		{ id: 'ceo', name: 'Carla Chef', title: 'CEO', department: 'Executive', role: 'decision-maker', influence: 'very-high', stance: 'supporter', lastContact: '2026-10-20' },
		{ id: 'ops', name: 'Otto Betrieb', title: 'COO', department: 'Operations', role: 'influencer', influence: 'high', stance: 'champion', lastContact: '2026-11-10', email: 'otto@acme.example' },
		{ id: 'buyer', name: 'Bea Einkauf', department: 'Procurement', role: 'gatekeeper', influence: 'medium', stance: 'neutral' },
	],
	objectives: [{ id: 'grow', title: 'Grow maintenance scope' }],
	actions: [
		{ title: 'Send proposal', owner: 'jane', due: '2026-12-15', status: 'open', objective: 'grow' },
		{ title: 'Site visit', owner: 'omar', due: '2026-10-01', status: 'done', objective: 'grow' },
	],
	cadence: [
		{ id: 'qbr', name: 'Quarterly business review', frequency: 'quarterly', dates: ['2026-09-10', '2026-12-10', '2027-03-11'], time: '10:00', durationMinutes: 90, participants: ['jane', 'ceo', 'ops'], channel: 'on-site', location: 'Acme HQ', accepted: true },
		{ id: 'ops-call', name: 'Operations call', frequency: 'monthly', dates: ['2026-12-03', '2027-01-07'], participants: ['omar', 'ops'], accepted: true },
	],
	opportunities: [
		{ title: 'Spare parts', value: 200_000, stage: 'proposal', probability: 50 },
		{ title: 'Old win', value: 90_000, stage: 'won' },
	],
	feedback: { collected: '2026-02-01', from: ['ops'], keep: ['Fast callouts'] },
	scorecard: {
		measures: [
			{ id: 'uptime', name: 'Uptime', weight: 2 },
			{ id: 'mttr', name: 'Mean time to repair', weight: 1 },
		],
		reviews: [
			{ period: '2026-Q2', date: '2026-06-20', scores: { uptime: 7, mttr: 6 } },
			{ period: '2026-Q3', date: '2026-09-10', scores: { uptime: 8, mttr: 7 } },
		],
	},
	risks: [{ title: 'Price pressure', likelihood: 'medium', impact: 'high', mitigation: 'Show uptime value', owner: 'jane' }],
	contract: { start: '2025-01-01', end: '2029-12-31', noticeMonths: 6 },
};

/** A renewal plan that matches BASE_PLAN's contacts. */
export const BASE_RENEWAL = {
	objective: 'Renew for three years',
	decisionMakers: ['ceo'],
	milestones: [{ title: 'Renewal proposal', date: '2027-01-15', owner: 'jane' }],
	reviewed: '2026-11-01',
};

/** A per-year field written as one entry, the way BASE_PLAN writes it. */
type One<T> = Exclude<T, readonly unknown[]>;
type FinancialsInput = NonNullable<PlanInput['financials']>;

/** The base plan as tests edit it: commitment, target and feedback as single entries. */
type Draft = Omit<PlanInput, 'financials' | 'feedback'> & {
	financials?: Omit<FinancialsInput, 'commitment' | 'target'> & { commitment?: One<FinancialsInput['commitment']>; target?: One<FinancialsInput['target']> };
	feedback?: One<PlanInput['feedback']>;
} & Record<string, any>;

/** A deep copy of the base plan, changed by `edit`. */
export function planWith(edit: (plan: Draft) => void = () => {}): PlanInput {
	const copy = structuredClone(BASE_PLAN) as Draft;
	edit(copy);
	return copy as PlanInput;
}

export interface AccountInput {
	plan: PlanInput;
	renewal?: Record<string, unknown>;
}

/** A portfolio of accounts built in code, people jane and omar (jane with e-mail). */
export function portfolioOf(accounts: Record<string, AccountInput>, settings: Partial<Settings> = {}): Portfolio {
	return {
		settings: settingsSchema.parse({ organisation: 'Test Org', ...settings }),
		people: new Map([
			['jane', personSchema.parse({ name: 'Jane Doe', email: 'jane@ours.example' })],
			['omar', personSchema.parse({ name: 'Omar Ali' })],
		]),
		accounts: Object.entries(accounts).map(([slug, { plan, renewal }]) => ({
			slug,
			plan: { file: `content/accounts/${slug}/plan.mdx`, data: planSchema.parse(plan), body: '' },
			renewal: renewal ? { file: `content/accounts/${slug}/renewal.mdx`, data: renewalSchema.parse(renewal), body: '' } : undefined,
		})),
	};
}

/** The analysis of a single account `acme`. */
export function analyseOne(plan: PlanInput, { renewal, today = TODAY, settings = {} }: { renewal?: Record<string, unknown>; today?: string; settings?: Partial<Settings> } = {}): AccountAnalysis {
	return analysePortfolio(portfolioOf({ acme: { plan, renewal } }, settings), today).accounts[0];
}

/** The findings of a single account `acme`. */
export function findingsOf(plan: PlanInput, options?: Parameters<typeof analyseOne>[1]): Finding[] {
	return analyseOne(plan, options).findings;
}

/** Rule ids of findings. */
export const rules = (findings: Finding[]) => findings.map((f) => f.rule);

export type { PortfolioAnalysis };
