/**
 * A render worker: loads the fonts and warms Satori up once (font tables
 * parsed, code compiled), says it is ready, then renders the sheets it is
 * sent and posts back the PNG (its memory transferred, not copied), the
 * slide SVG when asked for, and the time of each step. Runs as plain Node
 * (type stripping), so it and everything it imports use explicit `.ts`
 * imports and type-only imports of the rest of the project.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { READY } from './pool.ts';
import { fitContext, renderTimed, treeToSvg, type StepTimes } from './render.ts';
import type { Sheet } from './spec.ts';

/** A job sent to a worker; `svg: false` renders the PNG only. */
export interface RenderRequest {
	id: number;
	sheet: Sheet;
	svg?: boolean;
}

/** A worker's answer: the files and the time taken, or the error. `svg` is empty when it was not asked for. */
export type RenderReply = { id: number; svg: string; png: Uint8Array; ms: number; steps: StepTimes } | { id: number; error: string };

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

/** The PNG's bytes as an ArrayBuffer that can be transferred (copied only when it shares memory). */
function transferable(png: Buffer): Uint8Array {
	const whole = png.byteOffset === 0 && png.byteLength === png.buffer.byteLength && png.buffer instanceof ArrayBuffer;
	return whole ? new Uint8Array(png.buffer, 0, png.byteLength) : new Uint8Array(png);
}

const port = parentPort;
if (port) {
	port.on('message', async ({ id, sheet, svg: withSvg = true }: RenderRequest) => {
		const started = performance.now();
		try {
			const { svg, png, steps } = await renderTimed(sheet, { svg: withSvg });
			const bytes = transferable(png);
			const reply: RenderReply = { id, svg: svg ?? '', png: bytes, ms: performance.now() - started, steps };
			port.postMessage(reply, [bytes.buffer as ArrayBuffer]);
		} catch (error) {
			port.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies RenderReply);
		}
	});
	// Ready either way: if warming up failed, the first render reports the error with its sheet.
	void warmUp((workerData as { warmUp?: Sheet } | null)?.warmUp)
		.catch(() => undefined)
		.then(() => port.postMessage(READY));
}
