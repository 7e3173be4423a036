/**
 * Where Keyplan's caches live: one root for the content cache, the one-pager
 * images and the decks, each in a folder of its own. `KEYPLAN_CACHE_DIR`
 * moves the root (benchmarks, a CI cache); by default it is the project's
 * `node_modules/.cache`, which survives builds and is ignored by git.
 */
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';

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
