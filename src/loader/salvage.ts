/**
 * Lets one run report every problem: when a file fails its schema, the fields
 * that failed are dropped and the rest is parsed again, so that cross-file
 * checks (references, duplicate ids) still run on everything that was valid.
 */
import type { z } from 'astro/zod';

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

/**
 * Parses `data` with the failing fields removed; `undefined` when even that
 * fails (for example a required field was the one in error).
 */
export function salvage<S extends z.ZodType>(schema: S, data: unknown, error: z.ZodError): z.infer<S> | undefined {
	const copy = structuredClone(data);
	for (const issue of error.issues) {
		// Unknown keys are reported at their parent object; remove the keys themselves.
		if (issue.code === 'unrecognized_keys') for (const key of issue.keys) removeAt(copy, [...issue.path, key]);
		else removeAt(copy, issue.path);
	}
	const again = schema.safeParse(copy);
	return again.success ? again.data : undefined;
}
