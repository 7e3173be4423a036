/**
 * The guide's field reference, generated from the Zod schemas themselves: every
 * field's description comes from its `.meta({ description })`, its internal
 * flag from `.meta({ internal: true })`, and its type, allowed values and
 * default from the schema definition. Nothing is written twice.
 */
import type { z } from 'astro/zod';
import { personSchema } from '../schema/person';
import { planSchema } from '../schema/plan';
import { email, id, isoDate, money, url } from '../schema/primitives';
import { renewalSchema } from '../schema/renewal';
import { settingsSchema } from '../schema/settings';

/** One documented field, flattened: `contacts[].stance`. */
export interface FieldDoc {
	/** Dotted path; `[]` marks a list item, e.g. `contacts[].reportsTo`. */
	path: string;
	/** Nesting depth (0 for a top-level field), for indentation. */
	depth: number;
	/** What to write, in words: "text", "date (YYYY-MM-DD)", "one of: …", "list of …". */
	type: string;
	required: boolean;
	/** The default, when it is a simple value worth showing. */
	defaultValue?: string;
	description: string;
	/** True when the field (or a parent) never reaches customer-facing outputs. */
	internal: boolean;
}

/** The reference for one content file. */
export interface FileReference {
	/** Where the file lives, e.g. `content/accounts/<slug>/plan.mdx`. */
	file: string;
	/** Anchor id for the guide. */
	id: string;
	fields: FieldDoc[];
}

type Schema = z.ZodType;
interface Def {
	type: string;
	[key: string]: unknown;
}
const defOf = (schema: Schema): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;
const metaOf = (schema: Schema) => (schema as unknown as { meta(): { description?: string; internal?: boolean } | undefined }).meta() ?? {};

/** Shared primitives are recognised by their definition, which `.meta()` and `.optional()` keep. */
const PRIMITIVES = new Map<unknown, string>([
	[defOf(isoDate), 'date (YYYY-MM-DD)'],
	[defOf(id), 'id (lower-case-with-dashes)'],
	[defOf(url), 'link (https:, http: or mailto:)'],
	[defOf(email), 'e-mail address'],
	[defOf(money), 'amount (plain number)'],
]);

interface Unwrapped {
	core: Schema;
	optional: boolean;
	defaultValue?: unknown;
}

/** Strips optional/default/preprocess wrappers down to the schema that says what the value is. */
function unwrap(schema: Schema): Unwrapped {
	let current = schema;
	let optional = false;
	let defaultValue: unknown;
	for (;;) {
		if (PRIMITIVES.has(defOf(current))) return { core: current, optional, defaultValue };
		const def = defOf(current);
		if (def.type === 'optional' || def.type === 'nullable') optional = true;
		else if (def.type === 'default' || def.type === 'prefault') {
			optional = true;
			defaultValue ??= def.defaultValue;
		} else if (def.type === 'pipe') {
			// Preprocessing pipes (`transform` in, schema out) describe their output.
			const out = def.out as Schema;
			current = defOf(def.in as Schema).type === 'transform' ? out : (def.in as Schema);
			continue;
		} else return { core: current, optional, defaultValue };
		current = def.innerType as Schema;
	}
}

/** Object shapes reachable from a schema (through lists and unions), for nesting. */
function childShape(core: Schema): Record<string, Schema> | undefined {
	const def = defOf(core);
	if (def.type === 'object') return def.shape as Record<string, Schema>;
	if (def.type === 'array') return childShape(unwrap(def.element as Schema).core);
	if (def.type === 'union') {
		for (const option of def.options as Schema[]) {
			const shape = childShape(unwrap(option).core);
			if (shape) return shape;
		}
	}
	return undefined;
}

/** The type of a value in plain words. */
export function describeType(schema: Schema): string {
	const { core } = unwrap(schema);
	const known = PRIMITIVES.get(defOf(core));
	if (known) return known;
	const def = defOf(core);
	switch (def.type) {
		case 'string':
			return 'text';
		case 'number':
			return 'number';
		case 'boolean':
			return 'true or false';
		case 'enum':
			return `one of: ${Object.values(def.entries as Record<string, string>).join(', ')}`;
		case 'object':
			return 'group of fields';
		case 'record':
			return `map of key → ${describeType(def.valueType as Schema)}`;
		case 'array': {
			const element = describeType(def.element as Schema);
			if (element === 'group of fields') return 'list of groups';
			return element.includes(', or ') ? `list, each ${element}` : `list of ${element}`;
		}
		case 'union':
			return (def.options as Schema[]).map(describeType).join(', or ');
		default:
			return def.type;
	}
}

function showDefault(value: unknown): string | undefined {
	if (value === undefined) return undefined;
	if (Array.isArray(value)) return value.length > 0 ? value.join(', ') : undefined;
	if (typeof value === 'object' && value !== null) return undefined;
	return String(value);
}

/** Flattens an object shape into field docs, depth first, in schema order. */
export function walkShape(shape: Record<string, Schema>, prefix = '', depth = 0, parentInternal = false): FieldDoc[] {
	return Object.entries(shape).flatMap(([key, schema]) => {
		const { core, optional, defaultValue } = unwrap(schema);
		const meta = { ...metaOf(core), ...metaOf(schema) };
		const internal = parentInternal || meta.internal === true;
		const isList = defOf(core).type === 'array';
		const path = `${prefix}${key}`;
		const doc: FieldDoc = {
			path,
			depth,
			type: describeType(schema),
			required: !optional,
			defaultValue: showDefault(defaultValue),
			description: meta.description ?? '',
			internal,
		};
		const children = childShape(core);
		return [doc, ...(children ? walkShape(children, `${path}${isList ? '[]' : ''}.`, depth + 1, internal) : [])];
	});
}

/** The field reference of every content file, in the order a new user meets them. */
export function fieldReference(): FileReference[] {
	const shapeOf = (schema: Schema) => defOf(schema).shape as Record<string, Schema>;
	return [
		{ file: 'content/accounts/<slug>/plan.mdx', id: 'ref-plan', fields: walkShape(shapeOf(planSchema)) },
		{ file: 'content/accounts/<slug>/renewal.mdx', id: 'ref-renewal', fields: walkShape(shapeOf(renewalSchema)) },
		{ file: 'content/people/<id>.yaml', id: 'ref-person', fields: walkShape(shapeOf(personSchema)) },
		{ file: 'content/settings.yaml', id: 'ref-settings', fields: walkShape(shapeOf(settingsSchema)) },
	];
}

let internalPlanPaths: Set<string> | undefined;

/**
 * True when a plan field (dotted path as in the reference, e.g.
 * `relationship.weaknesses` or `contacts[].stance`) is internal-only, as the
 * schema marks it; pages use it to label what never reaches a customer.
 */
export function isInternalField(path: string): boolean {
	internalPlanPaths ??= new Set(walkShape(defOf(planSchema).shape as Record<string, Schema>).filter((f) => f.internal).map((f) => f.path));
	return internalPlanPaths.has(path);
}
