/**
 * Keeps the native memory of rasterising bounded. resvg-js hands back its
 * parsed tree and its 1920×1080 pixmap (about 17 MB per one-pager, measured)
 * as small JavaScript wrappers around Rust memory that V8 cannot see. The
 * Rust memory is freed only when a collection finds the wrappers unreachable
 * and their finalizers run on a later turn of the event loop — and V8,
 * seeing a small heap, rarely collects: a worker's memory grew by about
 * 17 MB per image, 1.1 GB for 60 images. So after every image the renderer
 * asks for a minor collection: the wrappers of one render are still in the
 * young generation, and scavenging it takes a millisecond or two.
 *
 * A full collection runs only when the process (a render worker of its
 * own, see `pool.ts`) has grown by `GROWTH_BEFORE_FULL_COLLECTION` above
 * the lowest point it was seen at: a wrapper promoted to the old generation
 * meanwhile is freed then, so memory stays bounded by what is measured, not
 * by a count of images. A full collection on a fixed count (every 16 images,
 * as before) cost more than its own pause: each one let V8 throw away
 * Satori's optimised code whose hidden classes had died, and the workers
 * compiled it again — about 510 optimising compilations per 80 images
 * instead of about 130, and 8 % more CPU per image. Measured on 800 images
 * of 40 generated accounts with two workers (then threads of one process,
 * growth measured for the whole process): 66.2 instead of 71.5 ms per image,
 * the process's memory level about 900 MB instead of 856 MB. V8's own full
 * collections, driven by its heap, still run.
 */
import { collector } from '../build/gc.ts';

/** Growth of the process's resident memory, in bytes, above its lowest point seen that brings a full collection. */
export const GROWTH_BEFORE_FULL_COLLECTION = 128 * 1024 * 1024;

/** The lowest resident memory seen since the last full collection. */
export interface CollectionState {
	low: number;
}

/**
 * Which collection follows an image, given the process's resident memory now
 * (`rss`, bytes); updates `state`. After a full collection its memory is
 * returned a turn later, so the next images set the new low point.
 */
export function collectionAfter(rss: number, state: CollectionState): 'minor' | 'major' {
	state.low = Math.min(state.low, rss);
	if (rss - state.low <= GROWTH_BEFORE_FULL_COLLECTION) return 'minor';
	state.low = rss;
	return 'major';
}

const state: CollectionState = { low: Infinity };

/**
 * Await after each rasterised image: collects (minor, or major when the
 * process has grown; see `collectionAfter`), then yields one turn of the
 * event loop, where the finalizers of the collected wrappers free their
 * pixmaps.
 */
export async function afterRaster(): Promise<void> {
	collector()({ type: collectionAfter(process.memoryUsage.rss(), state) });
	await new Promise<void>((resolve) => setImmediate(resolve));
}
