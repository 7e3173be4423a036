/** What a change does to an account, in the domain's words; what "What changed" picks. */
import { describe, expect, test } from 'vitest';
import { compareAccount, missingFrom } from '../../src/domain/review/compare';
import { planChanges } from '../../src/domain/review/plan-changes';
import { recentChanges } from '../../src/domain/review/recent';
import type { Problem } from '../../src/schema/problem';
import { BASE_RENEWAL, planWith, portfolioOf, TODAY } from './support';

const accountOf = (plan = planWith(), renewal?: Record<string, unknown>) => portfolioOf({ acme: { plan, renewal } }).accounts[0];

describe('plan changes', () => {
	test('every change that matters, once, in the domain\'s words', () => {
		const before = accountOf(
			planWith((p) => {
				p.cadence![1].accepted = false;
			}),
			BASE_RENEWAL,
		);
		const after = accountOf(
			planWith((p) => {
				p.contacts![2].stance = 'supporter';
				p.contacts![0].role = 'sponsor';
				p.contacts!.push({ id: 'cfo', name: 'Fiona Geld', title: 'CFO', role: 'decision-maker', stance: 'sceptic' });
				p.contacts!.splice(1, 1);
				p.financials!.commitment!.amount = 1_250_000;
				p.objectives!.push({ id: 'poland', title: 'Win Poland' });
				p.actions![0].status = 'done';
				p.actions!.push({ title: 'Call CFO', owner: 'jane', due: '2027-01-10' });
				p.cadence![1].accepted = true;
				p.cadence!.push({ id: 'exec', name: 'Executive sponsor meeting', dates: ['2027-02-01'] });
				p.risks = [{ title: 'Rival bids low', likelihood: 'high', impact: 'high' }];
				p.contract!.end = '2030-12-31';
			}),
			{ ...BASE_RENEWAL, milestones: [{ ...BASE_RENEWAL.milestones[0], done: true }] },
		);
		expect(planChanges(before, after).map((c) => `${c.kind}: ${c.text}`)).toEqual([
			'contact-added: contact added: Fiona Geld (CFO), decision maker, sceptic',
			'contact-removed: contact removed: Otto Betrieb (COO)',
			'role: Carla Chef (CEO): role decision maker → sponsor',
			'stance: Bea Einkauf: stance neutral → supporter',
			'commitment: revenue commitment: €1M for 2026 → €1.25M for 2026',
			'objective-added: objective added: "Win Poland"',
			'action-added: action added: "Call CFO", due 10 Jan 2027',
			'action-done: action done: "Send proposal"',
			'meeting-added: meeting added: "Executive sponsor meeting"',
			'meeting-accepted: meeting accepted by the customer: "Operations call"',
			'risk-added: risk added: "Rival bids low", high likelihood, high impact',
			'risk-closed: risk closed: "Price pressure"',
			'contract: contract: 1 Jan 2025 – 31 Dec 2029 → 1 Jan 2025 – 31 Dec 2030',
			'milestone-done: renewal milestone done: "Renewal proposal"',
		]);
	});

	test('what customer-facing outputs show, and the whitespace map, in both directions', () => {
		const offerings = [{ id: 'cm', name: 'Condition monitoring' }];
		const before = accountOf(
			planWith((p) => {
				p.objectives = [{ id: 'grow', title: 'Grow maintenance scope', shared: true }];
				p.actions![1].mutual = true;
				p.whitespace = {
					cells: [
						{ unit: 'Plant A', offering: 'cm', status: 'potential', value: 60_000 },
						{ unit: 'Plant B', offering: 'cm', status: 'competitor', competitor: 'Rival' },
						{ unit: 'Plant C', offering: 'cm', status: 'none', note: 'old note' },
					],
				};
			}),
		);
		const after = accountOf(
			planWith((p) => {
				p.objectives = [{ id: 'grow', title: 'Grow maintenance scope' }, { id: 'pl', title: 'Win Poland', shared: true }];
				p.actions![0].mutual = true;
				p.actions!.push({ title: 'Joint workshop', owner: 'ops', mutual: true });
				p.whitespace = {
					cells: [
						{ unit: 'Plant A', offering: 'cm', status: 'potential', value: 80_000 },
						{ unit: 'Plant B', offering: 'cm', status: 'ours' },
						{ unit: 'Plant C', offering: 'cm', status: 'none', note: 'a new note is wording, not a change' },
						{ unit: 'Plant D', offering: 'other', status: 'potential' },
					],
				};
			}),
		);
		expect(planChanges(before, after, offerings).map((c) => `${c.kind}: ${c.text}`)).toEqual([
			'objective-added: objective added: "Win Poland", shared with the customer',
			'shared: objective no longer shared with the customer: "Grow maintenance scope"',
			'action-added: action added: "Joint workshop", mutual (shown to the customer)',
			'shared: action now mutual (shown to the customer): "Send proposal"',
			'shared: action no longer mutual (no longer shown to the customer): "Site visit"',
			'whitespace: whitespace Plant A × Condition monitoring: potential (€60,000) → potential (€80,000)',
			'whitespace: whitespace Plant B × Condition monitoring: competitor (Rival) → ours',
			'whitespace: whitespace Plant D × other: unknown → potential',
		]);
		// Taken back, a cell reads as unknown again; without offering names, the id names the column.
		expect(planChanges(after, before).filter((c) => c.kind === 'whitespace').map((c) => c.text)).toEqual([
			'whitespace Plant A × cm: potential (€80,000) → potential (€60,000)',
			'whitespace Plant B × cm: ours → competitor (Rival)',
			'whitespace Plant D × other: potential → unknown',
		]);
	});

	test('a renewal plan added; nothing for an unchanged plan, an added or a removed account', () => {
		expect(planChanges(accountOf(), accountOf(planWith(), BASE_RENEWAL)).map((c) => c.kind)).toEqual(['renewal-added']);
		expect(planChanges(accountOf(), accountOf())).toEqual([]);
		expect(planChanges(undefined, accountOf())).toEqual([]);
		expect(planChanges(accountOf(), undefined)).toEqual([]);
	});
});

