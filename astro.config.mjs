// @ts-check
import { defineConfig } from 'astro/config';
import { keyplanBackground } from './src/integration/background.ts';
import { keyplanDecks } from './src/integration/decks.ts';
import { keyplanOnepagers } from './src/integration/onepagers.ts';
import { keyplanPagefind } from './src/integration/pagefind.ts';
import { keyplanValidate } from './src/integration/validate.ts';
import { keyplanWorkbook } from './src/integration/workbook.ts';
import { astroCacheDirOf, unusableCacheRoot } from './src/build/cache-root.ts';

// Astro's incremental build needs its cache folder: one that cannot be used is a one-line message, not a stack trace.
const cacheProblem = unusableCacheRoot(process.cwd());
if (cacheProblem && process.argv.includes('build')) {
	console.error(`keyplan: ${cacheProblem}`);
	process.exit(1);
}

export default defineConfig({
	// Internal site: served from wherever it is deployed; no absolute URLs needed.
	trailingSlash: 'ignore',
	// Plans are data, not code: their narratives are never compiled by Astro (no MDX integration,
	// no content collections); src/site/narrative.ts renders them from an allow-list.
	// When the pages are written: the one-pagers finish first and stop their workers; the search index is
	// built in the background while the decks (which read the one-pagers from the image cache) are written;
	// keyplanBackground, last, waits for the index.
	integrations: [keyplanValidate(), keyplanOnepagers(), keyplanPagefind(), keyplanDecks(), keyplanWorkbook(), keyplanBackground()],
	devToolbar: { enabled: false },
	// Astro's own cache beside Keyplan's (emptied with it), one per project folder: the incremental build below keeps a copy of each page there.
	cacheDir: astroCacheDirOf(process.cwd()),
	// A rebuild renders an account page again only when what it shows changed (its cacheKey, src/site/page-keys.ts)
	// or its code did; the others are copied from the last build. At 1,000 accounts that is most of a rebuild's pages.
	// `contentIntellisense` stays off: with it on and no Astro content collection, Astro would write an empty
	// .astro/collections/collections.json over the one Keyplan writes for the editor (src/editor/schemas.ts).
	experimental: { incrementalBuild: true },
	// Scoped styles as a class (`astro-xxxx`, same specificity as the default attribute) and every
	// stylesheet as a file: at 1,000 accounts the default data-astro-cid attributes and inlined styles
	// were a third of each account page, written, indexed by Pagefind and downloaded on every visit.
	scopedStyleStrategy: 'class',
	// Four pages rendered at once: while one waits for its file to be written (or its image), the next renders.
	// With one at a time the main thread sat idle a third of the time (1,000 accounts, measured with --cpu-prof).
	build: { inlineStylesheets: 'never', concurrency: 4 },
	// Narratives are rendered by src/site/narrative.ts; nothing uses Astro's Markdown (nor Shiki's inline styles).
	markdown: { syntaxHighlight: false },
	// Defence in depth for an internal site: every page carries a Content-Security-Policy <meta>.
	// Scripts only from the site itself (Astro hashes its bundled inline modules), Pagefind's
	// WebAssembly allowed; no other host for anything. Style attributes (chart widths) need
	// 'unsafe-inline' styles; narratives cannot carry styles at all (src/schema/narrative-rules.ts).
	security: {
		csp: {
			directives: [
				"default-src 'self'",
				"img-src 'self' data:",
				"font-src 'self'",
				"connect-src 'self'",
				"object-src 'none'",
				"base-uri 'none'",
				"form-action 'self'",
				"frame-src 'none'",
				"worker-src 'self'",
			],
			scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
			styleDirective: { resources: ["'self'", "'unsafe-inline'"] },
		},
	},
});
