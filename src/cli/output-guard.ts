/**
 * Keeps `npm run onepagers` from overwriting files it did not write. A
 * manifest in the output folder records the hash of every image written
 * there; an existing file is replaced only when it is still exactly what
 * Keyplan wrote. Anything else (a user's own file, or an image someone
 * edited) is reported and nothing is written.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Name of the manifest file in the output folder. */
export const MANIFEST = '.keyplan-onepagers.json';

type Manifest = Record<string, string>;

const hashOf = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

function readManifest(outDir: string): Manifest {
	const path = join(outDir, MANIFEST);
	if (!existsSync(path)) return {};
	try {
		return JSON.parse(readFileSync(path, 'utf8')) as Manifest;
	} catch {
		return {};
	}
}

/** Paths (relative to `outDir`) that exist but were not written by Keyplan, or were changed since. */
export function foreignFiles(outDir: string, paths: readonly string[]): string[] {
	const manifest = readManifest(outDir);
	return paths.filter((rel) => {
		const path = join(outDir, rel);
		return existsSync(path) && manifest[rel] !== hashOf(path);
	});
}

/** Records the files just written, so that the next run may replace them. */
export function recordWritten(outDir: string, paths: readonly string[]): void {
	const manifest = readManifest(outDir);
	for (const rel of paths) manifest[rel] = hashOf(join(outDir, rel));
	const sorted = Object.fromEntries(Object.entries(manifest).sort(([a], [b]) => a.localeCompare(b)));
	writeFileSync(join(outDir, MANIFEST), `${JSON.stringify(sorted, null, 2)}\n`);
}