describe('findings opened and resolved', () => {
	const f = (rule: string, message: string, severity: Problem['severity'] = 'warning'): Problem => ({ file: 'f', path: 'p', message, severity, rule });
	test('are matched by rule and message, counting repeats', () => {
		const was = [f('a.x', 'one'), f('a.x', 'one'), f('b.y', 'two')];
		const is = [f('a.x', 'one'), f('c.z', 'three', 'error')];
		expect(missingFrom(is, was).map((p) => p.rule)).toEqual(['c.z']);
		expect(missingFrom(was, is).map((p) => p.rule)).toEqual(['a.x', 'b.y']);
		const change = compareAccount({ findings: was, problems: [], health: { score: 80, band: 'healthy' } }, { findings: is, problems: [], health: { score: 60, band: 'watch' } });
		expect(change).toMatchObject({ before: { score: 80 }, after: { score: 60 }, changes: [] });
		expect(change.opened).toHaveLength(1);
		expect(change.resolved).toHaveLength(2);
	});
});

describe('what changed lately', () => {
	const entry = (date: string, slug: string, before: number, after: number, kinds: string[] = []) => ({
		date,
		time: `${date}T12:00:00+00:00`,
		slug,
		before: { score: before, band: 'watch' as const },
		after: { score: after, band: 'watch' as const },
		changes: kinds.map((kind) => ({ kind: kind as 'stance', text: kind })),
	});
	test('keeps the last 30 days\' health moves and noteworthy changes, newest first', () => {
		const picked = recentChanges(
			[entry('2026-10-01', 'old', 50, 70), entry('2026-11-20', 'a', 60, 60, ['contact-added']), entry('2026-11-21', 'b', 60, 60, ['stance']), entry('2026-11-22', 'c', 50, 62)],
			TODAY,
		);
		expect(picked.map((p) => [p.entry.slug, p.healthMoved, p.noteworthy.map((c) => c.kind)])).toEqual([
			['c', true, []],
			['b', false, ['stance']],
		]);
	});
});
