/**
 * Every account rule: one fixture that triggers it (checking severity, field
 * path and file) and a near miss that does not. Fixtures are the healthy base
 * plan broken in one place.
 */
import { describe, expect, test } from 'vitest';
import { CATALOGUE, ruleOf, type RuleId } from '../../src/domain/findings';
import type { Settings } from '../../src/schema/settings';
import { DEEPER_CASES } from './deeper-rule-cases';
import { BASE_RENEWAL, findingsOf, planWith, type AccountInput } from './support';

type Draft = Parameters<Parameters<typeof planWith>[0] & {}>[0];

export interface Case {
	rule: RuleId;
	/** Breaks the plan so that the rule fires. */
	trigger: (p: Draft) => void;
	/** Almost breaks it: the rule must stay silent. */
	nearMiss: (p: Draft) => void;
	path: string;
	severity?: 'error' | 'warning' | 'info';
	renewal?: AccountInput['renewal'];
	/** Renewal plan of the near miss; defaults to `renewal`. */
	nearMissRenewal?: AccountInput['renewal'];
	/** The finding is about the renewal plan file. */
	inRenewal?: boolean;
	/** Settings besides the defaults (e.g. offerings for the whitespace map). */
	settings?: Partial<Settings>;
	message?: RegExp;
}

const renewalWindow = (p: Draft) => (p.contract = { start: '2025-01-01', end: '2027-09-30', noticeMonths: 6 });

