/**
 * The guide's field reference, generated from the Zod schemas themselves: every
 * field's description comes from its `.meta({ description })`, its internal
 * flag from `.meta({ internal: true })`, and its type, allowed values and
 * default from the schema definition (read with `schema/introspect.ts`).
 * Nothing is written twice.
 */
import { nestedShape, nodeOf, unwrap, type Schema, type Shape } from '../schema/introspect.ts';
import { personSchema } from '../schema/person.ts';
import { planSchema } from '../schema/plan.ts';
import { email, id, isoDate, money, url } from '../schema/primitives.ts';
import { renewalSchema } from '../schema/renewal.ts';
import { settingsSchema } from '../schema/settings.ts';

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

/** Shared primitives are recognised by their definition, which `.meta()` and `.optional()` keep. */
const PRIMITIVES = new Map<unknown, string>([
	[isoDate.def, 'date (YYYY-MM-DD)'],
	[id.def, 'id (lower-case-with-dashes)'],
	[url.def, 'link (https:, http: or mailto:)'],
	[email.def, 'e-mail address'],
	[money.def, 'amount (plain number)'],
]);

const LEAVES: Record<string, string> = { string: 'text', number: 'number', boolean: 'true or false' };

/** The type of a value in plain words. */
export function describeType(schema: Schema): string {
	const { core, layers } = unwrap(schema);
	const known = layers.map((layer) => PRIMITIVES.get(layer.def)).find((name) => name !== undefined);
	if (known) return known;
	const node = nodeOf(core);
	switch (node.kind) {
		case 'enum':
			return `one of: ${node.values.join(', ')}`;
		case 'object':
			return 'group of fields';
		case 'record':
			return `map of key → ${describeType(node.value)}`;
		case 'array': {
			const element = describeType(node.element);
			if (element === 'group of fields') return 'list of groups';
			return element.includes(', or ') ? `list, each ${element}` : `list of ${element}`;
		}
		case 'union':
			return node.options.map(describeType).join(', or ');
		case 'leaf':
			return LEAVES[node.type] ?? node.type;
		default:
			return node.kind;
	}
}

function showDefault(value: unknown): string | undefined {
	if (value === undefined) return undefined;
	if (Array.isArray(value)) return value.length > 0 ? value.join(', ') : undefined;
	if (typeof value === 'object' && value !== null) return undefined;
	return String(value);
}

/** Flattens an object shape into field docs, depth first, in schema order. */
export function walkShape(shape: Shape, prefix = '', depth = 0, parentInternal = false): FieldDoc[] {
	return Object.entries(shape).flatMap(([key, schema]) => {
		const field = unwrap(schema);
		const internal = parentInternal || field.internal;
		const isList = nodeOf(field.core).kind === 'array';
		const path = `${prefix}${key}`;
		const doc: FieldDoc = {
			path,
			depth,
			type: describeType(schema),
			required: !field.optional,
			defaultValue: showDefault(field.defaultValue),
			description: field.description ?? '',
			internal,
		};
		const children = nestedShape(schema);
		return [doc, ...(children ? walkShape(children, `${path}${isList ? '[]' : ''}.`, depth + 1, internal) : [])];
	});
}

/** The field reference of every content file, in the order a new user meets them. */
export function fieldReference(): FileReference[] {
	return [
		{ file: 'content/accounts/<slug>/plan.mdx', id: 'ref-plan', fields: walkShape(planSchema.shape) },
		{ file: 'content/accounts/<slug>/renewal.mdx', id: 'ref-renewal', fields: walkShape(renewalSchema.shape) },
		{ file: 'content/people/<id>.yaml', id: 'ref-person', fields: walkShape(personSchema.shape) },
		{ file: 'content/settings.yaml', id: 'ref-settings', fields: walkShape(settingsSchema.shape) },
	];
}

let internalPlanPaths: Set<string> | undefined;

/**
 * True when a plan field (dotted path as in the reference, e.g.
 * `relationship.weaknesses` or `contacts[].stance`) is internal-only, as the
 * schema marks it; pages use it to label what never reaches a customer.
 */
export function isInternalField(path: string): boolean {
	internalPlanPaths ??= new Set(walkShape(planSchema.shape).filter((f) => f.internal).map((f) => f.path));
	return internalPlanPaths.has(path);
}
