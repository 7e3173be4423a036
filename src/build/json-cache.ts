/**
 * JSON cache files shared by the caches that keep one file of entries (parsed
 * plans, places of findings, judged history): read as empty when missing,
 * written atomically, and never an error — a cache that cannot be read or
 * written is simply not used. What is read is checked before it is served:
 * a file that is no JSON (cut short) or an entry of the wrong shape is
 * dropped, counted and named in the log, and made again.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';

/** The parsed content of a JSON cache file; `undefined` when it is missing or unreadable. */
export function readJsonFile<T>(file: string): T | undefined {
	try {
		return JSON.parse(readFileSync(file, 'utf8')) as T;
	} catch {
		return undefined;
	}
}

/** The entries of a cache file that pass `valid`, and how many did not (a file that is not JSON counts as one). */
export interface CheckedEntries<T> {
	entries: Record<string, T>;
	damaged: number;
}

/** True for a plain object (not an array, not null). */
export function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads the entries of a cache file (`{ key: entry }`), keeping those that pass `valid`. */
export function readCheckedEntries<T>(file: string, valid: (entry: unknown) => entry is T, pick: (data: unknown) => unknown = (data) => data): CheckedEntries<T> {
	let text: string;
	try {
		text = readFileSync(file, 'utf8');
	} catch {
		return { entries: {}, damaged: 0 }; // missing, or not readable: no cache, nothing damaged
	}
	let stored: unknown;
	try {
		stored = pick(JSON.parse(text));
	} catch {
		return { entries: {}, damaged: 1 };
	}
	if (!isRecord(stored)) return { entries: {}, damaged: 1 };
	const entries: Record<string, T> = {};
	let damaged = 0;
	for (const [key, entry] of Object.entries(stored)) {
		if (valid(entry)) entries[key] = entry;
		else damaged++;
	}
	return { entries, damaged };
}

/** Says on stderr that `count` entries of the cache `label` in `file` were damaged and are made again. */
export function reportDamaged(label: string, count: number, file: string, remedy: string): void {
	if (count === 0) return;
	const where = relative(process.cwd(), file) || file;
	console.warn(`${label}: ${count} cache ${count === 1 ? 'entry' : 'entries'} damaged in ${where}, ${remedy}`);
}

/** Writes a JSON cache file atomically (a temp file renamed); false when the disk refuses. */
export function writeJsonFile(file: string, data: unknown): boolean {
	try {
		mkdirSync(dirname(file), { recursive: true });
		const tmp = `${file}.${process.pid}.tmp`;
		writeFileSync(tmp, JSON.stringify(data));
		renameSync(tmp, file);
		return true;
	} catch {
		return false;
	}
}
