/**
 * The error map decides on Zod's issue codes and parameters, never on Zod's
 * wording: the schema's own messages come through, Zod's defaults are
 * replaced, and a different Zod locale (standing in for a Zod update that
 * rewords its defaults) changes nothing a user sees.
 */
import { z } from 'astro/zod';
import { afterEach, describe, expect, test } from 'vitest';
import { problemsFromZod } from '../../src/schema/error-map';
import { planSchema } from '../../src/schema/plan';
import { money } from '../../src/schema/primitives';
import { renewalSchema } from '../../src/schema/renewal';

/** `path: message` lines for `data` parsed with `schema`, as the loader parses. */
function messages(schema: z.ZodType, data: unknown): string[] {
	const result = schema.safeParse(data, { reportInput: true });
	return result.success ? [] : problemsFromZod('f', result.error, schema).map((p) => `${p.path}: ${p.message}`);
}

const plan = { name: 'Acme', tier: 'key', owner: 'lena-vogt', reviewed: '2026-01-10' };
const renewal = { objective: 'Renew', decisionMakers: ['a'] };

const cases: [string, z.ZodType, unknown, string][] = [
	['a missing field', planSchema, { ...plan, owner: undefined }, 'owner: required field is missing'],
	['a wrong type', planSchema, { ...plan, name: 42 }, 'name: expected text, got 42'],
	['a fraction for a whole number', planSchema, { ...plan, financials: { commitment: { year: 2026.5, amount: 1 } } }, 'financials.commitment.year: expected a whole number, got 2026.5'],
	['a typo in a key', planSchema, { ...plan, objectivs: [] }, 'objectivs: unknown key "objectivs" (did you mean "objectives"?)'],
	['a typo in a key inside a union option', planSchema, { ...plan, team: [{ person: 'x', rol: 'y' }] }, 'team[0].rol: unknown key "rol" (did you mean "role"?)'],
	['a value not in the enum', planSchema, { ...plan, actions: [{ title: 'x', status: 'finished' }] }, 'actions[0].status: "finished" is not one of: open, in-progress, done, blocked'],
	['an empty required text', planSchema, { ...plan, name: '' }, 'name: must not be empty'],
	['a number below the minimum', planSchema, { ...plan, financials: { commitment: { year: 1980, amount: 1 } } }, 'financials.commitment.year: must be at least 1990'],
	['a number above the maximum', planSchema, { ...plan, financials: { commitment: { year: 2200, amount: 1 } } }, 'financials.commitment.year: must be at most 2100'],
	['a negative amount', planSchema, { ...plan, financials: { revenue: { '2026': -5 } } }, 'financials.revenue.2026: must be at least 0'],
	['a zero that must be positive', renewalSchema, { ...renewal, proposedTerms: { durationMonths: 0 } }, 'proposedTerms.durationMonths: must be more than 0'],
	['a bad record key', planSchema, { ...plan, financials: { revenue: { '26': 5 } } }, 'financials.revenue.26: not a valid key: use a four-digit year as the key, e.g. 2026'],
	['a value that fits no union option', planSchema, { ...plan, team: [5] }, 'team[0]: expected text or a group of fields, got 5'],
	['a whole file that is not an object', planSchema, [], ': expected a group of fields, got a list'],
];

describe('messages from issue codes', () => {
	test.each(cases)('%s', (_, schema, data, expected) => {
		expect(messages(schema, data)).toEqual([expected]);
	});
});

const own: [string, z.ZodType, unknown, string][] = [
	['a type message, with what was found', planSchema, { ...plan, reviewed: 12345 }, 'reviewed: expected a date written as YYYY-MM-DD, got 12345'],
	['a refinement', planSchema, { ...plan, reviewed: '2026-02-30' }, 'reviewed: "2026-02-30" is not a date on the calendar'],
	['a pattern', planSchema, { ...plan, owner: 'Bad Id' }, 'owner: use lower-case letters, digits and single dashes (e.g. "cfo-anna")'],
	['a list minimum', renewalSchema, { ...renewal, decisionMakers: [] }, 'decisionMakers: name at least one decision maker (a contact id of the plan)'],
	['a range maximum', planSchema, { ...plan, scorecard: { reviews: [{ period: '2026-Q1', scores: { uptime: 11 } }] } }, 'scorecard.reviews[0].scores.uptime: scores run from 0 to 10'],
	['a shared primitive\'s type message', money, 'lots', ': expected an amount as a plain number, e.g. 1250000, got "lots"'],
];

describe('the schema\'s own messages', () => {
	test.each(own)('%s comes through', (_, schema, data, expected) => {
		expect(messages(schema, data)).toEqual([expected]);
	});

	test('a schema without its own message gets Keyplan\'s words, not Zod\'s', () => {
		expect(messages(z.object({ code: z.string().regex(/^[A-Z]+$/) }), { code: 'abc' })).toEqual(['code: "abc" does not have the expected form (/^[A-Z]+$/)']);
		expect(messages(z.object({ mail: z.email() }), { mail: 'nope' })).toEqual(['mail: "nope" is not an e-mail address']);
		expect(messages(z.object({ n: z.number().multipleOf(5) }), { n: 3 })).toEqual(['n: must be a multiple of 5']);
		expect(messages(z.object({ list: z.array(z.string()).max(1) }), { list: ['a', 'b'] })).toEqual(['list: has more than 1 item']);
		expect(messages(z.object({ v: z.string().refine(() => false) }), { v: 'x' })).toEqual(['v: not accepted: "x"']);
		expect(messages(z.object({ d: z.date().min(new Date('2020-01-01')) }), { d: new Date('2019-01-01') })).toEqual(['d: must be at least 2020-01-01']);
		const kinds = z.discriminatedUnion('kind', [z.object({ kind: z.literal('visit') }), z.object({ kind: z.literal('call') })]);
		expect(messages(z.object({ item: kinds }), { item: { kind: 'vist' } })).toEqual(['item.kind: "vist" is not one of: visit, call (did you mean "visit"?)']);
	});
});

describe('Zod\'s wording', () => {
	afterEach(() => {
		z.config(z.locales.en());
	});

	test('does not change a single message when Zod words its defaults differently', () => {
		const all = [...cases, ...own];
		const before = all.map(([, schema, data]) => messages(schema, data));
		z.config(z.locales.de());
		expect(all.map(([, schema, data]) => messages(schema, data))).toEqual(before);
	});
});
