/**
 * Turns Zod's issues into messages a key account manager can act on: the
 * field path, what was expected in plain words, and a did-you-mean hint for
 * misspelt keys and values. Modelled on Starlight's `utils/error-map.ts`.
 *
 * Messages are decided on Zod's structured issue data — the `code` and its
 * parameters (expected, minimum, origin, keys, values, format…) — never on
 * Zod's wording. A message the schema itself gives (an `error:` option, a
 * refinement's message) wins: it is told from Zod's default by asking Zod's
 * configured error maps for the default of the same issue (`ownMessage`).
 */
import { z } from 'astro/zod';
import { shapeAt, type Schema } from './introspect.ts';
import { formatPath, type Problem } from './problem.ts';
import { didYouMean } from './suggest.ts';

type Issue = z.core.$ZodIssue;
interface Located {
	path: PropertyKey[];
	message: string;
	/** Where in the file: the key for an unknown key, else the value. */
	place?: 'key';
}

/** Line and column of a field (or its key) in the file; see `loader/positions.ts`. */
export type Locate = (path: PropertyKey[], place: 'key' | 'value') => { line: number; column: number };

/** The object keys a schema allows at `path`, for did-you-mean hints on unknown keys. */
export function knownKeysAt(schema: Schema, path: ReadonlyArray<PropertyKey>): string[] {
	return Object.keys(shapeAt(schema, path));
}

const textOf = (result: ReturnType<z.core.$ZodErrorMap>): string | undefined => (typeof result === 'string' ? result : (result?.message ?? undefined));

/**
 * The issue's message when the schema wrote it, undefined when it is Zod's
 * default. Zod fills a missing message from its global maps (custom, then
 * locale); the same maps give the same text for the same issue, whatever the
 * Zod version or locale.
 */
function ownMessage(issue: Issue): string | undefined {
	const config = z.config();
	const raw = { ...issue, input: issue.input } as z.core.$ZodRawIssue;
	const fallback = textOf(config.customError?.(raw)) ?? textOf(config.localeError?.(raw)) ?? 'Invalid input';
	return issue.message === fallback ? undefined : issue.message;
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
	int: 'a whole number',
	bigint: 'a whole number',
	boolean: 'true or false',
	array: 'a list',
	tuple: 'a list',
	set: 'a list',
	object: 'a group of fields',
	record: 'a group of fields',
	map: 'a group of fields',
	date: 'a date',
	null: 'an empty value',
};
const wordsFor = (expected: string): string => expectedWords[expected] ?? expected;

const formatWords: Record<string, string> = { email: 'an e-mail address', url: 'a link', date: 'a date (YYYY-MM-DD)', datetime: 'a date and time' };

function formatMessage(issue: z.core.$ZodIssueInvalidStringFormat): string {
	const got = describeInput(issue.input);
	const detail = issue as Partial<Record<'prefix' | 'suffix' | 'includes', string>>;
	if (issue.format === 'starts_with') return `must start with "${detail.prefix}", got ${got}`;
	if (issue.format === 'ends_with') return `must end with "${detail.suffix}", got ${got}`;
	if (issue.format === 'includes') return `must contain "${detail.includes}", got ${got}`;
	if (issue.format === 'regex') return `${got} does not have the expected form (${issue.pattern})`;
	return `${got} is not ${formatWords[issue.format] ?? `a valid ${issue.format}`}`;
}

const items = (n: string) => `${n} item${n === '1' ? '' : 's'}`;

/** A limit as the author wrote it: dates as YYYY-MM-DD, not as milliseconds. */
const limit = (value: number | bigint, origin: string) => (origin === 'date' ? new Date(Number(value)).toISOString().slice(0, 10) : String(value));

function tooSmall(issue: z.core.$ZodIssueTooSmall): string {
	const { origin } = issue;
	const min = limit(issue.minimum, origin);
	if (origin === 'array' || origin === 'set') return issue.exact ? `needs exactly ${items(min)}` : `needs at least ${min} item(s)`;
	if (origin === 'string') return min === '1' && !issue.exact ? 'must not be empty' : `must be ${issue.exact ? 'exactly' : 'at least'} ${min} characters long`;
	return issue.inclusive === false ? `must be more than ${min}` : `must be at least ${min}`;
}

function tooBig(issue: z.core.$ZodIssueTooBig): string {
	const { origin } = issue;
	const max = limit(issue.maximum, origin);
	if (origin === 'array' || origin === 'set') return issue.exact ? `needs exactly ${items(max)}` : `has more than ${items(max)}`;
	if (origin === 'string') return `must be at most ${max} characters long`;
	return issue.inclusive === false ? `must be less than ${max}` : `must be at most ${max}`;
}

