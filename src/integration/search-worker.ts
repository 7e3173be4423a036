/**
 * The thread the build's search feed runs on (`search-thread.ts`): it makes
 * each rendered page ready for Pagefind (`pageForSearch`, about 0.7 ms a
 * page) and talks to Pagefind's indexer, so that the thread rendering the
 * pages only hands pages over. Node runs this file as it is (its types are
 * stripped), so it and what it imports name their imports with `.ts`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { SearchFeed } from './search-feed.ts';
import type { FromFeed, ToFeed } from './search-thread.ts';

const feed = new SearchFeed((workerData as { expected: string[] }).expected);
const port = parentPort!;
const answer = (message: FromFeed) => port.postMessage(message);
const failed = (error: unknown) => answer({ type: 'failed', message: error instanceof Error ? error.message : String(error) });

port.on('message', (message: ToFeed) => {
	if (message.type === 'page') {
		void feed.offer(message.file, message.html).then(() => answer({ type: 'taken' }), failed);
	} else {
		feed.finish(message.root).then((result) => answer({ type: 'finished', ...result }), failed);
	}
});
