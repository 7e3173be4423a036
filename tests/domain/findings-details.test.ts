/** Rule behaviour beyond trigger / no trigger: escalation, thresholds from settings, variants, order. */
import { describe, expect, test } from 'vitest';
import { BASE_RENEWAL, findingsOf, planWith, rules } from './support';

describe('thresholds come from settings', () => {
	test('review.stale uses reviewStaleDays and escalates to error beyond twice the limit', () => {
		const at = (reviewed: string, reviewStaleDays?: number) => findingsOf(planWith((p) => (p.reviewed = reviewed)), { settings: reviewStaleDays ? { reviewStaleDays } : {} }).find((f) => f.rule === 'review.stale');
		expect(at('2026-10-24', 30)?.severity).toBe('warning'); // 31 days
		expect(at('2026-10-25', 30)).toBeUndefined(); // 30 days
		expect(at('2026-05-27')?.severity).toBe('error'); // 181 days > 2 × 90
		expect(at('2026-05-28')?.severity).toBe('warning'); // 180 days
	});

	test('contacts.stale uses contactStaleDays', () => {
		const plan = planWith((p) => (p.contacts![0].lastContact = '2026-10-20'));
		expect(rules(findingsOf(plan, { settings: { contactStaleDays: 30 } }))).toContain('contacts.stale');
		expect(rules(findingsOf(plan, { settings: { contactStaleDays: 35 } }))).not.toContain('contacts.stale');
	});

	test('revenue.behind-commitment uses commitmentTolerance', () => {
		const plan = planWith((p) => (p.financials!.revenue![2026] = 880_000)); // pro rata 898,630
		expect(rules(findingsOf(plan, { settings: { commitmentTolerance: 0 } }))).toContain('revenue.behind-commitment');
		expect(rules(findingsOf(plan, { settings: { commitmentTolerance: 0.05 } }))).not.toContain('revenue.behind-commitment');
	});

	test('contract.renewal-plan-missing uses renewalWindowMonths', () => {
		const plan = planWith((p) => (p.contract!.end = '2027-11-24'));
		expect(rules(findingsOf(plan, { settings: { renewalWindowMonths: 12 } }))).toContain('contract.renewal-plan-missing');
		expect(rules(findingsOf(plan, { settings: { renewalWindowMonths: 11 } }))).not.toContain('contract.renewal-plan-missing');
	});

	test('scorecard.review-missing waits scorecardGraceDays after the period ends', () => {
		const plan = planWith((p) => p.scorecard!.reviews!.pop()); // 2026-Q3 not reviewed; it ended 2026-09-30
		expect(rules(findingsOf(plan, { today: '2026-10-30' }))).not.toContain('scorecard.review-missing');
		expect(rules(findingsOf(plan, { today: '2026-10-31' }))).toContain('scorecard.review-missing');
		expect(rules(findingsOf(plan, { today: '2026-10-20', settings: { scorecardGraceDays: 7 } }))).toContain('scorecard.review-missing');
	});

	test('the fiscal year follows fiscalYearStart', () => {
		// Fiscal year 2026 starts 2026-04-01: feedback from March belongs to fiscal year 2025.
		const plan = planWith((p) => (p.feedback!.collected = '2026-03-15'));
		expect(rules(findingsOf(plan))).not.toContain('feedback.none');
		const finding = findingsOf(plan, { settings: { fiscalYearStart: 4 } }).find((f) => f.rule === 'feedback.none');
		expect(finding?.message).toContain('fiscal year 2026 (last collected 2026-03-15)');
	});
});

describe('variants', () => {
	test('a commitment for another year is named in the message', () => {
		const finding = findingsOf(planWith((p) => (p.financials!.commitment!.year = 2025))).find((f) => f.rule === 'revenue.no-commitment');
		expect(finding?.message).toContain('no revenue commitment for fiscal year 2026 (the plan has one for 2025)');
	});

	test('single-threaded: every contact in one department', () => {
		const plan = planWith((p) => p.contacts!.forEach((c) => (c.department = 'operations')));
		const finding = findingsOf(plan).find((f) => f.rule === 'contacts.single-threaded');
		expect(finding?.message).toMatch(/^all contacts are in operations:/);
	});

	test('single-threaded: departments compare without case, and contacts without one do not count as another', () => {
		const plan = planWith((p) => {
			p.contacts![0].department = 'Operations';
			delete p.contacts![2].department;
		});
		expect(rules(findingsOf(plan))).toContain('contacts.single-threaded');
	});

	test('a key contact never spoken to is stale; an ordinary contact is not watched', () => {
		const plan = planWith((p) => {
			delete p.contacts![0].lastContact;
			p.contacts![2].lastContact = '2024-01-01';
		});
		const stale = findingsOf(plan).filter((f) => f.rule === 'contacts.stale');
		expect(stale.map((f) => f.path)).toEqual(['contacts[0].lastContact']);
		expect(stale[0].message).toContain('no recorded conversation');
	});

	test('renewal risks are checked in the renewal plan file', () => {
		const plan = planWith((p) => (p.contract = { start: '2025-01-01', end: '2027-09-30', noticeMonths: 6 }));
		const renewal = { ...BASE_RENEWAL, risks: [{ title: 'Tender', likelihood: 'very-high', impact: 'high' }] };
		const found = findingsOf(plan, { renewal }).filter((f) => f.rule.startsWith('risks.'));
		expect(found.map((f) => [f.rule, f.file, f.path])).toEqual([
			['risks.critical', 'content/accounts/acme/renewal.mdx', 'risks[0]'],
			['risks.no-mitigation', 'content/accounts/acme/renewal.mdx', 'risks[0].mitigation'],
		]);
	});

	test('half-yearly scorecards are checked per half-year', () => {
		const halves = (periods: string[]) =>
			planWith((p) => (p.scorecard!.reviews = periods.map((period) => ({ period, scores: { uptime: 8, mttr: 8 } }))));
		expect(rules(findingsOf(halves(['2025-H2', '2026-H1'])))).not.toContain('scorecard.review-missing');
		const finding = findingsOf(halves(['2025-H1', '2025-H2'])).find((f) => f.rule === 'scorecard.review-missing');
		expect(finding?.message).toContain('no scorecard review for 2026-H1');
	});

	test('every overdue action is reported, each at its own path', () => {
		const plan = planWith((p) => {
			p.actions![0].due = '2026-11-01';
			p.actions!.push({ title: 'Call back', owner: 'jane', due: '2026-06-01', status: 'in-progress' });
		});
		expect(findingsOf(plan).filter((f) => f.rule === 'actions.overdue').map((f) => f.path)).toEqual(['actions[2].due', 'actions[0].due']);
	});
});

test('an account\'s findings come worst first', () => {
	const plan = planWith((p) => {
		p.cadence = [];
		p.actions![0].due = '2026-11-01';
		p.actions![0].status = 'blocked';
	});
	const severities = findingsOf(plan).map((f) => f.severity);
	expect(severities).toEqual([...severities].sort((a, b) => ['error', 'warning', 'info'].indexOf(a) - ['error', 'warning', 'info'].indexOf(b)));
	expect(severities[0]).toBe('error');
	expect(severities.at(-1)).toBe('info');
});
