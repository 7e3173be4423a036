/**
 * Keeps the native memory of rasterising bounded. resvg-js hands back its
 * parsed tree and its 1920×1080 pixmap (about 17 MB per one-pager, measured)
 * as small JavaScript wrappers around Rust memory that V8 cannot see. The
 * Rust memory is freed only when a full garbage collection finds the
 * wrappers unreachable and their finalizers run on a later turn of the event
 * loop — and V8, seeing a small heap, rarely runs one: a worker's memory grew
 * by about 17 MB per image, 1.1 GB for 60 images. So every few images the
 * renderer asks for a full collection (a few milliseconds on a heap this
 * size), which bounds the garbage to a few images' worth per process.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Images between two collections: at most this many pixmaps are garbage at once (about 17 MB each). */
export const IMAGES_PER_COLLECTION = 4;

let collect: (() => void) | undefined;
let since = 0;

/** V8's full collection, made callable without `--expose-gc` on the command line (the flag applies to contexts made after it is set). */
function collector(): () => void {
	if (!collect) {
		setFlagsFromString('--expose-gc');
		collect = runInNewContext('gc') as () => void;
	}
	return collect;
}

/**
 * Await after each rasterised image: every `IMAGES_PER_COLLECTION` images it
 * collects, then yields one turn of the event loop, where the finalizers of
 * the collected wrappers free the pixmaps of the images before.
 */
export async function afterRaster(): Promise<void> {
	since++;
	if (since < IMAGES_PER_COLLECTION) return;
	since = 0;
	collector()();
	await new Promise<void>((resolve) => setImmediate(resolve));
}
