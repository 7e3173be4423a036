/**
 * The values the content defines, filled into the editor schemas: a plan's
 * `tier` completes to the tiers of `settings.yaml`, `owner` to the people of
 * `content/people/`, `offering` to the offerings, `financials.currency` to the
 * currencies with a rate. Where the cross-file check accepts a person or a
 * customer contact (an action's owner, a meeting's participants) the people
 * are offered as examples, so completion helps without flagging a contact.
 */
import type { Settings } from '../schema/settings.ts';
import type { JsonSchema } from './json-schema.ts';

/** What the content defines, each list sorted for deterministic output. */
export interface ContentValues {
	tiers: readonly string[];
	people: readonly string[];
	offerings: readonly string[];
	currencies: readonly string[];
}

/** The values of the loaded settings and people (no file is read again). */
export function contentValuesOf(settings: Settings, people: ReadonlyMap<string, unknown>): ContentValues {
	const rates = Object.keys(settings.exchangeRates?.rates ?? {});
	return {
		// Tiers keep settings' order: most important first is how authors think of them.
		tiers: [...settings.tiers],
		people: [...people.keys()].sort(),
		offerings: settings.offerings.map((o) => o.id),
		currencies: [...new Set([settings.currency, ...rates])].sort(),
	};
}

/** `enum`: only these values are valid; `examples`: these are offered, others allowed. */
type Fill = { enum: readonly string[] } | { examples: readonly string[] };

/**
 * Each field path (`[]` for a list's items) with what it takes from the content.
 * A path that no longer names a field is an error (see `fillValues`), so a
 * renamed field cannot silently lose its completion.
 */
function planFills(v: ContentValues): [string, Fill][] {
	const person = { enum: v.people };
	const offering = { enum: v.offerings };
	const personOrContact = { examples: v.people };
	return [
		['tier', { enum: v.tiers }],
		['owner', person],
		['team[]', person],
		['team[].person', person],
		['contacts[].relationshipOwner', person],
		['actions[].owner', personOrContact],
		['cadence[].participants[]', personOrContact],
		['opportunities[].owner', person],
		['opportunities[].offering', offering],
		['objectives[].offering', offering],
		['whitespace.cells[].offering', offering],
		['risks[].owner', person],
		['financials.currency', { enum: v.currencies }],
	];
}

/** The content values of a renewal plan's fields. */
const renewalFills = (v: ContentValues): [string, Fill][] => [['milestones[].owner', { enum: v.people }]];

/** The nodes a value at `step` may take below `node`: through `anyOf` options, a property or list items. */
function step(node: JsonSchema, key: string): JsonSchema[] {
	const options = Array.isArray(node.anyOf) ? (node.anyOf as JsonSchema[]) : [node];
	return options.flatMap((option) => {
		if (key === '[]') return option.type === 'array' && option.items ? [option.items as JsonSchema] : [];
		const properties = option.properties as Record<string, JsonSchema> | undefined;
		return properties && Object.hasOwn(properties, key) ? [properties[key]] : [];
	});
}

/** The string-typed nodes at a field path such as `contacts[].relationshipOwner`. */
function stringNodesAt(root: JsonSchema, path: string): JsonSchema[] {
	const keys = path.split(/\.|(?=\[\])/);
	let nodes = [root];
	for (const key of keys) nodes = nodes.flatMap((node) => step(node, key));
	return nodes.flatMap((node) => (Array.isArray(node.anyOf) ? (node.anyOf as JsonSchema[]) : [node])).filter((node) => node.type === 'string');
}

/** Writes each fill into `schema` (in place); throws when a path names no text field, so a renamed field is noticed. */
function fillValues(schema: JsonSchema, fills: [string, Fill][]): JsonSchema {
	for (const [path, fill] of fills) {
		const nodes = stringNodesAt(schema, path);
		if (nodes.length === 0) throw new Error(`editor schema: no text field at ${path}`);
		// An empty list (no people yet) would make every value an error: then nothing is filled in.
		const values = 'enum' in fill ? fill.enum : fill.examples;
		if (values.length === 0) continue;
		for (const node of nodes) node['enum' in fill ? 'enum' : 'examples'] = [...values];
	}
	return schema;
}

/** The plan schema with the content's values filled in. */
export const fillPlan = (schema: JsonSchema, values: ContentValues): JsonSchema => fillValues(schema, planFills(values));
/** The renewal schema with the content's values filled in. */
export const fillRenewal = (schema: JsonSchema, values: ContentValues): JsonSchema => fillValues(schema, renewalFills(values));
