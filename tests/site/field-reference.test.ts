/** The guide's field reference is generated from the schemas: complete, described, internal fields marked. */
import { describe, expect, test } from 'vitest';
import { planSchema } from '../../src/schema/plan';
import { describeType, fieldReference, isInternalField } from '../../src/site/field-reference';
import { level } from '../../src/schema/primitives';

const [plan, renewal, person, settings] = fieldReference();

describe('fieldReference', () => {
	test('covers the four kinds of content file', () => {
		expect([plan, renewal, person, settings].map((r) => r.file)).toEqual([
			'content/accounts/<slug>/plan.mdx',
			'content/accounts/<slug>/renewal.mdx',
			'content/people/<id>.yaml',
			'content/settings.yaml',
		]);
	});

	test('lists every top-level plan field in schema order, then nested ones under their parent', () => {
		const top = plan.fields.filter((f) => f.depth === 0).map((f) => f.path);
		expect(top).toEqual(Object.keys(planSchema.shape));
		const paths = plan.fields.map((f) => f.path);
		expect(paths.indexOf('contacts[].reportsTo')).toBeGreaterThan(paths.indexOf('contacts'));
		expect(paths).toContain('financials.commitment.amount');
		expect(paths).toContain('scorecard.reviews[].scores');
		for (const path of ['whitespace.cells[].status', 'whitespace.units', 'objectives[].shared', 'actions[].mutual', 'feedback.year', 'opportunities[].offering']) expect(paths).toContain(path);
		const settingsPaths = settings.fields.map((f) => f.path);
		for (const path of ['exchangeRates.asOf', 'exchangeRates.rates', 'offerings[].id', 'offerings[].short']) expect(settingsPaths).toContain(path);
	});

	test('says that per-year fields take one entry or a list', () => {
		const byPath = new Map(plan.fields.map((f) => [f.path, f]));
		expect(byPath.get('financials.commitment')?.type).toBe('group of fields, or list of groups');
		expect(byPath.get('whitespace')?.internal).toBe(true);
		expect(byPath.get('whitespace.cells[].status')?.type).toBe('one of: ours, potential, competitor, none, unknown');
	});

	test('every field carries the description its schema gives', () => {
		for (const ref of [plan, renewal, person, settings]) {
			for (const field of ref.fields) expect(field.description, `${ref.file} ${field.path}`).not.toBe('');
		}
		expect(plan.fields.find((f) => f.path === 'name')?.description).toBe(planSchema.shape.name.meta()?.description);
	});

	test('says what to write, whether it is required, and the default', () => {
		const byPath = new Map(plan.fields.map((f) => [f.path, f]));
		expect(byPath.get('reviewed')).toMatchObject({ type: 'date (YYYY-MM-DD)', required: true });
		expect(byPath.get('contacts[].stance')).toMatchObject({ required: false, defaultValue: 'unknown' });
		expect(byPath.get('contacts[].stance')?.type).toBe('one of: champion, supporter, neutral, sceptic, blocker, unknown');
		expect(byPath.get('website')?.type).toMatch(/^link/);
		expect(byPath.get('cadence[].durationMinutes')?.defaultValue).toBe('60');
	});

	test('marks internal fields, and everything inside them', () => {
		const internal = plan.fields.filter((f) => f.internal).map((f) => f.path);
		expect(internal).toEqual(expect.arrayContaining(['contacts[].stance', 'relationship.weaknesses', 'risks', 'risks[].title', 'financials.walletSize']));
		expect(internal).not.toContain('name');
		expect(isInternalField('relationship.competitors')).toBe(true);
		expect(isInternalField('relationship.strengths')).toBe(false);
	});

	test('describes enums by their values', () => {
		expect(describeType(level)).toBe('one of: very-low, low, medium, high, very-high');
	});
});