const cases: Case[] = [
	{ rule: 'actions.overdue', trigger: (p) => (p.actions![0].due = '2026-11-01'), nearMiss: (p) => (p.actions![0].due = '2026-11-24'), path: 'actions[0].due', message: /due 2026-11-01 \(23 days ago\)/ },
	{ rule: 'actions.no-owner', trigger: (p) => delete p.actions![0].owner, nearMiss: (p) => delete p.actions![1].owner, path: 'actions[0].owner' },
	{ rule: 'actions.no-due', trigger: (p) => delete p.actions![0].due, nearMiss: (p) => delete p.actions![1].due, path: 'actions[0].due' },
	{ rule: 'actions.blocked', trigger: (p) => (p.actions![0].status = 'blocked'), nearMiss: (p) => (p.actions![0].status = 'in-progress'), path: 'actions[0].status', severity: 'info' },
	{
		rule: 'actions.objective-without-action',
		trigger: (p) => p.objectives!.push({ id: 'renew', title: 'Renew early' }),
		nearMiss: (p) => p.objectives!.push({ id: 'renew', title: 'Renew early' }) && p.actions!.push({ title: 'Plan it', owner: 'jane', due: '2027-01-10', objective: 'renew' }),
		path: 'objectives[1]',
	},
	{ rule: 'actions.none-open', trigger: (p) => (p.actions![0].status = 'done'), nearMiss: (p) => (p.actions![0].status = 'blocked'), path: 'actions' },
	{ rule: 'review.stale', trigger: (p) => (p.reviewed = '2026-08-25'), nearMiss: (p) => (p.reviewed = '2026-08-26'), path: 'reviewed', message: /91 days ago \(limit 90 days\)/ },
	{ rule: 'review.in-future', trigger: (p) => (p.reviewed = '2026-11-25'), nearMiss: (p) => (p.reviewed = '2026-11-24'), path: 'reviewed' },
	{ rule: 'revenue.no-commitment', trigger: (p) => delete p.financials!.commitment, nearMiss: (p) => (p.financials!.commitment!.amount = 0.5), path: 'financials.commitment' },
	{ rule: 'revenue.not-reported', trigger: (p) => delete p.financials!.revenue![2026], nearMiss: (p) => (p.financials!.revenue![2026] = 0.9 * 1_000_000 * 0.9), path: 'financials.revenue', severity: 'info' },
	{
		rule: 'revenue.behind-commitment',
		// 2026-11-24 is day 328 of 365: pro rata 898,630; with 10% tolerance the floor is 808,767.
		trigger: (p) => (p.financials!.revenue![2026] = 808_000),
		nearMiss: (p) => (p.financials!.revenue![2026] = 809_000),
		path: 'financials.revenue.2026',
		message: /81% of the €1,000,000 commitment, but 90% of the year/,
	},
	{ rule: 'cadence.none', trigger: (p) => (p.cadence = []), nearMiss: (p) => p.cadence!.splice(1, 1), path: 'cadence', severity: 'error' },
	{
		rule: 'cadence.no-upcoming',
		trigger: (p) => (p.cadence = [{ name: 'QBR', dates: ['2026-09-10', '2027-02-25'], accepted: true }]),
		nearMiss: (p) => (p.cadence = [{ name: 'QBR', dates: ['2026-09-10', '2027-02-24'], accepted: true }]),
		path: 'cadence',
		message: /before 2027-02-24 \(the next one is 2027-02-25\)/,
	},
	{
		rule: 'cadence.not-accepted',
		trigger: (p) => (p.cadence![1].accepted = false),
		nearMiss: (p) => p.cadence!.push({ name: 'Kick-off', frequency: 'ad-hoc', dates: ['2026-01-10'], accepted: false }),
		path: 'cadence[1].accepted',
	},
	{
		rule: 'cadence.unscheduled',
		trigger: (p) => (p.cadence![1].dates = ['2026-10-01', '2026-11-05']),
		nearMiss: (p) => p.cadence!.push({ name: 'Escalation', frequency: 'ad-hoc', accepted: true }),
		path: 'cadence[1].dates',
		severity: 'info',
	},
	{ rule: 'contacts.none', trigger: (p) => (p.contacts = []), nearMiss: () => {}, path: 'contacts', severity: 'error' },
	{
		rule: 'contacts.single-threaded',
		trigger: (p) => (p.contacts = [{ ...p.contacts![1], role: 'decision-maker' }]),
		nearMiss: (p) => (p.contacts = p.contacts!.slice(0, 2)),
		path: 'contacts',
		message: /hangs on one contact \(Otto Betrieb\)/,
	},
	{ rule: 'contacts.no-decision-maker', trigger: (p) => (p.contacts![0].role = 'sponsor'), nearMiss: (p) => (p.contacts![0].role = 'sponsor') && (p.contacts![2].role = 'decision-maker'), path: 'contacts' },
	{ rule: 'contacts.no-champion', trigger: (p) => (p.contacts![1].stance = 'supporter'), nearMiss: (p) => (p.contacts![1].stance = 'supporter') && (p.contacts![2].stance = 'champion'), path: 'contacts' },
	{
		rule: 'contacts.stale',
		trigger: (p) => (p.contacts![0].lastContact = '2026-08-25'),
		nearMiss: (p) => (p.contacts![0].lastContact = '2026-08-26') && delete p.contacts![2].lastContact,
		path: 'contacts[0].lastContact',
		message: /Carla Chef \(CEO\) last spoken to 2026-08-25, 91 days ago/,
	},
	{
		rule: 'contract.renewal-plan-missing',
		trigger: (p) => (p.contract!.end = '2028-05-24'),
		nearMiss: (p) => (p.contract!.end = '2028-05-25'),
		path: 'contract.end',
		severity: 'error',
		message: /create content\/accounts\/acme\/renewal\.mdx/,
	},
	{
		rule: 'contract.notice-soon',
		trigger: (p) => (p.contract = { start: '2025-01-01', end: '2027-08-22', noticeMonths: 6 }),
		nearMiss: (p) => (p.contract = { start: '2025-01-01', end: '2027-08-23', noticeMonths: 6 }),
		renewal: BASE_RENEWAL,
		path: 'contract.noticeMonths',
		message: /by 2027-02-22, in 90 days/,
	},
	{ rule: 'contract.ended', trigger: (p) => (p.contract!.end = '2026-11-23'), nearMiss: (p) => (p.contract!.end = '2026-11-24'), path: 'contract.end', renewal: BASE_RENEWAL },
	{
		rule: 'contract.renewal-milestones-missing',
		trigger: renewalWindow,
		nearMiss: renewalWindow,
		renewal: { ...BASE_RENEWAL, milestones: [] },
		nearMissRenewal: BASE_RENEWAL,
		path: 'milestones',
		inRenewal: true,
	},
	{
		rule: 'contract.renewal-milestone-overdue',
		trigger: renewalWindow,
		nearMiss: renewalWindow,
		renewal: { ...BASE_RENEWAL, milestones: [{ title: 'Kick-off', date: '2026-11-23' }, { title: 'Done one', date: '2026-10-01', done: true }] },
		nearMissRenewal: { ...BASE_RENEWAL, milestones: [{ title: 'Kick-off', date: '2026-11-24' }, { title: 'Done one', date: '2026-10-01', done: true }] },
		path: 'milestones[0].date',
		inRenewal: true,
	},
	{ rule: 'scorecard.none', trigger: (p) => (p.scorecard = {}), nearMiss: (p) => (p.scorecard!.reviews = []) && p.scorecard!.reviews.push({ period: '2026-Q3', scores: {} }), path: 'scorecard.measures', severity: 'info' },
	{
		rule: 'scorecard.review-missing',
		trigger: (p) => p.scorecard!.reviews!.pop(),
		nearMiss: (p) => (p.scorecard!.reviews![1].period = '2026-Q4'),
		path: 'scorecard.reviews',
		message: /no scorecard review for 2026-Q3 \(latest: 2026-Q2\)/,
	},
	{
		rule: 'scorecard.declining',
		trigger: (p) => p.scorecard!.reviews!.unshift({ period: '2026-Q1', scores: { uptime: 9, mttr: 8 } }) && (p.scorecard!.reviews![2].scores = { uptime: 6, mttr: 7 }),
		nearMiss: (p) => p.scorecard!.reviews!.unshift({ period: '2026-Q1', scores: { uptime: 9, mttr: 8 } }) && (p.scorecard!.reviews![2].scores = { uptime: 7, mttr: 7 }),
		path: 'scorecard.measures[0]',
		message: /"Uptime" went down two periods in a row \(2026-Q1 9 → 2026-Q2 7 → 2026-Q3 6\)/,
	},
	{ rule: 'risks.critical', trigger: (p) => (p.risks![0].likelihood = 'high'), nearMiss: (p) => (p.risks![0].impact = 'very-high'), path: 'risks[0]', severity: 'error' },
	{ rule: 'risks.no-mitigation', trigger: (p) => delete p.risks![0].mitigation, nearMiss: (p) => delete p.risks![0].signal, path: 'risks[0].mitigation' },
	{ rule: 'risks.no-owner', trigger: (p) => delete p.risks![0].owner, nearMiss: (p) => (p.risks![0].owner = 'omar'), path: 'risks[0].owner' },
	{ rule: 'feedback.none', trigger: (p) => (p.feedback!.collected = '2025-12-31'), nearMiss: (p) => (p.feedback!.collected = '2026-01-01'), path: 'feedback.collected', message: /last collected 2025-12-31/ },
	{
		rule: 'portfolio.inactive',
		trigger: (p) => inactiveSince(p, '2026-05-27'),
		nearMiss: (p) => inactiveSince(p, '2026-05-28'),
		path: '',
		message: /nothing recorded since 2026-05-27 \(181 days; limit 180 days\)/,
	},
	...DEEPER_CASES,
];

