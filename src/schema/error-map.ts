/**
 * Turns Zod's issues into messages a key account manager can act on: the
 * field path, what was expected in plain words, and a did-you-mean hint for
 * misspelt keys and values. Modelled on Starlight's `utils/error-map.ts`.
 */
import type { z } from 'astro/zod';
import { formatPath, type Problem } from './problem';
import { didYouMean } from './suggest';

type AnySchema = z.ZodType;
type Def = { type: string; [key: string]: unknown };
const defOf = (schema: AnySchema): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Strips wrappers (optional, default, preprocess…) to reach the schema that holds the shape. */
function unwrap(schema: AnySchema): AnySchema[] {
	const def = defOf(schema);
	switch (def.type) {
		case 'optional':
		case 'default':
		case 'nullable':
		case 'prefault':
		case 'readonly':
			return unwrap(def.innerType as AnySchema);
		case 'pipe':
			return [...unwrap(def.in as AnySchema), ...unwrap(def.out as AnySchema)];
		case 'union':
			return (def.options as AnySchema[]).flatMap(unwrap);
		default:
			return [schema];
	}
}

/** The object keys a schema allows at `path`, for did-you-mean hints on unknown keys. */
export function knownKeysAt(schema: AnySchema, path: ReadonlyArray<PropertyKey>): string[] {
	let current: AnySchema[] = unwrap(schema);
	for (const key of path) {
		const next: AnySchema[] = [];
		for (const s of current) {
			const def = defOf(s);
			if (def.type === 'object' && typeof key === 'string') {
				const child = (def.shape as Record<string, AnySchema>)[key];
				if (child) next.push(...unwrap(child));
			} else if (def.type === 'array' && typeof key === 'number') {
				next.push(...unwrap(def.element as AnySchema));
			} else if (def.type === 'record') {
				next.push(...unwrap(def.valueType as AnySchema));
			}
		}
		current = next;
	}
	return current.flatMap((s) => {
		const def = defOf(s);
		return def.type === 'object' ? Object.keys(def.shape as object) : [];
	});
}

/**
 * Keys with spaces are almost always text cut by a comma inside `{ … }`
 * ("4,400 tonnes" in flow style becomes a key "400 tonnes"): say so.
 */
function commaHint(key: string): string {
	return /\s/.test(key) ? ' (a comma inside { … } splits the value there: put the whole text in quotes)' : '';
}

function describeInput(input: unknown): string {
	if (input === undefined) return 'nothing';
	if (input === null) return 'an empty value';
	if (Array.isArray(input)) return 'a list';
	if (input instanceof Date) return 'a date';
	if (typeof input === 'object') return 'a group of fields';
	if (typeof input === 'string') return `"${input}"`;
	return String(input);
}

const expectedWords: Record<string, string> = {
	string: 'text',
	number: 'a number',
	boolean: 'true or false',
	array: 'a list',
	object: 'a group of fields',
	record: 'a group of fields',
	date: 'a date',
};

/** Human message for one issue; `path` is the issue's own path. */
function messageFor(issue: z.core.$ZodIssue, schema: AnySchema): { path: PropertyKey[]; message: string }[] {
	const path = [...issue.path];
	switch (issue.code) {
		case 'unrecognized_keys': {
			const known = knownKeysAt(schema, path);
			return issue.keys.map((key) => ({
				path: [...path, key],
				message: `unknown key "${key}"${didYouMean(key, known) || commaHint(key)}`,
			}));
		}
		case 'invalid_type': {
			if (issue.input === undefined) return [{ path, message: 'required field is missing' }];
			const expected = expectedWords[issue.expected] ?? issue.expected;
			// A custom message (e.g. "expected a date written as YYYY-MM-DD") wins over the generic one.
			if (issue.message && !issue.message.startsWith('Invalid input')) return [{ path, message: `${issue.message}, got ${describeInput(issue.input)}` }];
			return [{ path, message: `expected ${expected}, got ${describeInput(issue.input)}` }];
		}
		case 'invalid_value': {
			const values = issue.values.map(String);
			const got = String(issue.input);
			return [{ path, message: `"${got}" is not one of: ${values.join(', ')}${didYouMean(got, values)}` }];
		}
		case 'invalid_union': {
			// Report the branch that got furthest, which is what the author most likely meant.
			const branches = issue.errors.filter((b) => b.length > 0);
			if (branches.length > 0) {
				const best = branches.reduce((a, b) => (Math.max(...b.map((i) => i.path.length)) > Math.max(...a.map((i) => i.path.length)) ? b : a));
				return best.flatMap((sub) => messageFor({ ...sub, path: [...path, ...sub.path] } as z.core.$ZodIssue, schema));
			}
			return [{ path, message: `unexpected value ${describeInput(issue.input)}` }];
		}
		case 'too_small':
			if (issue.origin === 'array') return [{ path, message: issue.message.startsWith('Too small') ? `needs at least ${issue.minimum} item(s)` : issue.message }];
			if (issue.origin === 'string') return [{ path, message: 'must not be empty' }];
			return [{ path, message: `must be at least ${issue.minimum}` }];
		case 'too_big':
			if (issue.origin === 'array') return [{ path, message: `has more than ${issue.maximum} items` }];
			return [{ path, message: issue.message.startsWith('Too big') ? `must be at most ${issue.maximum}` : issue.message }];
		default:
			return [{ path, message: issue.message }];
	}
}

/** Converts a failed parse into problems for `file`, one per issue, all of them. */
export function problemsFromZod(file: string, error: z.ZodError, schema: AnySchema, prefix: PropertyKey[] = []): Problem[] {
	return error.issues.flatMap((issue) =>
		messageFor(issue, schema).map(({ path, message }) => ({
			file,
			path: formatPath([...prefix, ...path]),
			message,
			severity: 'error' as const,
		})),
	);
}
