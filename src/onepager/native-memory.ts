/**
 * Keeps the native memory of rasterising bounded. resvg-js hands back its
 * parsed tree and its 1920×1080 pixmap (about 17 MB per one-pager, measured)
 * as small JavaScript wrappers around Rust memory that V8 cannot see. The
 * Rust memory is freed only when a full garbage collection finds the
 * wrappers unreachable and their finalizers run on a later turn of the event
 * loop — and V8, seeing a small heap, rarely runs one: a worker's memory grew
 * by about 17 MB per image, 1.1 GB for 60 images. So after every image the
 * renderer asks for a minor collection: the wrappers of one render are
 * still in the young generation, and scavenging it takes a millisecond or
 * two (a full collection every 4 images cost about 19 ms of CPU per image
 * more, measured on the sample's 21 sheets). A full collection every
 * `IMAGES_PER_FULL_COLLECTION` images frees any wrapper that was promoted
 * to the old generation meanwhile.
 */
import { collector } from '../runtime/gc.ts';

/** Images between two full collections (a minor one runs after every image). */
export const IMAGES_PER_FULL_COLLECTION = 16;

let since = 0;

/**
 * Await after each rasterised image: collects (minor, or major every
 * `IMAGES_PER_FULL_COLLECTION` images), then yields one turn of the event
 * loop, where the finalizers of the collected wrappers free their pixmaps.
 */
export async function afterRaster(): Promise<void> {
	since = (since + 1) % IMAGES_PER_FULL_COLLECTION;
	collector()({ type: since === 0 ? 'major' : 'minor' });
	await new Promise<void>((resolve) => setImmediate(resolve));
}
