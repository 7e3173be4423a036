/**
 * A problem found in content: a schema error, a broken reference, or (later)
 * a proactivity finding. Everything that reports on content — the build,
 * `npm run check`, the tests — speaks in this one shape and format.
 */
export type Severity = 'error' | 'warning' | 'info';

export interface Problem {
	/** Path of the file, relative to the project root, with forward slashes. */
	file: string;
	/** Field path inside the file, e.g. `actions[2].owner`; empty for the file as a whole. */
	path: string;
	/** What is wrong and, where obvious, how to fix it. */
	message: string;
	severity: Severity;
	/** Stable rule id for findings; absent for schema and reference errors. */
	rule?: string;
	/** 1-based line in the file, where the problem has a known place. */
	line?: number;
	/** 1-based column on that line. */
	column?: number;
}

/** Formats a field path array the way people read it: `actions[2].owner`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
	let out = '';
	for (const key of path) {
		if (typeof key === 'number') out += `[${key}]`;
		else out += out ? `.${String(key)}` : String(key);
	}
	return out;
}

/**
 * `content/accounts/acme/plan.mdx:42:14: actions[2].owner: unknown person "jdoe" (known: jane, omar, li)`:
 * the format editors and CI recognise; the line and column only where known.
 */
export function formatProblem(problem: Problem): string {
	const where = problem.line ? `${problem.file}:${problem.line}:${problem.column ?? 1}` : problem.file;
	return problem.path ? `${where}: ${problem.path}: ${problem.message}` : `${where}: ${problem.message}`;
}
