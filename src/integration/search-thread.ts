/**
 * The build's search feed (`search-feed.ts`) on a thread of its own
 * (`search-worker.ts`): the middleware hands it each rendered account page
 * and goes on rendering; the pages are made ready for Pagefind and sent to
 * its indexer on the other thread. Handing a page over costs this thread a
 * copy of its text, about 0.05 ms, instead of about 1 ms.
 */
import { Worker } from 'node:worker_threads';
import { shared } from '../build/process-store.ts';

/** Messages to the feed's thread. */
export type ToFeed = { type: 'page'; file: string; html: string } | { type: 'finish'; root: string };

/** Messages from it. */
export type FromFeed = { type: 'taken' } | { type: 'finished'; pages: number; whileRendering: number } | { type: 'failed'; message: string };

/** Pages handed over and not yet taken before the renderer waits (the feed's own back-pressure is behind it). */
const PAGES_HANDED_OVER = 16;

/** The feed of one build, on its own thread. */
export class SearchThread {
	readonly #expected: ReadonlySet<string>;
	readonly #worker: Worker;
	#handedOver = 0;
	#waiting: (() => void)[] = [];
	#finished?: { resolve: (result: { pages: number; whileRendering: number }) => void; reject: (error: Error) => void };
	#failure?: Error;
	#finishing = false;

	/** Starts the thread of a build that will render these account pages (built files, e.g. `accounts/acme/index.html`). */
	constructor(expected: readonly string[]) {
		this.#expected = new Set(expected);
		this.#worker = new Worker(new URL('./search-worker.ts', import.meta.url), { workerData: { expected: [...expected] } });
		this.#worker.on('message', (message: FromFeed) => {
			if (message.type === 'taken') {
				if (--this.#handedOver === 0 && !this.#finishing) this.#worker.unref();
				this.#waiting.shift()?.();
			} else if (message.type === 'finished') this.#finished?.resolve({ pages: message.pages, whileRendering: message.whileRendering });
			else this.#fail(new Error(message.message));
		});
		this.#worker.on('error', (error: Error) => this.#fail(error));
		// A build that fails before it finishes the index must still end: the thread keeps the process alive only while
		// an answer is awaited from it (a page handed over, the index being finished). Without that, a renderer waiting
		// for pages to be taken, with nothing else under way (no image workers), let Node end the build half done.
		this.#worker.unref();
	}

	#fail(error: Error): void {
		this.#failure ??= error;
		this.#finished?.reject(error);
		for (const wake of this.#waiting.splice(0)) wake();
		if (!this.#finishing) this.#worker.unref();
	}

	/** True when `file` is an account page the feed may take (the thread decides whether it still does). */
	wants(file: string): boolean {
		return this.#failure === undefined && this.#expected.has(file);
	}

	/** Hands a rendered page over; resolves at once, or when the thread has taken enough of the pages before it. */
	async offer(file: string, html: string): Promise<void> {
		if (!this.wants(file)) return;
		if (this.#handedOver++ === 0) this.#worker.ref();
		this.#worker.postMessage({ type: 'page', file, html } satisfies ToFeed);
		if (this.#handedOver > PAGES_HANDED_OVER) await new Promise<void>((wake) => this.#waiting.push(wake));
	}

	/** Finishes the index from the built site at `root` (`SearchFeed.finish`), then stops the thread. */
	async finish(root: string): Promise<{ pages: number; whileRendering: number }> {
		try {
			if (this.#failure) throw this.#failure;
			this.#finishing = true;
			this.#worker.ref();
			return await new Promise((resolve, reject) => {
				this.#finished = { resolve, reject };
				this.#worker.postMessage({ type: 'finish', root } satisfies ToFeed);
			});
		} finally {
			await this.#worker.terminate();
		}
	}
}

/** The feed of the build under way in this process, shared by the integration and the middleware (bundled apart). */
const holder = (): { feed?: SearchThread } => shared('search-feed', () => ({}));

/** The feed pages are offered to, while the build renders them. */
export function runningFeed(): SearchThread | undefined {
	return holder().feed;
}

/** Starts the feed of a build that will render these account pages (built files); `finish` ends it. */
export function startFeed(expected: readonly string[]): SearchThread {
	return (holder().feed = new SearchThread(expected));
}

/** Ends the build's feed: no page is offered to it any more. */
export function endFeed(): void {
	holder().feed = undefined;
}