/** Makes every dated record in the plan `date` or older. */
function inactiveSince(p: Draft, date: string): void {
	p.reviewed = date;
	for (const c of p.contacts!) if (c.lastContact) c.lastContact = date;
	for (const r of p.scorecard!.reviews!) delete r.date;
	p.feedback!.collected = '2026-01-02';
}

describe.each(cases)('$rule', (c) => {
	const file = `content/accounts/acme/${c.inRenewal ? 'renewal' : 'plan'}.mdx`;

	test('triggers on its fixture, at the right field, with advice', () => {
		const findings = findingsOf(planWith(c.trigger), { renewal: c.renewal, settings: c.settings });
		const hit = findings.find((f) => f.rule === c.rule);
		expect(hit, `expected ${String(c.rule)} among ${findings.map((f) => f.rule).join(', ')}`).toBeDefined();
		expect(hit).toMatchObject({ file, path: c.path, severity: c.severity ?? ruleOf(c.rule).severity, account: 'acme' });
		expect(hit!.message).toMatch(/: /); // says what is wrong, then what to do
		if (c.message) expect(hit!.message).toMatch(c.message);
	});

	test('stays silent on the near miss', () => {
		const findings = findingsOf(planWith(c.nearMiss), { renewal: c.nearMissRenewal ?? c.renewal, settings: c.settings });
		expect(findings.map((f) => f.rule)).not.toContain(c.rule);
	});
});

test('every account rule has a fixture', () => {
	const covered = new Set(cases.map((c) => c.rule));
	const missing = CATALOGUE.filter((r) => r.scope === 'account').map((r) => r.id).filter((r) => !covered.has(r));
	expect(missing).toEqual([]);
});
