/**
 * Lets one run report every problem: when a file fails its schema, the fields
 * that failed are dropped and the rest is parsed again, so that cross-file
 * checks (references, duplicate ids) still run on everything that was valid.
 * When even that fails (a required field was the one in error), a lenient
 * reading keeps every field that is valid on its own, at its own index.
 */
import { z } from 'astro/zod';
import { nodeOf } from '../schema/introspect.ts';
import type { DeepPartial } from '../schema/partial.ts';

function removeAt(data: unknown, path: ReadonlyArray<PropertyKey>): void {
	let node = data as Record<PropertyKey, unknown> | undefined;
	for (const key of path.slice(0, -1)) {
		if (node === null || typeof node !== 'object') return;
		node = node[key] as Record<PropertyKey, unknown> | undefined;
	}
	const last = path.at(-1);
	if (last === undefined || node === null || typeof node !== 'object') return;
	if (Array.isArray(node) && typeof last === 'number') node[last] = undefined;
	else delete node[last];
}

/** A copy of `data` without the fields `error` complains about. */
function withoutFailures(data: unknown, error: z.ZodError): unknown {
	const copy = structuredClone(data);
	for (const issue of error.issues) {
		// Unknown keys are reported at their parent object; remove the keys themselves.
		if (issue.code === 'unrecognized_keys') for (const key of issue.keys) removeAt(copy, [...issue.path, key]);
		else removeAt(copy, issue.path);
	}
	return copy;
}

const lenientCache = new WeakMap<z.ZodType, z.ZodType>();

/**
 * A schema that accepts whatever `schema` would, and of anything else keeps
 * what is valid: objects keep their valid fields, lists keep their valid
 * items (an invalid item becomes `undefined`, so indices stay right), and any
 * other invalid value becomes `undefined`. It never fails.
 */
function lenient(schema: z.ZodType): z.ZodType {
	const cached = lenientCache.get(schema);
	if (cached) return cached;
	const node = nodeOf(schema);
	let out: z.ZodType;
	if (node.kind === 'object') {
		const shape = Object.entries(node.shape).map(([key, value]) => [key, lenient(value).optional()]);
		out = z.object(Object.fromEntries(shape)).optional().catch(undefined);
	} else if (node.kind === 'array') {
		out = z.array(lenient(node.element)).optional().catch(undefined);
	} else if (node.kind === 'wrapper' && node.optional) {
		// Optional, nullable, default: the wrapped schema, leniently (defaults are not applied).
		out = lenient(node.inner);
	} else {
		out = schema.catch(undefined);
	}
	lenientCache.set(schema, out);
	return out;
}

/**
 * Parses `data` with the failing fields removed; `undefined` when even that
 * fails (for example a required field was the one in error).
 */
export function salvage<S extends z.ZodType>(schema: S, data: unknown, error: z.ZodError): z.infer<S> | undefined {
	const again = schema.safeParse(withoutFailures(data, error));
	return again.success ? again.data : undefined;
}

/**
 * Everything of `data` that can be used for cross-checks: the salvaged file
 * when that parses, otherwise each valid field on its own (defaults are not
 * applied). Never `undefined`: a file that is not even an object gives `{}`.
 */
export function salvagePartial<S extends z.ZodType>(schema: S, data: unknown, error: z.ZodError): DeepPartial<z.infer<S>> {
	const copy = withoutFailures(data, error);
	const again = schema.safeParse(copy);
	if (again.success) return again.data as DeepPartial<z.infer<S>>;
	// Built from the schema itself, the lenient reading has the schema's shape with parts missing.
	return (lenient(schema).parse(copy) ?? {}) as DeepPartial<z.infer<S>>;
}
