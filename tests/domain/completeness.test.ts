/** Completeness per section: defined once in the catalogue, one entry per plan section, each check read from the plan and its figures. */
import { describe, expect, test } from 'vitest';
import { COMPLETENESS } from '../../src/domain/findings';
import { PLAN_SECTIONS } from '../../src/schema/sections';
import { OFFERINGS } from './deeper-rule-cases';
import { analyseOne, planWith } from './support';

const section = (plan: ReturnType<typeof planWith>, field: string, settings = {}) => analyseOne(plan, { settings }).completeness.sections.find((s) => s.field === field);

describe('the completeness catalogue', () => {
	test('covers every section of a plan, in plan order, each with checks', () => {
		expect(COMPLETENESS.map((s) => s.field)).toEqual(PLAN_SECTIONS.map((s) => s.field));
		for (const s of COMPLETENESS) expect(s.checks.length, s.field).toBeGreaterThanOrEqual(2);
	});
});

describe('completeness of a plan', () => {
	test('counts what a section has, and names what it lacks', () => {
		expect(section(planWith(), 'financials')).toMatchObject({ met: 5, total: 5, fraction: 1, missing: [] });
		const relationship = section(planWith(), 'relationship');
		expect(relationship?.missing).toEqual(['strengths', 'weaknesses', 'competitors', 'overall sentiment']);
		expect(section(planWith((p) => (p.relationship = { strengths: ['Uptime'], sentiment: 'positive' })), 'relationship')).toMatchObject({ met: 2, total: 4 });
	});

	test('an unassessed stance makes who\'s who less complete', () => {
		const before = section(planWith(), 'contacts')!;
		const after = section(planWith((p) => delete p.contacts![2].stance), 'contacts')!;
		expect(after.met).toBe(before.met - 1);
		expect(after.missing).toContain("every contact's role and stance assessed");
	});

	test('the whitespace map counts once it is mapped and its potential pursued', () => {
		expect(section(planWith(), 'whitespace', OFFERINGS)?.met).toBe(0);
		const mapped = planWith((p) => {
			p.business = { businessUnits: ['Plant A'] };
			p.whitespace = { cells: [{ unit: 'Plant A', offering: 'parts', status: 'ours' }, { unit: 'Plant A', offering: 'service', status: 'none' }] };
		});
		expect(section(mapped, 'whitespace', OFFERINGS)).toMatchObject({ met: 3, total: 3 });
	});

	test('the contract section applies only to an account with a contract; overall is over what applies', () => {
		const without = analyseOne(planWith((p) => delete p.contract)).completeness;
		expect(without.sections.map((s) => s.field)).not.toContain('contract');
		const { sections, overall } = analyseOne(planWith()).completeness;
		expect(sections.map((s) => s.field)).toContain('contract');
		const met = sections.reduce((n, s) => n + s.met, 0);
		const total = sections.reduce((n, s) => n + s.total, 0);
		expect(overall).toBeCloseTo(met / total);
		expect(overall).toBeGreaterThan(0);
		expect(overall).toBeLessThan(1);
	});
});
