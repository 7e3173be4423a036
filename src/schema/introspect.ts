/**
 * The one schema walker. Error messages (did-you-mean keys), the customer view
 * (dropping internal fields) and the guide's field reference all ask the
 * schemas the same questions: what is under the wrappers, which fields does an
 * object have, what is documented about a field. They ask here, so a new kind
 * of schema is handled once, in `nodeOf`'s exhaustive switch.
 *
 * Reads Zod 4's public API: `schema.def` (typed by Zod's own union of
 * first-party definitions), and `z.globalRegistry`, where `.meta()` stores a
 * field's documentation.
 */
import { z } from 'astro/zod';

/** A Zod schema as Keyplan builds them (with `astro/zod`, the classic API). */
export type Schema = z.ZodType;
/** An object's fields, by key. */
export type Shape = Readonly<Record<string, Schema>>;
/** Which side of a `pipe` to follow: what the author writes, or what parsing returns. */
export type Side = 'input' | 'output';

/** What a schema is, one level deep. */
export type Node =
	/** A layer around one schema: optional, nullable, default, prefault, nonoptional, readonly, catch, lazy, promise, success. */
	| { kind: 'wrapper'; inner: Schema; optional?: boolean; defaultValue?: unknown }
	/** `a.pipe(b)`, a preprocess or a transform; a transform side is opaque, so both sides may be the same schema. */
	| { kind: 'pipe'; input: Schema; output: Schema }
	| { kind: 'object'; shape: Shape }
	/** A list or a set. */
	| { kind: 'array'; element: Schema }
	| { kind: 'tuple'; items: readonly Schema[]; rest?: Schema }
	/** A record or a map. */
	| { kind: 'record'; key: Schema; value: Schema }
	/** A union (any option fits) or an intersection (every part must). */
	| { kind: 'union' | 'intersection'; options: readonly Schema[] }
	/** An enum or a literal: a fixed list of values. */
	| { kind: 'enum'; values: readonly unknown[] }
	/** Anything else: `type` is Zod's own name ("string", "number", "boolean", "date"…). */
	| { kind: 'leaf'; type: string };

/** Every first-party definition, discriminated by `type`: what `schema.def` holds at run time. */
type Def = z.core.$ZodTypes['_zod']['def'];

/** The classic schema behind a child of a definition (typed by Zod as its core interface). */
const asSchema = (child: z.core.$ZodType): Schema => child as Schema;

/** What `schema` is, one level deep: the single place that knows every kind of Zod schema. */
export function nodeOf(schema: Schema): Node {
	const def = schema.def as Def;
	switch (def.type) {
		case 'optional': case 'nullable':
			return { kind: 'wrapper', inner: asSchema(def.innerType), optional: true };
		case 'default': case 'prefault':
			return { kind: 'wrapper', inner: asSchema(def.innerType), optional: true, defaultValue: def.defaultValue };
		case 'nonoptional':
			return { kind: 'wrapper', inner: asSchema(def.innerType), optional: false };
		case 'readonly': case 'catch': case 'promise': case 'success':
			return { kind: 'wrapper', inner: asSchema(def.innerType) };
		case 'lazy':
			return { kind: 'wrapper', inner: asSchema(def.getter()) };
		case 'pipe': {
			// A transform's result is unknowable and its input is anything: follow the side that is a schema.
			const [input, output] = [asSchema(def.in), asSchema(def.out)];
			if (input.type === 'transform') return { kind: 'pipe', input: output, output };
			if (output.type === 'transform') return { kind: 'pipe', input, output: input };
			return { kind: 'pipe', input, output };
		}
		case 'object':
			return { kind: 'object', shape: def.shape as Shape };
		case 'array':
			return { kind: 'array', element: asSchema(def.element) };
		case 'set':
			return { kind: 'array', element: asSchema(def.valueType) };
		case 'tuple':
			return { kind: 'tuple', items: def.items.map(asSchema), rest: def.rest ? asSchema(def.rest) : undefined };
		case 'record': case 'map':
			return { kind: 'record', key: asSchema(def.keyType), value: asSchema(def.valueType) };
		case 'union':
			return { kind: 'union', options: def.options.map(asSchema) };
		case 'intersection':
			return { kind: 'intersection', options: [asSchema(def.left), asSchema(def.right)] };
		case 'enum':
			return { kind: 'enum', values: Object.values(def.entries) };
		case 'literal':
			return { kind: 'enum', values: def.values };
		// Plain values: nothing inside to walk.
		case 'string': case 'number': case 'bigint': case 'boolean': case 'date': case 'symbol': case 'nan': case 'file':
		case 'undefined': case 'null': case 'void': case 'any': case 'unknown': case 'never':
		case 'template_literal': case 'function': case 'custom': case 'transform':
			return { kind: 'leaf', type: def.type };
		default: {
			// A kind Zod adds later fails the type check here; at run time it reads as a plain value.
			const unknown: never = def;
			return { kind: 'leaf', type: String((unknown as { type?: unknown }).type) };
		}
	}
}

/** A field's documentation, from its `.meta({ description, internal })`. */
export interface Doc {
	description?: string;
	/** Marked `internal(...)`: never reaches a customer-facing output. */
	internal: boolean;
}

