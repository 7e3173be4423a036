/**
 * A render worker, a process of the pool (`pool.ts`): told by its first
 * message what to warm up on, it loads the fonts and warms Satori up once
 * (font tables parsed, code compiled), says it is ready, then renders the
 * sheets it is sent and sends back the PNG, the slide SVG when asked for,
 * and the time of each step. It exits when its channel to the pool closes,
 * so a build that stops, however it stops, leaves no worker behind. Runs as
 * plain Node (type stripping), so it and everything it imports use explicit
 * `.ts` imports and type-only imports of the rest of the project.
 */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fitContext, renderTimed, treeToSvg, type StepTimes } from './render.ts';
import type { Sheet } from './spec.ts';

/** A job sent to a worker; `svg: false` renders the PNG only. */
export interface RenderRequest {
	id: number;
	sheet: Sheet;
	svg?: boolean;
}

/** What a worker sends once it has loaded and warmed up, with the CPU time that took (ms), from which its later answers count. */
export interface WorkerReady {
	ready: true;
	cpuMs: number;
}

/** The first message a worker gets: the sheet to warm up on, if any. */
export interface WorkerStart {
	warmUp?: Sheet;
}

/**
 * A worker's answer: the files and the time taken, or the error. `svg` is empty when it was not asked for;
 * `cpuMs` is the CPU time the worker process has used since it started, all its threads.
 */
export type RenderReply = { id: number; svg: string; png: Uint8Array; ms: number; steps: StepTimes; cpuMs: number } | { id: number; error: string };

/**
 * Loads what every render needs and runs Satori once on a small tree (its
 * font tables parsed); with a sheet, renders it once too (discarded), so the
 * code is compiled and the caches are filled before the first real sheet.
 */
export async function warmUp(sheet?: Sheet): Promise<void> {
	fitContext();
	await treeToSvg({ type: 'div', props: { style: { display: 'flex', fontWeight: 700 }, children: 'Keyplan 0123' } });
	if (sheet) await renderTimed(sheet);
}

/** CPU time this process has used so far, all its threads, in ms. */
function cpuMs(): number {
	const { user, system } = process.cpuUsage();
	return (user + system) / 1000;
}

/**
 * Sends a message to the pool, unless the pool is gone. A channel that closes
 * while a message is on its way (the build ended or was killed) is no error
 * of this worker: it exits quietly instead of dying of an unhandled `EPIPE`.
 */
function send(message: RenderReply | WorkerReady): void {
	if (process.connected) process.send?.(message, undefined, undefined, (error) => {
		if (error) process.exit(0);
	});
}

/** Renders one request and sends the answer. */
async function answer({ id, sheet, svg: withSvg = true }: RenderRequest): Promise<void> {
	const started = performance.now();
	try {
		const { svg, png, steps } = await renderTimed(sheet, { svg: withSvg });
		send({ id, svg: svg ?? '', png: new Uint8Array(png.buffer, png.byteOffset, png.byteLength), ms: performance.now() - started, steps, cpuMs: cpuMs() });
	} catch (error) {
		send({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
	}
}

/** Whether this module is the script of a process the pool started (not imported, not the script of another process). */
function startedByPool(): boolean {
	const script = process.argv[1];
	return process.send !== undefined && script !== undefined && realpathSync(script) === fileURLToPath(import.meta.url);
}

if (startedByPool()) {
	process.on('disconnect', () => process.exit(0));
	// The channel's own errors (EPIPE, ERR_IPC_CHANNEL_CLOSED) mean the pool is gone: nothing is left to answer.
	process.on('error', () => process.exit(0));
	let started = false;
	process.on('message', (message: WorkerStart | RenderRequest) => {
		if (started) return void answer(message as RenderRequest);
		started = true;
		// Ready either way: if warming up failed, the first render reports the error with its sheet.
		void warmUp((message as WorkerStart).warmUp)
			.catch(() => undefined)
			.then(() => send({ ready: true, cpuMs: cpuMs() }));
	});
}
