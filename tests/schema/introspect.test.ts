/**
 * The one schema walker: every wrapper kind comes off, paths lead through
 * lists, records, tuples and unions, and a field's documentation (description,
 * internal flag) survives its wrappers.
 */
import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { arrayElement, coresAt, docOf, enumValues, nestedShape, nodeOf, recordValue, shapeAt, unwrap } from '../../src/schema/introspect';
import { pruneValue } from '../../src/schema/prune';
import { planSchema } from '../../src/schema/plan';
import { field, internal, isoDate, textList } from '../../src/schema/primitives';
import { renewalSchema } from '../../src/schema/renewal';

const core = z.string();

describe('unwrap', () => {
	test.each([
		['optional', core.optional(), true],
		['nullable', core.nullable(), true],
		['default', core.default('x'), true],
		['prefault', core.prefault('x'), true],
		['nonoptional', core.optional().nonoptional(), false],
		['readonly', core.readonly(), false],
		['catch', core.catch('x'), false],
		['lazy', z.lazy(() => core), false],
		['promise', z.promise(core), false],
		['pipe into a schema', core.pipe(z.string()), false],
		['transform', core.transform((s) => s.length), false],
		['preprocess', z.preprocess((v) => v, core), false],
		['all of them, stacked', z.lazy(() => z.preprocess((v) => v, core).readonly().catch('x').nullable()).default('y'), true],
	])('takes off %s', (_, schema, optional) => {
		const field = unwrap(schema);
		expect(field.core.type).toBe('string');
		expect(field.optional).toBe(optional);
		expect(field.layers[0]).toBe(schema);
		expect(field.layers.at(-1)).toBe(field.core);
	});

	test('keeps the outermost default, and the side of a pipe asked for', () => {
		expect(unwrap(core.default('inner').optional().default('outer')).defaultValue).toBe('outer');
		expect(unwrap(core.optional()).defaultValue).toBeUndefined();
		const piped = z.string().pipe(z.coerce.number());
		expect(unwrap(piped).core.type).toBe('string');
		expect(unwrap(piped, 'output').core.type).toBe('number');
		// A transform is opaque: both sides describe the schema before it.
		expect(unwrap(core.transform((s) => Number(s)), 'output').core.type).toBe('string');
		expect(unwrap(isoDate).core.type).toBe('string');
	});

	test('reads the description from the outermost layer that has one, and internal from any layer', () => {
		const inner = field(z.string(), 'inner words');
		expect(unwrap(inner.optional()).description).toBe('inner words');
		expect(unwrap(field(inner.optional(), 'outer words')).description).toBe('outer words');
		expect(unwrap(internal(z.string(), 'secret').optional().default('')).internal).toBe(true);
		expect(unwrap(internal(z.string(), 'secret').optional()).description).toBe('secret');
		expect(unwrap(z.string().optional()).internal).toBe(false);
	});
});

describe('documentation', () => {
	test('comes from .meta(), through z.globalRegistry', () => {
		expect(docOf(internal(z.number(), 'Wallet'))).toEqual({ description: 'Wallet', internal: true });
		expect(docOf(field(z.number(), 'Revenue'))).toEqual({ description: 'Revenue', internal: false });
		expect(docOf(z.number())).toEqual({ description: undefined, internal: false });
	});

	test('survives refinements added after it, which clone the schema', () => {
		expect(docOf(field(z.string(), 'Name').min(1)).description).toBe('Name');
	});

	test('marks the sample schemas\' internal fields', () => {
		expect(unwrap(planSchema.shape.risks).internal).toBe(true);
		expect(unwrap(planSchema.shape.name).internal).toBe(false);
		expect(unwrap(shapeAt(planSchema, ['contacts', 0]).stance).internal).toBe(true);
		expect(unwrap(shapeAt(planSchema, ['financials']).walletSize).internal).toBe(true);
	});
});

describe('paths', () => {
	const schema = z.strictObject({
		list: z.array(z.strictObject({ a: z.string(), b: z.number() })).default([]),
		byYear: z.record(z.string(), z.strictObject({ amount: z.number() })),
		either: z.union([z.string(), z.strictObject({ person: z.string() }), z.strictObject({ team: z.string() })]).optional(),
		pair: z.tuple([z.string(), z.strictObject({ second: z.boolean() })]),
		both: z.intersection(z.object({ left: z.string() }), z.object({ right: z.string() })),
		later: z.lazy(() => z.strictObject({ deep: z.array(z.strictObject({ leaf: z.string() })) })),
	});

	test('lead through lists, records, tuples, unions, intersections and lazy schemas', () => {
		expect(Object.keys(shapeAt(schema))).toEqual(['list', 'byYear', 'either', 'pair', 'both', 'later']);
		expect(Object.keys(shapeAt(schema, ['list', 3]))).toEqual(['a', 'b']);
		expect(Object.keys(shapeAt(schema, ['byYear', '2026']))).toEqual(['amount']);
		expect(Object.keys(shapeAt(schema, ['either']))).toEqual(['person', 'team']);
		expect(Object.keys(shapeAt(schema, ['pair', 1]))).toEqual(['second']);
		expect(Object.keys(shapeAt(schema, ['both']))).toEqual(['left', 'right']);
		expect(Object.keys(shapeAt(schema, ['later', 'deep', 0]))).toEqual(['leaf']);
	});

	test('that lead nowhere give no fields', () => {
		expect(shapeAt(schema, ['nope'])).toEqual({});
		expect(shapeAt(schema, ['list', 'a'])).toEqual({});
		expect(coresAt(schema, ['list', 0, 'a', 'deeper'])).toEqual([]);
		expect(coresAt(schema, ['pair', 0]).map((s) => s.type)).toEqual(['string']);
	});

	test('reach the sample plan\'s nested fields', () => {
		expect(Object.keys(shapeAt(planSchema, ['contacts', 1]))).toContain('reportsTo');
		expect(Object.keys(shapeAt(planSchema, ['team', 0]))).toEqual(['person', 'role']);
		expect(Object.keys(shapeAt(planSchema, ['financials', 'commitment']))).toContain('amount');
		expect(Object.keys(shapeAt(planSchema, ['scorecard', 'reviews', 0]))).toContain('scores');
	});
});

