/**
 * Where Keyplan's caches live: one root for the content cache, the one-pager
 * images and the decks, each in a folder of its own. `KEYPLAN_CACHE_DIR`
 * moves the root (benchmarks, a CI cache); by default it is the project's
 * `node_modules/.cache`, which survives builds and is ignored by git.
 */
import { createHash } from 'node:crypto';
import { accessSync, constants, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** The cache root of the project at `root`: `KEYPLAN_CACHE_DIR` when set, else `node_modules/.cache`. */
export function cacheRootOf(root: string, env: NodeJS.ProcessEnv = process.env): string {
	return env.KEYPLAN_CACHE_DIR ? resolve(env.KEYPLAN_CACHE_DIR) : join(root, 'node_modules', '.cache');
}

/** The folder `name` (e.g. `keyplan-decks`) under the cache root of the project at `root`. */
export function cacheDirUnder(root: string, name: string, env: NodeJS.ProcessEnv = process.env): string {
	return join(cacheRootOf(root, env), name);
}

/**
 * Astro's cache folder for the project at `root` (its incremental build keeps a copy of every page there): one per
 * project folder under the cache root, because projects that share `node_modules` (the tests' sandboxes link
 * the repository's) share the cache root, and may build at the same time.
 */
export function astroCacheDirOf(root: string, env: NodeJS.ProcessEnv = process.env): string {
	return join(cacheRootOf(root, env), 'astro', createHash('sha256').update(resolve(root)).digest('hex').slice(0, 12));
}

/**
 * Why the cache root of the project at `root` cannot be used (it or a folder
 * above it is a file, or it cannot be written), as one line naming the folder
 * and `KEYPLAN_CACHE_DIR`; `undefined` when it can. Nothing is created: the
 * nearest existing folder on the way is what is checked.
 */
export function unusableCacheRoot(root: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
	const dir = cacheRootOf(root, env);
	let at = dir;
	let reason: string | undefined;
	for (;;) {
		const stat = statSync(at, { throwIfNoEntry: false });
		if (stat) {
			if (!stat.isDirectory()) reason = at === dir ? 'it is a file, not a folder' : `${at} is a file, not a folder`;
			else if (!writable(at)) reason = at === dir ? 'it cannot be written' : `${at} cannot be written`;
			break;
		}
		const up = dirname(at);
		if (up === at) break;
		at = up;
	}
	if (!reason) return undefined;
	const fix = env.KEYPLAN_CACHE_DIR ? 'point KEYPLAN_CACHE_DIR at a folder Keyplan can write, or unset it' : 'set KEYPLAN_CACHE_DIR to a folder Keyplan can write';
	return `the cache folder ${dir} cannot be used (${reason}): ${fix}`;
}

function writable(dir: string): boolean {
	try {
		accessSync(dir, constants.W_OK);
		return true;
	} catch {
		return false;
	}
}
