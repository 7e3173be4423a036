/**
 * A cache of parsed and validated plan files, keyed by each file's path and
 * content, so that `npm run check` and a rebuild read only what changed: at
 * a thousand plans, parsing YAML, checking the schema and the narrative is
 * most of the work. Cross-file checks still run every time. The cache lives in
 * `node_modules/.cache/keyplan-content` (or under `KEYPLAN_CACHE_DIR`), is
 * one JSON file per version of the parsing code, and keeps only the entries
 * the last load used, so it does not grow. A cache that cannot be read or
 * written is simply not used.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheDirUnder, unusableCacheRoot } from '../build/cache-root.ts';
import { versionOf } from '../build/code-digest.ts';
import { isRecord, readCheckedEntries, reportDamaged, writeJsonFile } from '../build/json-cache.ts';
import type { Problem } from '../schema/problem.ts';

/** What one file gave: its problems (schema and narrative) and its data. */
export interface CachedFile {
	problems: Problem[];
	data: unknown;
	/** True when the data is the whole file's (it passed the schema and the narrative check). */
	whole: boolean;
}

/** Parsed files by key, for one load. */
export interface ParseCache {
	/** The key of a file's content: its path and bytes (hashed as read, not encoded again from the text). */
	keyOf(file: string, bytes: Uint8Array): string;
	get(key: string): CachedFile | undefined;
	set(key: string, entry: CachedFile): void;
	/** Writes the entries used by this load (when anything changed). */
	save(): void;
}

const SEVERITIES = new Set(['error', 'warning', 'info']);
const optionalNumber = (v: unknown) => v === undefined || typeof v === 'number';

/** True for a problem as the cache stores it. */
function isProblem(p: unknown): boolean {
	return (
		isRecord(p) && typeof p.file === 'string' && typeof p.path === 'string' && typeof p.message === 'string' && SEVERITIES.has(p.severity as string) && optionalNumber(p.line) && optionalNumber(p.column)
	);
}

/** True for an entry of the shape `CachedFile`: what `get` serves is checked, never trusted. */
function isCachedFile(entry: unknown): entry is CachedFile {
	return isRecord(entry) && Array.isArray(entry.problems) && entry.problems.every(isProblem) && typeof entry.whole === 'boolean' && 'data' in entry;
}

const warned = new Set<string>();
/** A warning said once per process (the loader may open the cache several times in one run). */
function warnOnce(message: string): void {
	if (!warned.has(message)) console.warn(message);
	warned.add(message);
}

const NO_CACHE: ParseCache = { keyOf: () => '', get: () => undefined, set: () => {}, save: () => {} };

let digest: string | undefined | null;

/** A digest of the code that turns a file into data and problems: schemas, loader, and the parsers' versions (`root`: the project, for callers' symmetry with the caches they open). */
export function codeDigest(_root: string): string | undefined {
	if (digest !== undefined) return digest ?? undefined;
	try {
		const src = dirname(dirname(fileURLToPath(import.meta.url)));
		const hash = createHash('sha256');
		for (const folder of ['schema', 'loader']) {
			for (const name of readdirSync(join(src, folder)).filter((n) => n.endsWith('.ts')).sort()) {
				hash.update(`${folder}/${name}\0`).update(readFileSync(join(src, folder, name)));
			}
		}
		for (const pkg of ['zod', 'js-yaml', 'yaml', 'satteri']) hash.update(`${pkg}\0${versionOf(pkg)}`);
		digest = hash.digest('hex').slice(0, 16);
	} catch {
		digest = null; // bundled, or the sources are not where they should be: no cache
	}
	return digest ?? undefined;
}

/** The folder of the content cache for a project. */
export function contentCacheDir(root: string, env: NodeJS.ProcessEnv = process.env): string {
	return cacheDirUnder(root, 'keyplan-content', env);
}

/** Opens the cache of the project at `root` for one load; `KEYPLAN_NO_CACHE=1` turns it off. */
export function openParseCache(root: string, env: NodeJS.ProcessEnv = process.env): ParseCache {
	const version = env.KEYPLAN_NO_CACHE ? undefined : codeDigest(root);
	if (!version) return NO_CACHE;
	// Said when the folder was asked for: a read-only checkout without KEYPLAN_CACHE_DIR simply goes without, as it always has.
	const unusable = env.KEYPLAN_CACHE_DIR ? unusableCacheRoot(root, env) : undefined;
	if (unusable) {
		warnOnce(`content cache: ${unusable}; going on without a cache`);
		return NO_CACHE;
	}
	const dir = contentCacheDir(root, env);
	const file = join(dir, `${version}.json`);
	const { entries: old, damaged } = readCheckedEntries(file, isCachedFile);
	reportDamaged('content cache', damaged, file, 'read again from the plans');
	const used: Record<string, CachedFile> = {};
	let changed = false;
	return {
		keyOf: (path, bytes) => createHash('sha256').update(path).update('\0').update(bytes).digest('base64url').slice(0, 27),
		get(key) {
			const entry = old[key];
			if (entry) used[key] = entry;
			return entry;
		},
		set(key, entry) {
			used[key] = entry;
			changed = true;
		},
		save() {
			if (!changed && Object.keys(used).length === Object.keys(old).length) return;
			if (writeJsonFile(file, used)) {
				// Caches of older versions of the code (parsed files, positions) are of no more use.
				for (const name of readdirSync(dir)) if (name.endsWith('.json') && !name.endsWith(`${version}.json`)) rmSync(join(dir, name), { force: true });
			}
		},
	};
}

/**
 * A parse cache kept in memory between loads of one long-running process
 * (`check --watch`): the first load reads the cache on disk, later ones find
 * every unchanged file in memory, so a save re-parses only the saved file.
 * It keeps the entries of the last load only. `save` keeps them in memory;
 * `flush` writes the cache on disk (some 10 MB at 1,000 plans: done after
 * the report is out, so that nobody waits for it).
 */
export function memoryParseCache(root: string, env: NodeJS.ProcessEnv = process.env): ParseCache & { flush(): void } {
	const disk = openParseCache(root, env);
	let last = new Map<string, CachedFile>();
	let current = new Map<string, CachedFile>();
	return {
		keyOf: disk.keyOf,
		get(key) {
			const entry = current.get(key) ?? last.get(key) ?? disk.get(key);
			if (entry) current.set(key, entry);
			return entry;
		},
		set(key, entry) {
			current.set(key, entry);
		},
		save() {
			[last, current] = [current, new Map()];
		},
		flush() {
			for (const [key, entry] of last) disk.set(key, entry);
			disk.save();
		},
	};
}
