/**
 * The image cache: rendered PNG/SVG pairs stored under a key that hashes
 * every input of the image — the sheet (the data the image shows), the
 * layout version and the one-pager source code, the fonts, the canvas size,
 * the palette (read from the site's tokens), the PNG encoding and the
 * satori, resvg and zlib versions. It lives in `node_modules/.cache/keyplan-onepagers`,
 * so it survives builds and is ignored by git. Every file is sealed with
 * its digest (`build/sealed.ts`): a damaged one is removed and rendered again.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { moduleGraphDigest, sourceFile, versionOf } from '../build/code-digest.ts';
import { seal, unseal } from '../build/sealed.ts';
import { shared } from '../build/process-store.ts';
import { fontsDigest } from './fonts.ts';
import { PNG_ENCODING } from './png.ts';
import { LAYOUT_VERSION, type Sheet } from './spec.ts';
import { CANVAS, COLORS, STANCE, TONES } from '../present/theme.ts';

/** The cache's folder under the cache root (`build/cache-root.ts`). */
export const CACHE_DIR = 'keyplan-onepagers';

/** What the images' code is made of: the renderer's module graph, without the memory management that runs beside it. */
export const RENDERER = 'onepager/render.ts';

/** The digest of the code that draws an image (`RENDERER` and every module it runs), from the sources under `src`. */
export function renderingCodeDigest(src = sourceFile(RENDERER).root): string {
	return moduleGraphDigest(join(src, RENDERER), src, ['onepager/native-memory.ts']);
}

let environment: string | undefined;

/** Everything besides the sheet that changes how an image looks. */
function environmentDigest(): string {
	environment ??= JSON.stringify({
		layout: LAYOUT_VERSION,
		// The rendering code (render.ts and what it runs: layouts, fonts, text fitting, palette), not the pool, cache or commands around it.
		source: renderingCodeDigest(),
		fonts: fontsDigest(),
		canvas: CANVAS,
		palette: { COLORS, TONES, STANCE },
		png: PNG_ENCODING,
		satori: versionOf('satori'),
		resvg: versionOf('@resvg/resvg-js'),
		zlib: process.versions.zlib,
	});
	return environment;
}

// Shared by every copy of this module in the process (pages are bundled apart from integrations).
const keys = shared('image-cache-keys', () => new WeakMap<Sheet, string>());

/** The cache key of a sheet: SHA-256 over the sheet and its rendering environment (computed once per sheet object). */
export function cacheKey(sheet: Sheet): string {
	let key = keys.get(sheet);
	if (!key) keys.set(sheet, (key = createHash('sha256').update(environmentDigest()).update('\0').update(JSON.stringify(sheet)).digest('hex').slice(0, 32)));
	return key;
}

/** A rendered image pair. */
export interface Rendered {
	png: Buffer;
	svg: Buffer;
}

/** What `put` stores: the PNG, and the SVG when it was rendered. */
export type Storable = { png: Buffer; svg?: Buffer };

/** Reads and writes rendered images by key in one directory. */
export interface ImageCache {
	dir: string;
	get(key: string): Rendered | undefined;
	/** True when the entry is there (both files, or the one named), without reading it. */
	has(key: string, ext?: 'png' | 'svg'): boolean;
	/** One file of an entry (and marks the entry as used), or undefined when it is missing. */
	file(key: string, ext: 'png' | 'svg'): Buffer | undefined;
	/** Stores an entry; without `svg`, a PNG-only entry (what the build needs), which `get` does not return. */
	put(key: string, image: Storable): void;
	/** Keys of entries found damaged (and removed) by `get` or `file` since the cache was opened: they are rendered again. */
	readonly damaged: ReadonlySet<string>;
	/**
	 * Removes entries whose key is not in `keep` and that were not used for
	 * `maxAgeDays` (other projects and dates may share the cache); returns how
	 * many files were removed.
	 */
	prune(keep: ReadonlySet<string>, maxAgeDays?: number): number;
}

/** The cache in `dir` (created on first write). */
export function openCache(dir: string): ImageCache {
	const file = (key: string, ext: string) => join(dir, `${key}.${ext}`);
	const damaged = new Set<string>();
	/** A stored file's image; a damaged one is removed (with the rest of its entry) and counted, so that it is rendered again. */
	const read = (key: string, ext: string): Buffer => {
		const image = unseal(readFileSync(file(key, ext)));
		if (image) return image;
		damaged.add(key);
		for (const e of ['png', 'svg']) rmSync(file(key, e), { force: true });
		throw new Error(`damaged cache entry ${key}`);
	};
	return {
		dir,
		damaged,
		get(key) {
			try {
				const image = { png: read(key, 'png'), svg: read(key, 'svg') };
				// Mark the entry as used, so pruning keeps it.
				const now = new Date();
				for (const ext of ['png', 'svg']) utimesSync(file(key, ext), now, now);
				return image;
			} catch {
				return undefined; // missing, or removed by a concurrent prune: render it again
			}
		},
		has(key, ext) {
			return ext ? existsSync(file(key, ext)) : existsSync(file(key, 'png')) && existsSync(file(key, 'svg'));
		},
		file(key, ext) {
			try {
				const data = read(key, ext);
				// Mark the whole entry as used, so pruning keeps both files (a PNG-only entry has no SVG).
				const now = new Date();
				for (const e of ['png', 'svg']) if (e === ext || existsSync(file(key, e))) utimesSync(file(key, e), now, now);
				return data;
			} catch {
				return undefined;
			}
		},
		put(key, image) {
			mkdirSync(dir, { recursive: true });
			// Write then rename, so a crash never leaves half a file under a valid key.
			for (const [ext, data] of [['svg', image.svg], ['png', image.png]] as const) {
				if (data === undefined) continue;
				const tmp = `${file(key, ext)}.${process.pid}.tmp`;
				writeFileSync(tmp, seal(data));
				renameSync(tmp, file(key, ext));
			}
		},
		prune(keep, maxAgeDays = 14) {
			if (!existsSync(dir)) return 0;
			const before = Date.now() - maxAgeDays * 86_400_000;
			let removed = 0;
			for (const name of readdirSync(dir)) {
				if (keep.has(name.split('.')[0])) continue;
				try {
					if (statSync(join(dir, name)).mtimeMs > before) continue;
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
