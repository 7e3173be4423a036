/**
 * JSON cache files shared by the caches that keep one file of entries (parsed
 * plans, places of findings, judged history): read as empty when missing or
 * unreadable, written atomically, and never an error — a cache that cannot be
 * read or written is simply not used.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** The parsed content of a JSON cache file; `undefined` when it is missing or unreadable. */
export function readJsonFile<T>(file: string): T | undefined {
	try {
		return JSON.parse(readFileSync(file, 'utf8')) as T;
	} catch {
		return undefined;
	}
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
