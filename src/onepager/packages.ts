/** Finding files and versions of installed npm packages (fonts, emoji images). */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** Absolute path of a file inside an installed package, e.g. `@fontsource/inter/files/x.woff`. */
export function packageFile(file: string): string {
	const parts = file.split('/');
	const nameParts = parts[0].startsWith('@') ? 2 : 1;
	const root = dirname(require.resolve(`${parts.slice(0, nameParts).join('/')}/package.json`));
	return join(root, ...parts.slice(nameParts));
}

/** Installed version of a package, from its package.json. */
export function packageVersion(name: string): string {
	const pkg = JSON.parse(readFileSync(packageFile(`${name}/package.json`), 'utf8')) as { version?: string };
	return pkg.version ?? 'unknown';
}
