/** Values cut down to what a schema allows: customer-facing outputs drop every internal field of a plan this way. */
import { nodeOf, unwrap, type Schema, type Unwrapped } from './introspect.ts';

/**
 * A copy of `value` (as parsed by `schema`) without the fields `drop` picks,
 * at any depth; each dropped value goes to `onDrop`. Keys the schema does not
 * know are left out too. Union values follow the first option they fit.
 * Undefined when the whole value is dropped.
 */
export function pruneValue(schema: Schema, value: unknown, drop: (field: Unwrapped) => boolean, onDrop: (value: unknown) => void = () => {}): unknown {
	const DROP = Symbol('drop');
	const prune = (s: Schema, v: unknown): unknown => {
		const field = unwrap(s, 'output');
		if (drop(field)) {
			onDrop(v);
			return DROP;
		}
		if (v === null || v === undefined) return v;
		const node = nodeOf(field.core);
		const keep = (entries: [string, unknown][], schemaOf: (key: string) => Schema | undefined) =>
			Object.fromEntries(entries.flatMap(([key, child]) => {
				const childSchema = schemaOf(key);
				const kept = childSchema ? prune(childSchema, child) : DROP;
				return kept === DROP ? [] : [[key, kept]];
			}));
		if (node.kind === 'object' && typeof v === 'object') return keep(Object.entries(v), (key) => (Object.hasOwn(node.shape, key) ? node.shape[key] : undefined));
		if (node.kind === 'record' && typeof v === 'object') return keep(Object.entries(v), () => node.value);
		if (node.kind === 'array' && Array.isArray(v)) return v.map((item) => prune(node.element, item)).filter((item) => item !== DROP);
		if (node.kind === 'union') {
			const option = node.options.find((o) => o.safeParse(v).success);
			return option ? prune(option, v) : v;
		}
		return v;
	};
	const out = prune(schema, value);
	return out === DROP ? undefined : out;
}
