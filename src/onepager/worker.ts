/**
 * A render worker: loads the fonts once, then renders sheets it is sent and
 * posts back the SVG and PNG. Runs as plain Node (type stripping), so it and
 * everything it imports use explicit `.ts` imports and type-only imports of
 * the rest of the project.
 */
import { parentPort } from 'node:worker_threads';
import sharp from 'sharp';
import { fitContext, renderSheet } from './render.ts';
import type { Sheet } from './spec.ts';

/** A job sent to a worker. */
export interface RenderRequest {
	id: number;
	sheet: Sheet;
}

/** A worker's answer: the files and the time taken, or the error. */
export type RenderReply = { id: number; svg: string; png: Uint8Array; ms: number } | { id: number; error: string };

const port = parentPort;
if (port) {
	// One libvips thread per worker: the pool already uses every core.
	sharp.concurrency(1);
	fitContext();
	port.on('message', async ({ id, sheet }: RenderRequest) => {
		const started = performance.now();
		try {
			const { svg, png } = await renderSheet(sheet);
			const bytes = new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
			port.postMessage({ id, svg, png: bytes, ms: performance.now() - started } satisfies RenderReply);
		} catch (error) {
			port.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies RenderReply);
		}
	});
}
