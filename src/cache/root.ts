/**
 * Where Keyplan's caches live: one root for the content cache, the one-pager
 * images and the decks, each in a folder of its own. `KEYPLAN_CACHE_DIR`
 * moves the root (benchmarks, a CI cache); by default it is the project's
 * `node_modules/.cache`, which survives builds and is ignored by git.
 */
import { join, resolve } from 'node:path';

/** The cache root of the project at `root`: `KEYPLAN_CACHE_DIR` when set, else `node_modules/.cache`. */
export function cacheRootOf(root: string, env: NodeJS.ProcessEnv = process.env): string {
	return env.KEYPLAN_CACHE_DIR ? resolve(env.KEYPLAN_CACHE_DIR) : join(root, 'node_modules', '.cache');
}

/** The folder `name` (e.g. `keyplan-decks`) under the cache root of the project at `root`. */
export function cacheDirUnder(root: string, name: string, env: NodeJS.ProcessEnv = process.env): string {
	return join(cacheRootOf(root, env), name);
}
