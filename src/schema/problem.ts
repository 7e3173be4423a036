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

/** `content/accounts/acme/plan.mdx: actions[2].owner: unknown person "jdoe" (known: jane, omar, li)` */
export function formatProblem(problem: Problem): string {
	return problem.path ? `${problem.file}: ${problem.path}: ${problem.message}` : `${problem.file}: ${problem.message}`;
}
