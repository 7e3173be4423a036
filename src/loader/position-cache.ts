/**
 * Places of findings, remembered between runs. Finding a field's line means
 * indexing the file's YAML again (`positions.ts`), which is as much work as
 * parsing it: at 1,000 plans with findings, a warm `npm run check` would
 * parse every plan again just to put its findings on their lines. This cache
 * keeps, per file content, the place of every field path asked for; a file
 * is indexed only when it changed or a finding asks for a new path. It lives
 * beside the parse cache (`keyplan-content/positions-<code version>.json`),
 * keeps only what the last run used, and is not used when it cannot be read
 * or written.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { isRecord, readCheckedEntries, reportDamaged, writeJsonFile } from '../build/json-cache.ts';
import { codeDigest, contentCacheDir } from './parse-cache.ts';
import type { FieldLocator, Place, Position } from './positions.ts';

/** Places by file content, for one run. */
export interface PositionCache {
	/** A locator for `text` that answers from the cache and indexes the text (with `index`) only on a miss. */
	locator(text: string, index: (text: string) => FieldLocator): FieldLocator;
	/** Writes the places this run used (when anything was new). */
	save(): void;
}

type Places = Record<string, [number, number]>;

const isPlace = (p: unknown) => Array.isArray(p) && p.length === 2 && Number.isInteger(p[0]) && Number.isInteger(p[1]);

/** True for a file's places as stored: line and column pairs by field. */
function isPlaces(entry: unknown): entry is Places {
	return isRecord(entry) && Object.values(entry).every(isPlace);
}

/** A cache that remembers nothing: every locator indexes its text. */
export const NO_POSITION_CACHE: PositionCache = { locator: (text, index) => index(text), save: () => {} };

const pathKey = (path: string | ReadonlyArray<PropertyKey>, place: Place | undefined) => `${place ?? 'value'}\u0000${typeof path === 'string' ? path : path.map(String).join('\u0001')}`;

/** Opens the position cache of the project at `root`; `KEYPLAN_NO_CACHE=1` turns it off. */
export function openPositionCache(root: string, env: NodeJS.ProcessEnv = process.env): PositionCache {
	const version = env.KEYPLAN_NO_CACHE ? undefined : codeDigest(root);
	if (!version) return NO_POSITION_CACHE;
	const file = join(contentCacheDir(root, env), `positions-${version}.json`);
	const { entries: old, damaged } = readCheckedEntries(file, isPlaces);
	reportDamaged('content cache', damaged, file, 'placed again');
	const used: Record<string, Places> = {};
	let changed = false;
	return {
		locator(text, index) {
			const key = createHash('sha256').update(text).digest('base64url').slice(0, 27);
			const places: Places = (used[key] ??= { ...old[key] });
			let located: FieldLocator | undefined;
			return (path, place) => {
				const at = pathKey(path, place);
				const known = places[at];
				if (known) return { line: known[0], column: known[1] };
				located ??= index(text);
				const found: Position = located(path, place);
				places[at] = [found.line, found.column];
				changed = true;
				return found;
			};
		},
		save() {
			// A read-only or full disk: the next run indexes again.
			if (changed || Object.keys(used).length !== Object.keys(old).length) writeJsonFile(file, used);
		},
	};
}