/** The documentation `.meta()` gave this very schema (and what it inherits from the schema it was cloned from). */
export function docOf(schema: Schema): Doc {
	const meta = z.globalRegistry.get(schema);
	return { description: meta?.description, internal: meta?.internal === true };
}

/** A schema with its wrappers taken off, and what the wrappers said. */
export interface Unwrapped extends Doc {
	/** What is under every wrapper: an object, list, tuple, record, union, enum or leaf. */
	core: Schema;
	/** Every schema passed on the way, outermost first, ending with `core`. */
	layers: Schema[];
	/** True when the value may be left out (optional, nullable, or with a default), as the outermost deciding layer says. */
	optional: boolean;
	/** The outermost default, when a layer has one. */
	defaultValue?: unknown;
}

/** Takes off every wrapper (optional, default, preprocess, lazy…); the outermost description wins, internal when any layer is. */
export function unwrap(schema: Schema, side: Side = 'input'): Unwrapped {
	const out: Unwrapped = { core: schema, layers: [], optional: false, internal: false };
	let decided = false;
	let hasDefault = false;
	for (let current: Schema | undefined = schema; current; ) {
		out.core = current;
		out.layers.push(current);
		const doc = docOf(current);
		out.description ??= doc.description;
		out.internal ||= doc.internal;
		const node = nodeOf(current);
		current = undefined;
		if (node.kind === 'pipe') current = node[side];
		else if (node.kind === 'wrapper') {
			if (node.optional !== undefined && !decided) [out.optional, decided] = [node.optional, true];
			if ('defaultValue' in node && !hasDefault) [out.defaultValue, hasDefault] = [node.defaultValue, true];
			current = node.inner;
		}
	}
	return out;
}

/** The cores a value may match: unwrapped (both sides of a pipe), union options and intersection parts spread out. */
export function coresOf(schema: Schema): Schema[] {
	const seen = new Set<Schema>();
	const visit = (s: Schema): Schema[] => {
		const sides = [unwrap(s, 'input').core, unwrap(s, 'output').core];
		return [...new Set(sides)].flatMap((core) => {
			if (seen.has(core)) return [];
			seen.add(core);
			const node = nodeOf(core);
			return node.kind === 'union' || node.kind === 'intersection' ? node.options.flatMap(visit) : [core];
		});
	};
	return visit(schema);
}

/** The schemas one step down from `core`, at `key`: a field, a list item, a record value or a tuple item. */
export function childrenAt(core: Schema, key: PropertyKey): Schema[] {
	const node = nodeOf(core);
	switch (node.kind) {
		case 'object':
			return typeof key === 'string' && Object.hasOwn(node.shape, key) ? [node.shape[key]] : [];
		case 'array':
			return typeof key === 'number' ? [node.element] : [];
		case 'tuple': {
			const item = typeof key === 'number' ? (node.items[key] ?? node.rest) : undefined;
			return item ? [item] : [];
		}
		case 'record':
			return [node.value];
		default:
			return [];
	}
}

/** Every core schema a value at `path` may match (through lists, records, unions and wrappers). */
export function coresAt(schema: Schema, path: ReadonlyArray<PropertyKey>): Schema[] {
	let current = coresOf(schema);
	for (const key of path) current = current.flatMap((core) => childrenAt(core, key).flatMap(coresOf));
	return current;
}

/** The object fields allowed at `path`, merged over the union options there; empty when there is no object. */
export function shapeAt(schema: Schema, path: ReadonlyArray<PropertyKey> = []): Shape {
	const shapes = coresAt(schema, path).map(nodeOf).flatMap((node) => (node.kind === 'object' ? [node.shape] : []));
	const fields = new Map<string, Schema>();
	// In option order; the first option that has a key gives its schema.
	for (const [key, field] of shapes.flatMap(Object.entries)) if (!fields.has(key)) fields.set(key, field);
	return Object.fromEntries(fields);
}

/** What `schema` is under its wrappers. */
const coreNode = (schema: Schema): Node => nodeOf(unwrap(schema).core);

/** The fields of the objects a value holds: its own, its list items' or its first object option's. */
export function nestedShape(schema: Schema): Shape | undefined {
	const node = coreNode(schema);
	if (node.kind === 'object') return node.shape;
	if (node.kind === 'array') return nestedShape(node.element);
	if (node.kind === 'union') return node.options.map(nestedShape).find((shape) => shape !== undefined);
	return undefined;
}

/** The allowed values of an enum or literal (under its wrappers); undefined for anything else. */
export function enumValues(schema: Schema): readonly unknown[] | undefined {
	const node = coreNode(schema);
	return node.kind === 'enum' ? node.values : undefined;
}

/** A list's (or set's) item schema, under its wrappers; undefined when it is not a list. */
export function arrayElement(schema: Schema): Schema | undefined {
	const node = coreNode(schema);
	return node.kind === 'array' ? node.element : undefined;
}

/** A record's (or map's) value schema, under its wrappers; undefined when it is not a record. */
export function recordValue(schema: Schema): Schema | undefined {
	const node = coreNode(schema);
	return node.kind === 'record' ? node.value : undefined;
}