/** Reports the union branch that got furthest, which is what the author most likely meant. */
function unionMessages(issue: z.core.$ZodIssueInvalidUnion, path: PropertyKey[], schema: Schema): Located[] {
	if (issue.inclusive === false) return [{ path, message: `${describeInput(issue.input)} fits more than one of the allowed forms` }];
	const branches = issue.errors.filter((b) => b.length > 0);
	if (branches.length === 0) {
		const options = issue.options?.map(String) ?? [];
		// A discriminated union reports at its discriminator key, with the whole object as input.
		const input: unknown = issue.discriminator && issue.input && typeof issue.input === 'object' ? (issue.input as Record<string, unknown>)[issue.discriminator] : issue.input;
		const got = String(input);
		return [{ path, message: options.length > 0 ? `"${got}" is not one of: ${options.join(', ')}${didYouMean(got, options)}` : `unexpected value ${describeInput(input)}` }];
	}
	// Every branch wanted another type for the value itself: say which types would do.
	const types = branches.flatMap((b) => (b.length === 1 && b[0].code === 'invalid_type' && b[0].path.length === 0 && !ownMessage(b[0]) ? [wordsFor(b[0].expected)] : []));
	if (types.length === branches.length && issue.input !== undefined) {
		return [{ path, message: `expected ${[...new Set(types)].join(' or ')}, got ${describeInput(issue.input)}` }];
	}
	const depth = (b: Issue[]) => Math.max(...b.map((i) => i.path.length));
	const best = branches.reduce((a, b) => (depth(b) > depth(a) ? b : a));
	return best.flatMap((sub) => messagesFor({ ...sub, path: [...path, ...sub.path] }, schema));
}

/** Human messages for one issue, each at its own path (an unknown key's message sits at the key). */
function messagesFor(issue: Issue, schema: Schema): Located[] {
	const path = [...issue.path];
	const own = ownMessage(issue);
	const one = (message: string): Located[] => [{ path, message }];
	switch (issue.code) {
		case 'unrecognized_keys': {
			const known = knownKeysAt(schema, path);
			return issue.keys.map((key) => ({ path: [...path, key], message: `unknown key "${key}"${didYouMean(key, known) || commaHint(key)}`, place: 'key' as const }));
		}
		case 'invalid_type':
			if (issue.input === undefined) return one('required field is missing');
			// The schema's own words (e.g. "expected a date written as YYYY-MM-DD") replace the generic ones.
			return one(`${own ?? `expected ${wordsFor(issue.expected)}`}, got ${describeInput(issue.input)}`);
		case 'invalid_value': {
			if (own) return one(own);
			if (issue.input === undefined) return one('required field is missing');
			const values = issue.values.map(String);
			const got = String(issue.input);
			if (values.length === 1) return one(`expected "${values[0]}", got ${describeInput(issue.input)}`);
			return one(`"${got}" is not one of: ${values.join(', ')}${didYouMean(got, values)}`);
		}
		case 'invalid_union':
			return own ? one(own) : unionMessages(issue, path, schema);
		case 'too_small':
			return one(own ?? tooSmall(issue));
		case 'too_big':
			return one(own ?? tooBig(issue));
		case 'invalid_format':
			return one(own ?? formatMessage(issue));
		case 'not_multiple_of':
			return one(own ?? `must be a multiple of ${issue.divisor}`);
		case 'invalid_key':
			// The path ends with the key itself; its own issues say what a key must look like.
			return one(own ?? `not a valid key: ${issue.issues.flatMap((sub) => messagesFor({ ...sub, path: [] }, schema)).map((m) => m.message).join('; ')}`);
		case 'invalid_element':
			return own ? one(own) : issue.issues.flatMap((sub) => messagesFor({ ...sub, path: [...path, ...sub.path] }, schema));
		case 'custom':
			return one(own ?? `not accepted: ${describeInput(issue.input)}`);
		default: {
			// An issue code Zod adds later fails the type check here; at run time its own message is shown.
			const unknown: never = issue;
			return one((unknown as Issue).message);
		}
	}
}

/**
 * Converts a failed parse into problems for `file`, one per issue, all of
 * them, each at the line and column `locate` gives (when given). Parse with
 * `reportInput: true`: the messages quote the value found.
 */
export function problemsFromZod(file: string, error: z.ZodError, schema: Schema, prefix: PropertyKey[] = [], locate?: Locate): Problem[] {
	return error.issues.flatMap((issue) =>
		messagesFor(issue, schema).map(({ path, message, place }) => ({
			file,
			path: formatPath([...prefix, ...path]),
			message,
			severity: 'error' as const,
			...locate?.([...prefix, ...path], place ?? 'value'),
		})),
	);
}
