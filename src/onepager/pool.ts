/**
 * A pool of render workers sized to the machine (`os.availableParallelism()`
 * by default). Workers start when the pool is made; each loads the fonts and
 * warms Satori up once, then renders one sheet at a time. A sheet goes to
 * the first ready, idle worker, so a worker still starting never holds a
 * sheet another could draw; sheets queue until one is free. Every step of a
 * render is single-threaded (Satori, resvg, the PNG encoder), so N workers
 * keep N cores busy.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { StepTimes } from './render.ts';
import type { Sheet } from './spec.ts';
import type { RenderReply, RenderRequest } from './worker.ts';

/** A rendered sheet and how long the worker took. */
export interface PoolResult {
	svg: string;
	png: Buffer;
	ms: number;
	/** Milliseconds of each step in the worker. */
	steps: StepTimes;
}

/** A sheet rendered to PNG only. */
export type PngResult = Omit<PoolResult, 'svg'>;

/** What the pool has done so far. */
export interface PoolStats {
	size: number;
	/** Workers that have loaded and warmed up. */
	ready: number;
	rendered: number;
	/** Milliseconds from the pool's start until its first worker was ready. */
	startMs?: number;
	/** Summed worker milliseconds per step. */
	steps: StepTimes;
}

/** How to start a pool. */
export interface PoolOptions {
	/** A sheet every worker renders once while starting (discarded): its first real sheet is then as fast as the rest. */
	warmUp?: Sheet;
}

/** Renders sheets in parallel. */
export interface RenderPool {
	size: number;
	/** Resolves once every worker has started (and warmed up): start the pool early, and await this before timing it. */
	ready(): Promise<void>;
	/** The PNG and the slide SVG of a sheet. */
	render(sheet: Sheet): Promise<PoolResult>;
	/** The PNG of a sheet, without making the slide SVG. */
	renderPng(sheet: Sheet): Promise<PngResult>;
	stats(): PoolStats;
	/** Stops the workers; pending renders are rejected. */
	close(): Promise<void>;
}

interface Task {
	request: RenderRequest;
	resolve(result: PoolResult): void;
	reject(error: Error): void;
}

/** What a worker posts once it has loaded and warmed up. */
export const READY = 'ready';

/** The worker script next to this module. */
export const WORKER_URL = new URL('./worker.ts', import.meta.url);

/**
 * Young-generation size per worker. Satori allocates many short-lived
 * objects; with V8's default, two workers spend much of their time in
 * scavenges (whose helper threads then compete for the same two cores).
 * Measured warm, 2 workers on 2 cores, per image per worker: 48 MB → 196 ms,
 * 64 MB → 177–186 ms, 128 MB → 165–175 ms (one worker alone: 150–159 ms),
 * so two workers draw 1.8× as many images as one. Memory decides: with
 * resvg's pixmaps freed every few images (`native-memory.ts`), two workers
 * drawing 120 images peaked at 782 MB with 64 MB and 914 MB with 128 MB, and
 * the full build at 1,000 accounts must stay under 1.5 GB.
 */
const YOUNG_GENERATION_MB = 64;

/** Starts `size` workers (at least one). */
export function createPool(size = availableParallelism(), options: PoolOptions = {}): RenderPool {
	const started = performance.now();
	let allReady = () => {};
	const ready = new Promise<void>((resolve) => (allReady = resolve));
	const queue: Task[] = [];
	const busy = new Map<Worker, Task>();
	const idle: Worker[] = [];
	const stats: PoolStats = { size: Math.max(1, size), ready: 0, rendered: 0, steps: { layout: 0, satori: 0, raster: 0, encode: 0, svg: 0 } };
	let nextId = 0;
	let closed = false;
	let alive = stats.size;

	const dispatch = () => {
		while (idle.length > 0 && queue.length > 0) {
			const worker = idle.shift() as Worker;
			const task = queue.shift() as Task;
			busy.set(worker, task);
			worker.postMessage(task.request);
		}
	};
	const fail = (worker: Worker, error: Error) => {
		busy.get(worker)?.reject(error);
		busy.delete(worker);
		for (const task of queue.splice(0)) task.reject(error);
	};
	const finish = (task: Task, reply: RenderReply) => {
		if ('error' in reply) return task.reject(new Error(`rendering failed: ${reply.error}`));
		stats.rendered++;
		for (const step of Object.keys(stats.steps) as (keyof StepTimes)[]) stats.steps[step] += reply.steps[step];
		task.resolve({ svg: reply.svg, png: Buffer.from(reply.png.buffer, reply.png.byteOffset, reply.png.byteLength), ms: reply.ms, steps: reply.steps });
	};

	const workers = Array.from({ length: stats.size }, () => {
		const worker = new Worker(WORKER_URL, { stderr: false, workerData: { warmUp: options.warmUp }, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
		worker.on('message', (reply: RenderReply | typeof READY) => {
			if (reply === READY) {
				stats.ready++;
				stats.startMs ??= performance.now() - started;
				if (stats.ready === stats.size) allReady();
			} else {
				const task = busy.get(worker);
				busy.delete(worker);
				if (task) finish(task, reply);
			}
			idle.push(worker);
			dispatch();
		});
		worker.on('error', (error: unknown) => fail(worker, error instanceof Error ? error : new Error(String(error))));
		worker.on('exit', (code) => {
			alive--;
			allReady(); // nobody waits for a worker that is gone
			if (!closed) fail(worker, new Error(`render worker exited with code ${code}`));
		});
		return worker;
	});

	const submit = (sheet: Sheet, svg: boolean): Promise<PoolResult> => {
		if (closed) return Promise.reject(new Error('the render pool is closed'));
		if (alive === 0) return Promise.reject(new Error('every render worker has exited'));
		return new Promise((resolve, reject) => {
			queue.push({ request: { id: nextId++, sheet, svg }, resolve, reject });
			dispatch();
		});
	};

	return {
		size: workers.length,
		ready: () => ready,
		render: (sheet) => submit(sheet, true),
		async renderPng(sheet) {
			const { png, ms, steps } = await submit(sheet, false);
			return { png, ms, steps };
		},
		stats: () => ({ ...stats, steps: { ...stats.steps } }),
		async close() {
			closed = true;
			for (const task of queue.splice(0)) task.reject(new Error('the render pool was closed'));
			await Promise.all(workers.map((w) => w.terminate()));
		},
	};
}
