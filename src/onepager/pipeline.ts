/**
 * The one-pager pipeline: for every image job, look its key up in the cache;
 * copy hits to the output directory; render misses in parallel on the worker
 * pool (or in this process with `parallel: 1`), store them in the cache and
 * write them out. Reports progress per image and a rendered / reused count.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { loadPortfolio, type Portfolio } from '../loader/portfolio.ts';
import { cacheDirOf } from './image-service.ts';
import { today as clockToday } from '../build/today.ts';
import { cacheKey, openCache, type Rendered } from './image-cache.ts';
import { portfolioJobs, type ImageJob } from './jobs.ts';
import { createPool } from './pool.ts';
import type { Sheet } from './spec.ts';

/** One finished image, for progress reports. */
export interface Progress {
	done: number;
	total: number;
	job: ImageJob;
	reused: boolean;
	/** Render time in ms (fresh renders only). */
	ms?: number;
}

/** How to render a set of jobs. */
export interface RenderOptions {
	outDir: string;
	/** Cache directory (absolute). */
	cacheDir: string;
	/** Worker count; 1 renders in this process. Default: `os.availableParallelism()`. */
	parallel?: number;
	/** Remove old cache entries these jobs do not use (for runs over the whole portfolio). */
	prune?: boolean;
	/** Which files to write per image; default both. */
	formats?: readonly ('png' | 'svg')[];
	onProgress?: (progress: Progress) => void;
}

/** What a run did. */
export interface RenderSummary {
	total: number;
	rendered: number;
	reused: number;
	/** Cache entries found damaged, removed and rendered again. */
	damaged: number;
	/** Files written, relative to the output directory. */
	files: string[];
	/** Wall time of the run in ms. */
	ms: number;
}

function write(outDir: string, job: ImageJob, image: Rendered, formats: readonly ('png' | 'svg')[]): string[] {
	mkdirSync(dirname(join(outDir, job.path)), { recursive: true });
	return formats.map((format) => {
		const file = `${job.path}.${format}`;
		writeFileSync(join(outDir, file), image[format]);
		return file;
	});
}

type Renderer = { render(sheet: Sheet): Promise<{ svg: string; png: Buffer; ms: number }>; close(): Promise<void> };

/** Renders one sheet at a time in this process (no worker start-up; for single images and the benchmark). */
async function inProcess(): Promise<Renderer> {
	const { renderSheet } = await import('./render.ts');
	let queue: Promise<unknown> = Promise.resolve();
	return {
		render(sheet) {
			const next = queue.then(async () => {
				const started = performance.now();
				const { svg, png } = await renderSheet(sheet);
				return { svg, png, ms: performance.now() - started };
			});
			queue = next.catch(() => undefined);
			return next;
		},
		close: async () => {},
	};
}

/** Renders (or reuses) every job's PNG and SVG into `outDir`. */
export async function renderImages(jobs: readonly ImageJob[], options: RenderOptions): Promise<RenderSummary> {
	const started = performance.now();
	const cache = openCache(options.cacheDir);
	const keyed = jobs.map((job) => ({ job, key: cacheKey(job.sheet) }));
	const files: string[] = [];
	let done = 0;
	const report = (job: ImageJob, reused: boolean, ms?: number) => options.onProgress?.({ done: ++done, total: jobs.length, job, reused, ms });

	const misses: typeof keyed = [];
	for (const entry of keyed) {
		const hit = cache.get(entry.key);
		if (!hit) {
			misses.push(entry);
			continue;
		}
		files.push(...write(options.outDir, entry.job, hit, options.formats ?? ['png', 'svg']));
		report(entry.job, true);
	}

	if (misses.length > 0) {
		const workers = Math.min(options.parallel ?? availableParallelism(), misses.length);
		const renderer: Renderer = workers <= 1 ? await inProcess() : createPool(workers);
		try {
			await Promise.all(
				misses.map(async ({ job, key }) => {
					const result = await renderer.render(job.sheet);
					const image = { png: result.png, svg: Buffer.from(result.svg) };
					cache.put(key, image);
					files.push(...write(options.outDir, job, image, options.formats ?? ['png', 'svg']));
					report(job, false, result.ms);
				}),
			);
		} finally {
			await renderer.close();
		}
	}
	if (options.prune) cache.prune(new Set(keyed.map((k) => k.key)));
	return { total: jobs.length, rendered: misses.length, reused: jobs.length - misses.length, damaged: cache.damaged.size, files: files.sort(), ms: performance.now() - started };
}

/** Options for rendering a project's portfolio. */
export interface PortfolioRenderOptions extends Omit<RenderOptions, 'cacheDir' | 'prune'> {
	/** Project root (where `content/` and `node_modules/` are). */
	root: string;
	/** YYYY-MM-DD; default `KEYPLAN_TODAY` or the clock. */
	today?: string;
	/** Only these account slugs. */
	accounts?: readonly string[];
	cacheDir?: string;
	/** The project's content when it is loaded already (else it is loaded here). */
	portfolio?: Portfolio;
}

/** Loads the project's content and renders every one-pager of it (or of some accounts; unknown slugs are skipped). */
export async function renderPortfolioImages(options: PortfolioRenderOptions): Promise<RenderSummary> {
	const portfolio = options.portfolio ?? loadPortfolio(options.root).portfolio;
	const only = options.accounts?.length ? new Set(options.accounts) : undefined;
	const jobs = portfolioJobs(portfolio, options.today ?? clockToday(), only);
	return renderImages(jobs, { ...options, cacheDir: options.cacheDir ?? cacheDirOf(options.root), prune: !only });
}
