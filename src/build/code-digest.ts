/**
 * Digests of code, for cache keys that must change when the code that makes
 * a cached file changes: the sources of a folder, and the installed versions
 * of the packages it uses.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** Installed version of a package (found from its entry point; not every package exports its package.json). */
export function versionOf(name: string): string {
	for (let dir = dirname(require.resolve(name)); dir !== dirname(dir); dir = dirname(dir)) {
		const file = join(dir, 'package.json');
		if (!existsSync(file)) continue;
		const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
		if (pkg.name === name) return pkg.version ?? 'unknown';
	}
	return 'unknown';
}

/** SHA-256 over the TypeScript sources under `dir` (names and contents, in name order), so any change to them changes it. */
export function sourceDigest(dir: string): string {
	const hash = createHash('sha256');
	const files = (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts')).sort();
	for (const file of files) hash.update(file).update('\0').update(readFileSync(join(dir, file)));
	return hash.digest('hex');
}