describe('parts of a schema', () => {
	test('enum and literal values', () => {
		expect(enumValues(z.enum(['a', 'b']).default('a'))).toEqual(['a', 'b']);
		expect(enumValues(z.literal(['x', 'y']))).toEqual(['x', 'y']);
		expect(enumValues(z.string())).toBeUndefined();
	});

	test('list items, set items and record values', () => {
		expect(arrayElement(textList)?.type).toBe('string');
		expect(arrayElement(z.set(z.number()))?.type).toBe('number');
		expect(arrayElement(z.string())).toBeUndefined();
		expect(recordValue(z.record(z.string(), z.boolean()).optional())?.type).toBe('boolean');
		expect(recordValue(z.map(z.string(), z.number()))?.type).toBe('number');
		expect(recordValue(z.array(z.string()))).toBeUndefined();
	});

	test('the fields nested in a list or in the first object option', () => {
		expect(Object.keys(nestedShape(planSchema.shape.contacts) ?? {})).toContain('stance');
		expect(Object.keys(nestedShape(planSchema.shape.team) ?? {})).toEqual(['person', 'role']);
		expect(nestedShape(planSchema.shape.name)).toBeUndefined();
	});

	test('every first-party kind is classified', () => {
		const kinds = [
			z.string(), z.number(), z.bigint(), z.boolean(), z.date(), z.symbol(), z.undefined(), z.null(), z.any(), z.unknown(),
			z.never(), z.void(), z.nan(), z.file(), z.templateLiteral(['a', z.number()]), z.custom<string>(), z.transform((v) => v),
			z.object({}), z.array(z.string()), z.set(z.string()), z.tuple([z.string()]), z.record(z.string(), z.string()),
			z.map(z.string(), z.string()), z.union([z.string(), z.number()]), z.intersection(z.string(), z.string()),
			z.enum(['a']), z.literal('a'), z.string().optional(), z.string().pipe(z.string()), z.success(z.string()),
		];
		for (const schema of kinds) expect(nodeOf(schema).kind, schema.type).toBeTypeOf('string');
		expect(kinds.map((s) => nodeOf(s).kind).filter((k) => k === 'leaf')).toHaveLength(17);
	});
});

describe('pruneValue', () => {
	const schema = z.strictObject({
		name: z.string(),
		notes: internal(z.string().optional(), 'secret'),
		people: z.array(z.strictObject({ id: z.string(), stance: internal(z.string(), 'secret') })),
		byYear: z.record(z.string(), z.strictObject({ amount: z.number(), target: internal(z.number(), 'secret') })),
		team: z.array(z.union([z.string(), z.strictObject({ person: z.string(), why: internal(z.string(), 'secret') })])),
		hidden: internal(z.strictObject({ a: z.string() }).optional(), 'secret'),
	});
	const value = {
		name: 'Acme',
		notes: 'private',
		people: [{ id: 'a', stance: 'blocker' }],
		byYear: { '2026': { amount: 1, target: 2 } },
		team: ['lena', { person: 'omar', why: 'politics' }],
		hidden: { a: 'x' },
	};

	test('drops the picked fields at any depth and hands them over', () => {
		const dropped: unknown[] = [];
		expect(pruneValue(schema, value, (f) => f.internal, (v) => dropped.push(v))).toEqual({
			name: 'Acme',
			people: [{ id: 'a' }],
			byYear: { '2026': { amount: 1 } },
			team: ['lena', { person: 'omar' }],
		});
		expect(dropped).toEqual(['private', 'blocker', 2, 'politics', { a: 'x' }]);
	});

	test('drops keys the schema does not know, and the whole value when it is picked', () => {
		expect(pruneValue(z.object({ a: z.string() }), { a: 'x', b: 'y' }, () => false)).toEqual({ a: 'x' });
		expect(pruneValue(internal(z.string(), 'secret'), 'x', (f) => f.internal)).toBeUndefined();
	});

	test('keeps a renewal plan\'s public fields only', () => {
		const renewal = renewalSchema.parse({ objective: 'Renew', decisionMakers: ['a'], threats: [{ competitor: 'Zeta' }] });
		expect(Object.keys(pruneValue(renewalSchema, renewal, (f) => f.internal) as object).sort()).toEqual(['decisionMakers', 'milestones', 'objective', 'valueDelivered']);
	});
});
