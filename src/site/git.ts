/**
 * When each content file last changed, from the one `git log` the history
 * reads (`history/log.ts`), so a page never spawns a process of its own.
 */
import { resolve } from 'node:path';
import { contentLog } from '../history/log.ts';
import { shared } from '../build/process-store.ts';

/** Every file under `content/` with the date (`YYYY-MM-DD`) of its last commit; empty outside a checkout. */
export function lastCommitDates(cwd: string = process.cwd()): ReadonlyMap<string, string> {
	const root = resolve(cwd);
	return shared(`last-commit-dates:${root}`, () => {
		const found = new Map<string, string>();
		// Newest first: the first date seen for a file is its last change.
		for (const { date, files } of contentLog(root).commits) for (const file of files) if (!found.has(file)) found.set(file, date);
		return found;
	});
}

/** `YYYY-MM-DD` of the last commit that touched `file` (relative to `cwd`), or undefined when it has none. */
export function lastCommitDate(file: string, cwd: string = process.cwd()): string | undefined {
	return lastCommitDates(cwd).get(file);
}
