/**
 * Writes the site's decks (`site-decks.ts`) into a built site through the
 * deck cache (`cache.ts`): an unchanged deck is copied from the cache, only
 * decks whose key changed are written, and the cache keeps only the decks
 * this run used (and any another run used meanwhile).
 */
import { mkdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { PortfolioAnalysis } from '../domain/analysis.ts';
import { collector } from '../build/gc.ts';
import { cachedDeck, deckCacheDirOf, openDeckCache } from './deck-cache.ts';
import { deckContents } from './contents.ts';
import type { PictureSource } from './deck.ts';
import { siteDecks } from './site-decks.ts';

/** What writing the site's decks did. */
export interface SiteDecksWritten {
	/** Decks written anew (their key changed). */
	written: number;
	/** Decks copied from the cache. */
	reused: number;
	/** Their size in bytes, all together. */
	bytes: number;
	/** Cache entries removed. */
	pruned: number;
	/** Decks in the cache found damaged, removed and written again. */
	damaged: number;
}

/** Writes every deck of the site of the project at `root` into `out` (the built site), pictures from `images`. */
export async function writeSiteDecks(root: string, analysis: PortfolioAnalysis, out: string, images: PictureSource): Promise<SiteDecksWritten> {
	const started = Date.now();
	const cache = openDeckCache(deckCacheDirOf(root));
	const used = new Set<string>();
	const result: SiteDecksWritten = { written: 0, reused: 0, bytes: 0, pruned: 0, damaged: 0 };
	for (const deck of siteDecks(analysis)) {
		const file = join(out, deck.path);
		mkdirSync(dirname(file), { recursive: true });
		// A deck is written on a collected heap: in a build, V8 lets a big heap gather hundreds of megabytes of garbage
		// before it collects, and the decks came on top of the pages' (the peak of a cold build at 1,000 accounts).
		const done = await cachedDeck(deckContents(analysis, deck.selection), images, cache, file, () => collector()({ type: 'major' }));
		used.add(done.key);
		result[done.reused ? 'reused' : 'written']++;
		result.bytes += statSync(file).size;
	}
	result.pruned = cache.prune(used, started);
	result.damaged = cache.damaged.size;
	return result;
}
