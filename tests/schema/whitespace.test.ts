/**
 * The whitespace map: its cross-references (units, offerings, competitors
 * resolve; values with potential only; no cell twice), the grid the domain
 * makes of it, and the portfolio's potential per offering.
 */
import { describe, expect, test } from 'vitest';
import { analysePortfolio } from '../../src/domain/analysis';
import { planReferences } from '../../src/schema/references';
import { planSchema } from '../../src/schema/plan';
import { settingsSchema } from '../../src/schema/settings';
import { OFFERINGS } from '../domain/deeper-rule-cases';
import { analyseOne, planWith, portfolioOf, TODAY } from '../domain/support';

const mapped = planWith((p) => {
	p.business = { businessUnits: ['Plant A', 'Plant B'] };
	p.relationship = { competitors: [{ name: 'Rival Ltd' }] };
	p.whitespace = {
		units: [{ name: 'Group procurement', size: 'large' }],
		cells: [
			{ unit: 'Plant A', offering: 'parts', status: 'ours' },
			{ unit: 'Plant A', offering: 'service', status: 'potential', value: 80_000, note: 'New line in 2027' },
			{ unit: 'Plant B', offering: 'parts', status: 'competitor', competitor: 'Rival Ltd' },
		],
	};
});

const problemsOf = (plan: unknown) =>
	planReferences('content/accounts/acme/plan.mdx', planSchema.parse(plan), { settings: settingsSchema.parse({ organisation: 'O', ...OFFERINGS }), people: new Set(['jane', 'omar']) }).map((p) => `${p.path}: ${p.message}`);

describe('whitespace references', () => {
	test('a well-formed map has no problem', () => {
		expect(problemsOf(mapped)).toEqual([]);
	});

	test('units, offerings and competitors must resolve; value and competitor go with their status; no cell twice', () => {
		const broken = structuredClone(mapped) as typeof mapped & { whitespace: { cells: Record<string, unknown>[] } };
		broken.whitespace.cells.push(
			{ unit: 'Plant C', offering: 'parts', status: 'none' },
			{ unit: 'Plant A', offering: 'training', status: 'unknown' },
			{ unit: 'Plant B', offering: 'service', status: 'competitor', competitor: 'Nobody Inc' },
			{ unit: 'Plant B', offering: 'service', status: 'ours', value: 10 },
			{ unit: 'Group procurement', offering: 'parts', status: 'competitor' },
		);
		const problems = problemsOf(broken);
		expect(problems).toEqual([
			expect.stringMatching(/^whitespace\.cells\[3\]\.unit: unknown unit of the whitespace map "Plant C" .*\(known: Plant A, Plant B, Group procurement\)/),
			expect.stringMatching(/^whitespace\.cells\[4\]\.offering: unknown offering of content\/settings\.yaml "training" \(known: parts, service\)/),
			expect.stringMatching(/^whitespace\.cells\[5\]\.competitor: unknown competitor of relationship\.competitors "Nobody Inc" \(known: Rival Ltd\)/),
			expect.stringMatching(/^whitespace\.cells\[6\]\.value: value is the estimated potential, only for status: potential \(this cell is ours\)/),
			expect.stringMatching(/^whitespace\.cells\[6\]\.offering: Plant B × service is already mapped in whitespace\.cells\[5\]/),
			expect.stringMatching(/^whitespace\.cells\[7\]\.competitor: a competitor cell names the competitor/),
		]);
	});

	test('without offerings in the settings, a plan that names one gets a single error pointing at settings.yaml', () => {
		const problems = planReferences('content/accounts/acme/plan.mdx', planSchema.parse(mapped), { settings: settingsSchema.parse({ organisation: 'O' }), people: new Set(['jane', 'omar']) });
		expect(problems.map((p) => `${p.path}: ${p.message}`)).toEqual([expect.stringMatching(/^whitespace: this plan names offerings .* content\/settings\.yaml defines none: add offerings/)]);
	});

	test('opportunities and objectives that pursue a cell name a real unit and offering', () => {
		const plan = planWith((p) => {
			Object.assign(p.opportunities![0], { unit: 'Plant Z', offering: 'parts' });
			Object.assign(p.objectives![0], { offering: 'servce' });
		});
		expect(problemsOf(plan)).toEqual([
			expect.stringMatching(/^opportunities\[0\]\.unit: unknown unit of the whitespace map "Plant Z"/),
			expect.stringMatching(/^objectives\[0\]\.offering: unknown offering of content\/settings\.yaml "servce" \(did you mean "service"\?\)/),
		]);
	});
});

describe('the whitespace grid', () => {
	test('has a row per unit and a cell per offering, unknown where the plan is silent', () => {
		const w = analyseOne(mapped, { settings: OFFERINGS }).figures.whitespace;
		expect(w.mapped).toBe(true);
		expect(w.rows.map((r) => [r.unit, r.size, r.cells.map((c) => c.status)])).toEqual([
			['Plant A', undefined, ['ours', 'potential']],
			['Plant B', undefined, ['competitor', 'unknown']],
			['Group procurement', 'large', ['unknown', 'unknown']],
		]);
		expect(w.rows[2].allUnknown).toBe(true);
		expect(w.potentialByOffering).toEqual({ parts: 0, service: 80_000 });
		expect(w.unpursued.map((c) => `${c.unit}/${c.offering}`)).toEqual(['Plant A/service']);
	});

	test('a potential is pursued by an objective for its offering in any unit', () => {
		const plan = structuredClone(mapped);
		Object.assign(plan.objectives![0], { offering: 'service' });
		expect(analyseOne(plan, { settings: OFFERINGS }).figures.whitespace.unpursued).toEqual([]);
	});

	test('the portfolio adds up potential per offering, converted to the reporting currency', () => {
		const gbp = structuredClone(mapped);
		gbp.financials!.currency = 'GBP';
		const analysis = analysePortfolio(portfolioOf({ a: { plan: mapped }, b: { plan: gbp } }, { ...OFFERINGS, exchangeRates: { asOf: '2026-11-01', rates: { GBP: 1.5 } } }), TODAY);
		expect(analysis.whitespace).toEqual([
			{ offering: 'parts', name: 'Spare parts', potential: 0, accounts: [] },
			{ offering: 'service', name: 'Field service', potential: 200_000, accounts: ['a', 'b'] },
		]);
	});
});
