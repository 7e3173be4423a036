/**
 * The one-pagers as the site serves them: the image routes (`pages/accounts/
 * [...image].ts`) ask this service for an image; it answers from the cache
 * or renders it. One service per process (`build/process-store.ts`), so the build's
 * integration can start every missing image on the worker pool as the build
 * begins — the workers draw while the main thread renders pages — and the
 * routes then only wait for their own image. Finished images go to the disk
 * cache, never into memory: memory does not grow with the portfolio.
 */
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { cacheDirUnder } from '../build/cache-root.ts';
import { shared } from '../build/process-store.ts';
import { cacheKey, CACHE_DIR, openCache, type ImageCache } from './image-cache.ts';
import type { ImageJob } from './jobs.ts';
import { createPool, type RenderPool } from './pool.ts';
import type { Sheet } from './spec.ts';

/** The image cache folder of a project: `KEYPLAN_CACHE_DIR`/keyplan-onepagers when set (benchmarks, CI caches), else under node_modules. */
export function cacheDirOf(root: string, env: NodeJS.ProcessEnv = process.env): string {
	return cacheDirUnder(root, CACHE_DIR, env);
}

/** What the service did, for the build log. */
export interface ImageStats {
	rendered: number;
	reused: number;
	/** Milliseconds spent drawing, summed over images (on the workers, not waiting in their queue). */
	renderMs: number;
	/** Cache entries found damaged, removed and rendered again. */
	damaged: number;
}

/** Serves and renders one-pager images through the cache. */
export interface ImageService {
	/** Starts rendering every job not in the cache, on the worker pool (in the background). */
	prefetch(jobs: readonly ImageJob[]): void;
	/** The PNG or SVG of a job: from the cache, after its render if one is under way, or rendered now. */
	image(job: ImageJob, format: 'png' | 'svg'): Promise<Buffer>;
	/** Waits for every render under way. */
	settle(): Promise<void>;
	stats(): ImageStats;
	/** The cache's folder, for messages. */
	readonly cacheDir: string;
	/** Removes cache entries no job of this run used (after a full build). */
	prune(jobs: readonly ImageJob[]): number;
	/** Stops the workers. */
	close(): Promise<void>;
}

/** Draws sheets: the PNG alone (what the site needs), or the PNG and the SVG. */
type Renderer = {
	renderPng(sheet: Sheet): Promise<{ png: Buffer; ms: number }>;
	render(sheet: Sheet): Promise<{ svg: string; png: Buffer; ms: number }>;
	close(): Promise<void>;
};

/** A renderer in this process: no worker start-up, for the dev server's one image at a time. */
async function inProcess(): Promise<Renderer> {
	const { renderSheet, renderPng } = await import('./render.ts');
	const timed = async <T>(work: () => Promise<T>): Promise<T & { ms: number }> => {
		const started = performance.now();
		const result = await work();
		return { ...result, ms: performance.now() - started };
	};
	return {
		renderPng: (sheet) => timed(async () => ({ png: await renderPng(sheet) })),
		render: (sheet) => timed(() => renderSheet(sheet)),
		close: async () => {},
	};
}

function createService(root: string, workers: number): ImageService {
	const cache: ImageCache = openCache(cacheDirOf(root));
	const pending = new Map<string, Promise<void>>();
	const stats: Omit<ImageStats, 'damaged'> = { rendered: 0, reused: 0, renderMs: 0 };
	const renderedNow = new Set<string>();
	let renderer: Promise<Renderer> | undefined;
	const rendererFor = () => (renderer ??= workers > 1 ? Promise.resolve<RenderPool>(createPool(workers)) : inProcess());

	/** Renders a job into the cache once, however many ask: the PNG alone, or with its SVG when `svg` is asked for. */
	const ensure = (key: string, sheet: Sheet, svg = false): Promise<void> => {
		const slot = svg ? `${key}.svg` : key;
		let job = pending.get(slot);
		if (!job) {
			job = (async () => {
				const renderer = await rendererFor();
				let ms: number;
				if (svg) {
					const drawn = await renderer.render(sheet);
					cache.put(key, { png: drawn.png, svg: Buffer.from(drawn.svg) });
					ms = drawn.ms;
				} else {
					const drawn = await renderer.renderPng(sheet);
					cache.put(key, { png: drawn.png });
					ms = drawn.ms;
				}
				renderedNow.add(key);
				stats.rendered++;
				stats.renderMs += ms;
			})().finally(() => pending.delete(slot));
			pending.set(slot, job);
		}
		return job;
	};

	return {
		prefetch(jobs) {
			for (const job of jobs) {
				const key = cacheKey(job.sheet);
				if (!pending.has(key) && !cache.has(key, 'png')) void ensure(key, job.sheet).catch(() => undefined);
			}
		},
		async image(job, format) {
			const key = cacheKey(job.sheet);
			const under = pending.get(key);
			if (under) await under;
			let file = cache.file(key, format);
			if (file) {
				if (!renderedNow.has(key)) stats.reused++;
				return file;
			}
			await ensure(key, job.sheet, format === 'svg');
			file = cache.file(key, format);
			if (!file) throw new Error(`the one-pager ${job.path}.${format} was rendered but is missing from the cache in ${cache.dir}`);
			return file;
		},
		async settle() {
			await Promise.allSettled([...pending.values()]);
		},
		stats: () => ({ ...stats, damaged: cache.damaged.size }),
		cacheDir: cache.dir,
		prune: (jobs) => cache.prune(new Set(jobs.map((j) => cacheKey(j.sheet)))),
		async close() {
			await this.settle();
			if (renderer) await (await renderer).close();
			renderer = undefined;
		},
	};
}

/** The image service of the project at `root` (one per process); `workers` > 1 renders on a worker pool. */
export function imageService(root: string, workers = availableParallelism()): ImageService {
	return shared(`images:${resolve(root)}`, () => createService(resolve(root), workers));
}
