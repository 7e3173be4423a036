/**
 * A pool of render workers sized to the machine (`os.availableParallelism()`
 * by default). Each worker is a Node process of its own (`worker.ts`, started
 * once per build, not per image): it loads the fonts and warms Satori up
 * once, then renders one sheet at a time. A sheet goes to the first ready,
 * idle worker, so a worker still starting never holds a sheet another could
 * draw; sheets queue until one is free. Every step of a render is
 * single-threaded (Satori, resvg, the PNG encoder), so N workers keep N
 * cores busy.
 *
 * Processes rather than worker threads, for memory: a worker thread's V8
 * pages stayed in the build's process after the thread had ended (after
 * two worker threads drew 160 images and were stopped, the process still
 * held about 290 MB more than before they started, with a smaller heap),
 * so the decks and the search index were written on top of them, at the
 * build's peak. A process gives all of its memory back when it exits, and
 * its own resident size is what `native-memory.ts` watches. Drawing is as
 * fast either way (measured on 160 images: 67–72 ms per image with two
 * processes, 70–74 ms with two threads).
 *
 * Beside tinypool in process mode (`runtime: 'child_process'`), measured by
 * `bench/libraries.ts` on 20 sample one-pagers with two workers after a
 * warm-up, the fastest of three rounds in turn, load average about 5 on two
 * cores: this pool 3.38 s, tinypool 3.91 s (an earlier single round: 4.44 s
 * and 3.14 s), the same PNGs. Within the machine's drift, so speed decides
 * nothing; this pool stays for what tinypool's process runtime does not do:
 * binary answers (tinypool sends them as JSON, so a PNG travels as base64),
 * workers counted as ready only once warmed up, per-step times and each
 * worker's CPU time for the bench, and the way a dying worker's sheet goes to
 * the workers left (tests/onepager/pool.test.ts).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { StepTimes } from './render.ts';
import type { Sheet } from './spec.ts';
import type { RenderReply, RenderRequest, WorkerReady, WorkerStart } from './worker.ts';

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
	/** CPU time the workers have used drawing (all their threads), since they were ready, as of their last answers, in ms. */
	cpuMs: number;
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
	/** The process ids of the workers (for diagnostics and tests). */
	pids(): number[];
	/** Stops the workers; pending renders are rejected. */
	close(): Promise<void>;
}

interface Task {
	request: RenderRequest;
	resolve(result: PoolResult): void;
	reject(error: Error): void;
}

/** The worker script next to this module (Node runs its TypeScript as it is). */
export const WORKER_URL = new URL('./worker.ts', import.meta.url);

/**
 * Largest semi-space of a worker's young generation, in MB (the young
 * generation is three of them, about 64 MB). Satori allocates many
 * short-lived objects; with V8's default, workers spend much of their time
 * in scavenges, whose helper threads then compete for the same cores.
 * Measured with worker threads given young generations of these sizes, 2 on
 * 2 cores, per image per worker: 48 MB → 196 ms, 64 MB → 177–186 ms,
 * 128 MB → 165–175 ms; two workers drawing 120 images peaked at 782 MB with
 * 64 MB and 914 MB with 128 MB. Memory decides: the full build at 1,000
 * accounts must stay under 1.5 GB.
 */
const SEMI_SPACE_MB = 21;

/** Starts `size` workers (at least one). */
export function createPool(size = availableParallelism(), options: PoolOptions = {}): RenderPool {
	const started = performance.now();
	let allReady = () => {};
	const ready = new Promise<void>((resolve) => (allReady = resolve));
	const queue: Task[] = [];
	const busy = new Map<ChildProcess, Task>();
	const idle: ChildProcess[] = [];
	const stats: PoolStats = { size: Math.max(1, size), ready: 0, rendered: 0, steps: { layout: 0, satori: 0, raster: 0, encode: 0, svg: 0 }, cpuMs: 0 };
	const cpuOf = new Map<ChildProcess, number>();
	let nextId = 0;
	let closed = false;
	let alive = stats.size;

	const dispatch = () => {
		while (idle.length > 0 && queue.length > 0) {
			const worker = idle.shift() as ChildProcess;
			const task = queue.shift() as Task;
			busy.set(worker, task);
			worker.send(task.request);
		}
	};
	const fail = (worker: ChildProcess, error: Error) => {
		busy.get(worker)?.reject(error);
		busy.delete(worker);
		for (const task of queue.splice(0)) task.reject(error);
	};
	const finish = (worker: ChildProcess, task: Task, reply: RenderReply) => {
		if ('error' in reply) return task.reject(new Error(`rendering failed: ${reply.error}`));
		stats.rendered++;
		stats.cpuMs += reply.cpuMs - (cpuOf.get(worker) ?? 0);
		cpuOf.set(worker, reply.cpuMs);
		for (const step of Object.keys(stats.steps) as (keyof StepTimes)[]) stats.steps[step] += reply.steps[step];
		task.resolve({ svg: reply.svg, png: Buffer.from(reply.png.buffer, reply.png.byteOffset, reply.png.byteLength), ms: reply.ms, steps: reply.steps });
	};

	const workers = Array.from({ length: stats.size }, () => {
		// Only the flags a worker needs, not the loaders or test hooks this process may run under; messages as
		// structured clones, so a PNG travels as bytes, not as JSON.
		const worker = fork(fileURLToPath(WORKER_URL), [], {
			execArgv: [`--max-semi-space-size=${SEMI_SPACE_MB}`],
			serialization: 'advanced',
			stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
		});
		worker.on('message', (reply: RenderReply | WorkerReady) => {
			if ('ready' in reply) {
				cpuOf.set(worker, reply.cpuMs);
				stats.ready++;
				stats.startMs ??= performance.now() - started;
				if (stats.ready === stats.size) allReady();
			} else {
				const task = busy.get(worker);
				busy.delete(worker);
				if (task) finish(worker, task, reply);
			}
			idle.push(worker);
			dispatch();
		});
		worker.on('error', (error: unknown) => fail(worker, error instanceof Error ? error : new Error(String(error))));
		worker.on('exit', (code, signal) => {
			alive--;
			// A worker that is gone takes no more sheets: the others draw the rest.
			if (idle.includes(worker)) idle.splice(idle.indexOf(worker), 1);
			allReady(); // nobody waits for a worker that is gone
			if (!closed) fail(worker, new Error(`render worker exited with ${signal ?? `code ${code}`}`));
		});
		worker.send({ warmUp: options.warmUp } satisfies WorkerStart);
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
		pids: () => workers.flatMap((worker) => (worker.pid === undefined ? [] : [worker.pid])),
		async close() {
			closed = true;
			const error = new Error('the render pool was closed');
			for (const task of [...queue.splice(0), ...busy.values()]) task.reject(error);
			busy.clear();
			await Promise.all(
				workers.map((worker) => {
					if (worker.exitCode !== null || worker.signalCode !== null) return undefined;
					const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
					worker.kill();
					return exited;
				}),
			);
		},
	};
}
