/** The date of a file's last commit, read from git at build time. */
import { execFileSync } from 'node:child_process';

const cache = new Map<string, string | undefined>();

/**
 * `YYYY-MM-DD` of the last commit that touched `file` (relative to `cwd`), or
 * undefined when git is missing, this is not a checkout, or the file is not
 * committed yet.
 */
export function lastCommitDate(file: string, cwd: string = process.cwd()): string | undefined {
	const key = `${cwd}\0${file}`;
	if (cache.has(key)) return cache.get(key);
	let date: string | undefined;
	try {
		const out = execFileSync('git', ['log', '-1', '--format=%cs', '--', file], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 10_000 }).trim();
		date = /^\d{4}-\d{2}-\d{2}$/.test(out) ? out : undefined;
	} catch {
		date = undefined;
	}
	cache.set(key, date);
	return date;
}
