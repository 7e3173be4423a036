/**
 * The deck cache: finished decks stored under a key that hashes everything
 * that decides a deck's bytes — its contents (title slide, portfolio rows,
 * alternative texts, speaker notes, date), each picture's image cache key
 * (which covers the one-pager's data, code and fonts), the deck code (this
 * folder), the palette and the versions of pptxgenjs, JSZip and pako. It
 * lives beside the image cache (`keyplan-decks` under the cache root), so a
 * rebuild copies every unchanged deck instead of writing it again. Each
 * deck's SHA-256 is kept beside it and checked before it is copied out: a
 * damaged deck is removed and written again.
 */
import { createHash } from 'node:crypto';
import { constants, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { moduleGraphDigest, sourceFile, versionOf } from '../build/code-digest.ts';
import { cacheDirUnder } from '../build/cache-root.ts';
import { fileDigest } from '../build/sealed.ts';
import { cacheKey } from '../onepager/image-cache.ts';
import { COLORS, TONES } from '../present/theme.ts';
import type { DeckContents } from './contents.ts';
import { writeDeckFile, type PictureSource } from './deck.ts';

/** The deck cache's folder under the cache root. */
export const DECK_CACHE_DIR = 'keyplan-decks';

/** The deck cache folder of the project at `root` (under `KEYPLAN_CACHE_DIR` when set). */
export function deckCacheDirOf(root: string, env: NodeJS.ProcessEnv = process.env): string {
	return cacheDirUnder(root, DECK_CACHE_DIR, env);
}

/** Where a deck's bytes are written: its module graph is what the deck cache key covers. */
export const DECK_WRITER = 'deck/deck.ts';

/** The digest of the code that writes a deck (`DECK_WRITER` and every module it runs), from the sources under `src`. */
export function deckCodeDigest(src = sourceFile(DECK_WRITER).root): string {
	return moduleGraphDigest(join(src, DECK_WRITER), src);
}

let code: string | undefined;

/** Everything besides a deck's contents and pictures that changes its bytes: the deck code, the palette, the packages that write it. */
function codeDigest(): string {
	code ??= JSON.stringify({
		// The code that writes a deck's bytes (deck.ts and what it runs: slides, package, fixes, zip), not the cache or the commands around it.
		source: deckCodeDigest(),
		palette: { COLORS, TONES },
		pptxgenjs: versionOf('pptxgenjs'),
		jszip: versionOf('jszip'),
		pako: versionOf('pako'),
	});
	return code;
}

/** The cache key of a deck: SHA-256 over the deck code, its contents and, for each picture, the image's cache key instead of its data. */
export function deckKey(contents: DeckContents): string {
	const pictures = contents.pictures.map(({ job, ...slide }) => ({ ...slide, image: cacheKey(job.sheet) }));
	return createHash('sha256').update(codeDigest()).update('\0').update(JSON.stringify({ ...contents, pictures })).digest('hex').slice(0, 32);
}

/** Finished decks by key, in one folder. */
export interface DeckCache {
	dir: string;
	/**
	 * Copies the deck under `key` to `file` and marks it as used; false when
	 * there is none (or it was removed meanwhile), or when it does not match
	 * its digest (it is then removed, and counted in `damaged`).
	 */
	copyTo(key: string, file: string): boolean;
	/** Keys of decks found damaged (and removed) by `copyTo` since the cache was opened. */
	readonly damaged: ReadonlySet<string>;
	/** Stores a deck under `key`: `write` writes it into the temporary file it is given, which then takes the key's name. */
	store(key: string, write: (file: string) => Promise<void>): Promise<void>;
	/**
	 * Removes the decks whose key is not in `keep` and that nobody used since
	 * `since` (ms since the epoch: another build sharing the cache may be under
	 * way), and temporary files older than a day; returns how many it removed.
	 */
	prune(keep: ReadonlySet<string>, since: number): number;
}

/** The deck cache in `dir` (created on first store). */
export function openDeckCache(dir: string): DeckCache {
	const path = (key: string) => join(dir, `${key}.pptx`);
	// The deck's digest beside it: a deck cut short (a full disk, a killed build) is never copied out as the new deck.
	const sum = (key: string) => join(dir, `${key}.sha256`);
	const damaged = new Set<string>();
	// Decks this cache stored itself, with the digest it computed: served without reading them again.
	const stored = new Map<string, string>();
	return {
		dir,
		damaged,
		copyTo(key, file) {
			if (!existsSync(path(key))) return false;
			let digest: string;
			try {
				digest = stored.get(key) ?? readFileSync(sum(key), 'utf8');
			} catch (error) {
				if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
				digest = '';
			}
			// Checked as it is copied out: the deck as stored now, read a megabyte at a time (never whole, in the build's heap);
			// one this cache has just written and digested is not read again.
			let actual: string;
			try {
				actual = stored.get(key) ?? fileDigest(path(key));
			} catch (error) {
				if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false; // pruned meanwhile by another build
				throw error;
			}
			if (actual !== digest) {
				damaged.add(key);
				rmSync(path(key), { force: true });
				rmSync(sum(key), { force: true });
				return false;
			}
			copyFileSync(path(key), file, constants.COPYFILE_FICLONE);
			const now = new Date();
			utimesSync(path(key), now, now);
			utimesSync(sum(key), now, now);
			return true;
		},
		async store(key, write) {
			mkdirSync(dir, { recursive: true });
			// Written under a temporary name, then renamed: a crash never leaves half a deck under a valid key.
			const tmp = `${path(key)}.${process.pid}.tmp`;
			try {
				await write(tmp);
				const digest = fileDigest(tmp);
				writeFileSync(sum(key), digest);
				renameSync(tmp, path(key));
				stored.set(key, digest);
			} finally {
				rmSync(tmp, { force: true });
			}
		},
		prune(keep, since) {
			if (!existsSync(dir)) return 0;
			let removed = 0;
			for (const name of readdirSync(dir)) {
				const deck = /^([0-9a-f]+)\.(?:pptx|sha256)$/.exec(name);
				try {
					const used = statSync(join(dir, name)).mtimeMs;
					if (deck ? keep.has(deck[1]) || used >= since : used >= Date.now() - 86_400_000) continue;
					rmSync(join(dir, name), { force: true });
					removed++;
				} catch {
					// already gone
				}
			}
			return removed;
		},
	};
}

/** What `cachedDeck` did: the deck's key, and whether it came from the cache. */
export interface CachedDeck {
	key: string;
	reused: boolean;
}

/** Writes the deck of `contents` to `file`: a copy from `cache` when it has the deck, else written into the cache first (streamed) and copied; `beforeWrite` runs only when the deck is written. */
export async function cachedDeck(contents: DeckContents, images: PictureSource, cache: DeckCache, file: string, beforeWrite?: () => void): Promise<CachedDeck> {
	const key = deckKey(contents);
	if (cache.copyTo(key, file)) return { key, reused: true };
	beforeWrite?.();
	await cache.store(key, (tmp) => writeDeckFile(contents, images, tmp));
	// Pruned meanwhile by another build sharing the cache: write it where it goes.
	if (!cache.copyTo(key, file)) await writeDeckFile(contents, images, file);
	return { key, reused: false };
}
