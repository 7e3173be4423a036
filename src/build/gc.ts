/**
 * V8's own `gc()`, callable without `--expose-gc` on the command line: the
 * flag applies to contexts made after it is set. Used where the build knows
 * better than V8's heuristics that a phase's garbage should go now (resvg's
 * native pixmaps after each image; the page renderer's garbage before the
 * decks are written), so that the next phase reuses that memory instead of
 * growing the process.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** A minor (young generation) or major (full) collection. */
export type Collect = (options: { type: 'minor' | 'major' }) => void;

let collect: Collect | undefined;

/** V8's collector. */
export function collector(): Collect {
	if (!collect) {
		setFlagsFromString('--expose-gc');
		collect = runInNewContext('gc') as Collect;
	}
	return collect;
}
