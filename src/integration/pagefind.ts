/**
 * Astro integration that builds the Pagefind search index after the site is
 * written (in the background, while the decks are written), through
 * Pagefind's Node API: `createIndex` → `addHTMLFile` for each built page with
 * a `data-pagefind-body` → `writeFiles(dist/pagefind)`. Pages are passed
 * through `spacedForSearch` first, because Pagefind joins adjacent inline elements
 * ("Katrin Hoff" + "Chief Operating Officer" → "HoffChief"). Only pages with
 * `data-pagefind-body` (the account pages) are indexed; Pagefind also writes
 * its default UI (`pagefind-ui.js`, `pagefind-ui.css`) into the same folder,
 * so search needs no request to another host. `npm run dev` has no index: the
 * search page says so.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { inBackground } from './background.ts';

/** How many pages are handed to Pagefind before the first answer is awaited (the decks yield between pictures, so it is fed while they are written). */
const PAGES_IN_FLIGHT = 8;

/** Every built HTML page under `dir`, as paths relative to `root` (the index's own folder left out). */
function htmlFiles(root: string, dir = root): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return entry.name === 'pagefind' ? [] : htmlFiles(root, path);
		return entry.name.endsWith('.html') ? [relative(root, path).split(sep).join('/')] : [];
	});
}

/**
 * The page as Pagefind should read it: a space between adjacent tags, so
 * that text in neighbouring elements stays separate words in excerpts.
 * Only the index sees this; the served page is unchanged.
 */
export function spacedForSearch(html: string): string {
	// Odd parts of the split are <script>/<style> elements, kept byte for byte.
	return html
		.split(/(<(script|style)\b[\s\S]*?<\/\2>)/i)
		.map((part, i) => (i % 3 === 0 ? part.replace(/>(?=<)/g, '> ') : i % 3 === 1 ? part : ''))
		.join('');
}

/** Indexes the built site at `root` into `root/pagefind/`; returns how many pages it indexed. */
async function indexSite(root: string): Promise<number> {
	const fail = (what: string, errors: string[]) => {
		throw new Error(`Pagefind could not ${what}: ${errors.join('; ')}`);
	};
	try {
		const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
		if (!index) return fail('start', errors);
		const added = { page_count: 0, errors: [] as string[] };
		// A few pages in flight at once: Pagefind's binary parses one while Node reads and sends the next. Pagefind
		// numbers pages in the order they are sent, so they are sent in path order: the same index, byte for byte,
		// on every machine (a folder's listing order is the file system's).
		const inFlight = new Set<Promise<void>>();
		for (const sourcePath of htmlFiles(root).sort()) {
			const html = readFileSync(join(root, sourcePath), 'utf8');
			// Pagefind would read and then skip every page without a body to index: not sent at all.
			if (!html.includes('data-pagefind-body')) continue;
			const sent: Promise<void> = index.addHTMLFile({ sourcePath, content: spacedForSearch(html) }).then((result) => {
				added.errors.push(...result.errors);
				added.page_count++;
				inFlight.delete(sent);
			});
			inFlight.add(sent);
			if (inFlight.size >= PAGES_IN_FLIGHT) await Promise.race(inFlight);
		}
		await Promise.all(inFlight);
		if (added.errors.length > 0) fail('index the site', added.errors);
		const written = await index.writeFiles({ outputPath: join(root, 'pagefind') });
		if (written.errors.length > 0) fail('write the index', written.errors);
		return added.page_count;
	} finally {
		await pagefind.close();
	}
}

/**
 * Indexes the built site into `<outDir>/pagefind/`, in the background
 * (`background.ts`): Pagefind's indexer is a process of its own, so the
 * integrations after this one (the decks) work meanwhile, and the build
 * waits for the index at its end.
 */
export function keyplanPagefind(): AstroIntegration {
	return {
		name: 'keyplan-pagefind',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const started = performance.now();
				inBackground(indexSite(fileURLToPath(dir)).then((pages) => logger.info(`search index written to pagefind/ (${pages} pages indexed, ${Math.round(performance.now() - started)} ms)`)));
			},
		},
	};
}
