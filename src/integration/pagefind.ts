/**
 * Astro integration that builds the Pagefind search index through Pagefind's
 * Node API: `createIndex` → `addHTMLFile` for each account page (the pages
 * with a `data-pagefind-body`) → `writeFiles(dist/pagefind)`. Under `astro
 * build` a middleware (`search-middleware.ts`) feeds each account page to the
 * index as it is rendered (`search-feed.ts`); when the site is written, the
 * pages it did not see are read from `dist/`, and the index is finished in
 * the background (`background.ts`) while the decks are written. Pages go
 * through `pageForSearch` first (`search-page.ts`), because Pagefind joins
 * adjacent inline elements ("Katrin Hoff" + "Chief Operating Officer" →
 * "HoffChief"), and need not read what it ignores. Pagefind also writes its
 * default UI (`pagefind-ui.js`, `pagefind-ui.css`) into the same folder, so
 * search needs no request to another host. `npm run dev` has no index: the
 * search page says so.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { loadedProject } from '../loader/project.ts';
import { inBackground } from './background.ts';
import { builtFileOf } from './search-feed.ts';
import { endFeed, runningFeed, startFeed } from './search-thread.ts';

/**
 * Indexes the account pages into `<outDir>/pagefind/`, fed while they render
 * and finished in the background once the site is written: the integrations
 * after this one (the decks) work meanwhile, and the build waits for the
 * index at its end.
 */
export function keyplanPagefind(): AstroIntegration {
	let root = process.cwd();
	return {
		name: 'keyplan-pagefind',
		hooks: {
			'astro:config:setup': ({ command, addMiddleware }) => {
				if (command === 'build')
					addMiddleware({
						entrypoint: new URL('./search-middleware.ts', import.meta.url),
						order: 'post',
					});
			},
			'astro:config:done': ({ config }) => {
				root = fileURLToPath(config.root);
			},
			'astro:build:start': () => {
				// The account pages the build renders, as built files: the feed sends them to Pagefind in path order.
				startFeed(loadedProject(root).portfolio.accounts.map((account) => builtFileOf(`/accounts/${account.slug}/`)));
			},
			'astro:build:done': ({ dir, logger }) => {
				const started = performance.now();
				const feed = runningFeed() ?? startFeed([]);
				endFeed();
				inBackground(
					feed
						.finish(fileURLToPath(dir))
						.then(({ pages, whileRendering }) =>
							logger.info(
								`search index written to pagefind/ (${pages} pages indexed, ${whileRendering} of them while rendering; ${Math.round(performance.now() - started)} ms after the site was written)`,
							),
						),
				);
			},
		},
	};
}
