/**
 * Astro integration that builds the Pagefind search index after the site is
 * written, through Pagefind's Node API (as Starlight does): `createIndex` →
 * `addDirectory(dist)` → `writeFiles(dist/pagefind)`. Only pages with
 * `data-pagefind-body` (the account pages) are indexed; Pagefind also writes
 * its default UI (`pagefind-ui.js`, `pagefind-ui.css`) into the same folder,
 * so search needs no request to another host. `npm run dev` has no index: the
 * search page says so.
 */
import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/** Indexes the built site into `<outDir>/pagefind/`. */
export function keyplanPagefind(): AstroIntegration {
	return {
		name: 'keyplan-pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const started = performance.now();
				const fail = (what: string, errors: string[]) => {
					throw new Error(`Pagefind could not ${what}: ${errors.join('; ')}`);
				};
				try {
					const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
					if (!index) return fail('start', errors);
					const added = await index.addDirectory({ path: root });
					if (added.errors.length > 0) fail('index the site', added.errors);
					const written = await index.writeFiles({ outputPath: join(root, 'pagefind') });
					if (written.errors.length > 0) fail('write the index', written.errors);
					logger.info(`search index written to pagefind/ (${added.page_count} HTML files read, ${Math.round(performance.now() - started)} ms)`);
				} finally {
					await pagefind.close();
				}
			},
		},
	};
}
