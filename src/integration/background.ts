/**
 * Work one integration starts when the build is done and the build waits for
 * at its very end, so that it overlaps the integrations after it: Pagefind's
 * indexer (a process of its own) builds the search index while the decks are
 * written on the main thread. `keyplanBackground()` must be the last
 * integration; a failure of the work fails the build there, with its message.
 */
import type { AstroIntegration } from 'astro';
import { shared } from '../build/process-store.ts';

/** The work under way in this process (one list, however the integrations are bundled). */
const running = (): Set<Promise<unknown>> => shared('integration-background', () => new Set<Promise<unknown>>());

/** Lets `work` run on while the next integrations do theirs; the build waits for it at the end. */
export function inBackground(work: Promise<unknown>): void {
	// Awaited (and so reported) at the end, not as an unhandled rejection now.
	work.catch(() => undefined);
	running().add(work);
}

/**
 * Node ends a process whose every task is waiting on something that will never come, with exit code 0: a build
 * cut short that way would look like a success and leave `dist/` half written. Between the build's start and its
 * end, such an ending fails instead, and says so.
 */
function cutShort(): void {
	process.exitCode = 1;
	console.error(
		'keyplan: the build stopped before it finished, with work still waiting: dist/ is incomplete. This is a defect in Keyplan, not in your content; please report it with the build log.',
	);
}

/**
 * The last integration: waits for every work started with `inBackground`, and fails the build if one failed; a
 * build that ends without reaching its end fails too (see `cutShort`).
 */
export function keyplanBackground(): AstroIntegration {
	return {
		name: 'keyplan-background',
		hooks: {
			'astro:build:start': () => {
				process.once('beforeExit', cutShort);
			},
			'astro:build:done': async () => {
				const work = [...running()];
				running().clear();
				try {
					await Promise.all(work);
				} finally {
					process.off('beforeExit', cutShort);
				}
			},
		},
	};
}
