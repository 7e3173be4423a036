/**
 * A pool of render workers sized to the machine (`os.availableParallelism()`
 * by default): each loads the fonts once and renders one sheet at a time;
 * sheets queue until a worker is free.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Sheet } from './spec.ts';
import type { RenderReply, RenderRequest } from './worker.ts';

/** A rendered sheet and how long the worker took. */
export interface PoolResult {
	svg: string;
	png: Buffer;
	ms: number;
}

/** Renders sheets in parallel. */
export interface RenderPool {
	size: number;
	render(sheet: Sheet): Promise<PoolResult>;
	/** Stops the workers; pending renders are rejected. */
	close(): Promise<void>;
}

interface Task {
	request: RenderRequest;
	resolve(result: PoolResult): void;
	reject(error: Error): void;
}

/** The worker script next to this module. */
export const WORKER_URL = new URL('./worker.ts', import.meta.url);

/** Starts `size` workers (at least one). */
export function createPool(size = availableParallelism()): RenderPool {
	const queue: Task[] = [];
	const busy = new Map<Worker, Task>();
	const idle: Worker[] = [];
	let nextId = 0;
	let closed = false;

	const dispatch = () => {
		while (idle.length > 0 && queue.length > 0) {
			const worker = idle.pop() as Worker;
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

	const workers = Array.from({ length: Math.max(1, size) }, () => {
		const worker = new Worker(WORKER_URL, { stderr: false });
		worker.on('message', (reply: RenderReply) => {
			const task = busy.get(worker);
			busy.delete(worker);
			idle.push(worker);
			if (task) {
				if ('error' in reply) task.reject(new Error(`rendering failed: ${reply.error}`));
				else task.resolve({ svg: reply.svg, png: Buffer.from(reply.png.buffer, reply.png.byteOffset, reply.png.byteLength), ms: reply.ms });
			}
			dispatch();
		});
		worker.on('error', (error: unknown) => fail(worker, error instanceof Error ? error : new Error(String(error))));
		worker.on('exit', (code) => {
			if (!closed) fail(worker, new Error(`render worker exited with code ${code}`));
		});
		idle.push(worker);
		return worker;
	});

	return {
		size: workers.length,
		render(sheet) {
			if (closed) return Promise.reject(new Error('the render pool is closed'));
			return new Promise((resolve, reject) => {
				queue.push({ request: { id: nextId++, sheet }, resolve, reject });
				dispatch();
			});
		},
		async close() {
			closed = true;
			for (const task of queue.splice(0)) task.reject(new Error('the render pool was closed'));
			await Promise.all(workers.map((w) => w.terminate()));
		},
	};
}
