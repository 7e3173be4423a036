/**
 * Keeps `npm run onepagers` and `npm run deck` from overwriting files they
 * did not write. A manifest in the output folder records the hash of every
 * image or deck written there; an existing file is replaced only when it is still exactly what
 * Keyplan wrote. Anything else (a user's own file, an image someone edited,
 * a folder or link in the way) is reported and nothing is written. A manifest
 * that cannot be read stops the command: guessing could overwrite user files.
 */
import { accessSync, constants, lstatSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { fileDigest } from '../build/sealed.ts';
import { CommandError, UsageError } from './command-line.ts';

/** Name of the manifest file in the output folder. */
export const MANIFEST = '.keyplan-onepagers.json';

type Manifest = Record<string, string>;

/** `path` as the user would write it: relative to the working folder when inside it. */
export function shownPath(path: string): string {
	const rel = relative(process.cwd(), path);
	return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

const isManifest = (data: unknown): data is Manifest =>
	typeof data === 'object' && data !== null && !Array.isArray(data) && Object.values(data).every((v) => typeof v === 'string' && /^[0-9a-f]{64}$/.test(v));

function readManifest(outDir: string): Manifest {
	const path = join(outDir, MANIFEST);
	const stats = lstatSync(path, { throwIfNoEntry: false });
	if (!stats) return {};
	const fix =
		'Nothing was written. If you did not change it on purpose, delete it and run again (Keyplan then treats every file ' +
		'already in the folder as yours and overwrites none of them), or choose another --out folder.';
	if (!stats.isFile()) throw new CommandError(`${shownPath(path)}: is not a file, so it cannot be Keyplan's record of the files it wrote (images, decks). ${fix}`);
	let data: unknown;
	try {
		data = JSON.parse(readFileSync(path, 'utf8'));
	} catch (error) {
		throw new CommandError(`${shownPath(path)}: Keyplan's record of the files it wrote (images, decks) is corrupt (${(error as Error).message}). ${fix}`);
	}
	if (!isManifest(data)) throw new CommandError(`${shownPath(path)}: is not Keyplan's record of the files it wrote (file paths with SHA-256 hashes). ${fix}`);
	return data;
}

/**
 * Makes sure `outDir` is a folder this user can write to, creating it when
 * missing; a `UsageError` naming the `--out` value and what to do otherwise.
 */
export function prepareOutDir(outDir: string): void {
	const name = `--out ${shownPath(outDir)}`;
	let stats;
	try {
		stats = statSync(outDir, { throwIfNoEntry: false });
	} catch {
		throw new UsageError(`${name}: part of that path is a file, not a folder: choose a folder (it is created if missing)`);
	}
	if (stats && !stats.isDirectory()) throw new UsageError(`${name}: is a file, not a folder: choose a folder (it is created if missing)`);
	try {
		if (!stats) mkdirSync(outDir, { recursive: true });
		accessSync(outDir, constants.W_OK);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		const why = code === 'EROFS' ? 'is on a read-only file system' : code === 'ENOTDIR' ? 'is inside a file, not a folder' : 'is not writable';
		throw new UsageError(`${name}: the folder ${why}: choose a folder you can write to${code === 'EACCES' ? ', or change its permissions' : ''}`);
	}
}

/** True when something that Keyplan did not write (or that was changed since) is at `path`. */
function inTheWay(path: string, expected: string | undefined): boolean {
	try {
		const stats = lstatSync(path, { throwIfNoEntry: false });
		if (!stats) return false;
		// Never write through a link or over a folder, whatever the manifest says.
		return !stats.isFile() || expected !== fileDigest(path);
	} catch {
		return true;
	}
}

/** Paths (relative to `outDir`) that exist but were not written by Keyplan, or were changed since. */
export function foreignFiles(outDir: string, paths: readonly string[]): string[] {
	const manifest = readManifest(outDir);
	return paths.filter((rel) => inTheWay(join(outDir, rel), Object.hasOwn(manifest, rel) ? manifest[rel] : undefined));
}

/** Records the files just written, so that the next run may replace them. */
export function recordWritten(outDir: string, paths: readonly string[]): void {
	const manifest = readManifest(outDir);
	for (const rel of paths) manifest[rel] = fileDigest(join(outDir, rel));
	const sorted = Object.fromEntries(Object.entries(manifest).sort(([a], [b]) => a.localeCompare(b)));
	writeFileSync(join(outDir, MANIFEST), `${JSON.stringify(sorted, null, 2)}\n`);
}
