/**
 * The search index, fed while Astro renders the pages. Pagefind's indexer is
 * a process of its own, working on one core: fed from the middleware as each
 * account page is rendered, it indexes beside the rendering instead of after
 * it (at 1,000 accounts, 7 s that no longer follow the build).
 *
 * Pagefind numbers pages in the order they are sent, and the index must be
 * the same, byte for byte, however the pages were rendered: so pages are sent
 * in path order only, each one once every page before it is sent. A page
 * that comes early waits, a bounded number of them; past that bound (or for
 * a page Astro copied from the last build, which is never rendered here) the
 * feed stops, and `finish` reads the rest from the built site, as a build
 * without the feed would. If the pages sent are not the first pages of the
 * built site that have a search body, the index is made again from the built
 * site alone.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { pageForSearch } from './search-page.ts';

/** Pages sent to Pagefind and not yet answered before the next one waits (the middleware's back-pressure). */
const PAGES_IN_FLIGHT = 8;

/** Pages rendered ahead of their turn that are kept; beyond that the feed stops and the built site supplies the rest. */
const PAGES_WAITING = 32;

/** Marks a page that is an account page's path but has nothing to index. */
const NOTHING = '';

/** Every built HTML page under `dir`, as paths relative to `root` (the index's own folder left out). */
function htmlFiles(root: string, dir = root): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return entry.name === 'pagefind' ? [] : htmlFiles(root, path);
		return entry.name.endsWith('.html') ? [relative(root, path).split(sep).join('/')] : [];
	});
}

/** The built file of a page's URL path: `/accounts/acme/` → `accounts/acme/index.html`. */
export function builtFileOf(pathname: string): string {
	const trimmed = pathname.replace(/^\/+|\/+$/g, '');
	return trimmed ? `${trimmed}/index.html` : 'index.html';
}

/** Pages sent to one Pagefind index, in order, with the errors it reported. */
class Sender {
	readonly sent: string[] = [];
	readonly errors: string[] = [];
	readonly #index: Promise<pagefind.PagefindIndex>;
	readonly #inFlight = new Set<Promise<void>>();

	constructor() {
		this.#index = pagefind.createIndex({ forceLanguage: 'en' }).then(({ index, errors }) => {
			if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
			return index;
		});
		// Reported by `finish`, not as an unhandled rejection now.
		this.#index.catch(() => undefined);
	}

	/** Sends a page (calls keep their order); resolves when few enough pages are in flight. */
	async send(sourcePath: string, content: string): Promise<void> {
		this.sent.push(sourcePath);
		const answered: Promise<void> = this.#index
			.then((index) => index.addHTMLFile({ sourcePath, content }))
			.then(
				(result) => void this.errors.push(...result.errors),
				(error: unknown) => void this.errors.push(error instanceof Error ? error.message : String(error)),
			)
			.finally(() => this.#inFlight.delete(answered));
		this.#inFlight.add(answered);
		while (this.#inFlight.size >= PAGES_IN_FLIGHT) await Promise.race(this.#inFlight);
	}

	/** Waits for every answer, then writes the index into `outputPath`. */
	async write(outputPath: string): Promise<void> {
		await Promise.all(this.#inFlight);
		if (this.errors.length > 0) throw new Error(`Pagefind could not index the site: ${this.errors.join('; ')}`);
		const written = await (await this.#index).writeFiles({ outputPath });
		if (written.errors.length > 0) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
	}
}

/** The search index of one build, fed during rendering and finished from the built site. */
export class SearchFeed {
	/** Account pages in the order they are sent (path order), each with its turn. */
	readonly #order: string[];
	readonly #turn: Map<string, number>;
	#next = 0;
	readonly #waiting = new Map<string, string>();
	#stopped = false;
	#sender = new Sender();

	/** A feed expecting these built files (e.g. `accounts/acme/index.html`), in any order. */
	constructor(expected: readonly string[]) {
		this.#order = [...expected].sort();
		this.#turn = new Map(this.#order.map((path, i) => [path, i]));
	}

	/** True when `file` is a page this feed takes while it still takes pages. */
	wants(file: string): boolean {
		return !this.#stopped && (this.#turn.get(file) ?? -1) >= this.#next;
	}

	/** A rendered page for the index; resolves when Pagefind is ready for more (the renderer's back-pressure). */
	async offer(file: string, html: string): Promise<void> {
		if (!this.wants(file)) return;
		this.#waiting.set(file, html.includes('data-pagefind-body') ? pageForSearch(html) : NOTHING);
		if (this.#waiting.size > PAGES_WAITING) {
			this.#stopped = true;
			this.#waiting.clear();
			return;
		}
		const sending: Promise<void>[] = [];
		for (let page = this.#waiting.get(this.#order[this.#next]); page !== undefined; page = this.#waiting.get(this.#order[this.#next])) {
			const path = this.#order[this.#next++];
			this.#waiting.delete(path);
			if (page !== NOTHING) sending.push(this.#sender.send(path, page));
		}
		await Promise.all(sending);
	}

	/**
	 * Sends the built site's pages the feed has not sent, in path order, and
	 * writes the index into `root/pagefind/`; returns how many pages it
	 * indexed, and how many of them while they were rendered.
	 */
	async finish(root: string): Promise<{ pages: number; whileRendering: number }> {
		this.#stopped = true;
		const whileRendering = this.#sender.sent.length;
		this.#waiting.clear();
		try {
			const first = this.#sender;
			const files = htmlFiles(root).sort();
			if (!(await this.#complete(root, files))) {
				// What was sent is not the start of the built site: made again from the built site alone.
				await pagefind.close();
				this.#sender = new Sender();
				await this.#complete(root, files);
			}
			await this.#sender.write(join(root, 'pagefind'));
			return {
				pages: this.#sender.sent.length,
				whileRendering: this.#sender === first ? whileRendering : 0,
			};
		} finally {
			await pagefind.close();
		}
	}

	/** Sends every page of `files` after those already sent; false when those are not the first pages with a search body. */
	async #complete(root: string, files: readonly string[]): Promise<boolean> {
		const sent = this.#sender.sent;
		const already = sent.length;
		let matched = 0;
		for (const file of files) {
			if (matched < already && file === sent[matched]) {
				matched++;
				continue;
			}
			const html = readFileSync(join(root, file), 'utf8');
			// Pagefind would read and then skip every page without a body to index: not sent at all.
			if (!html.includes('data-pagefind-body')) continue;
			if (matched < already) return false;
			await this.#sender.send(file, pageForSearch(html));
		}
		return matched === already;
	}
}
