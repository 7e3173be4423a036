/**
 * Placing marks that may collide on a timeline: each span goes into the first
 * lane where it clears the previous span by `gap`; spans that fit in no lane
 * get `undefined` (the layout lists them elsewhere instead of overlapping).
 */

/** A horizontal extent in px. */
export interface Span {
	start: number;
	end: number;
}

/** Lane index per span, in the order given (sort by start first for a greedy fill). */
export function assignLanes(spans: readonly Span[], lanes: number, gap = 0): (number | undefined)[] {
	const ends: number[] = [];
	return spans.map((span) => {
		for (let lane = 0; lane < lanes; lane++) {
			if (ends[lane] === undefined || ends[lane] + gap <= span.start) {
				ends[lane] = span.end;
				return lane;
			}
		}
		return undefined;
	});
}

/** A label of `width` px anchored at `x`: left-aligned, or right-aligned when it would run past `limit`. */
export function labelSpan(x: number, width: number, limit: number): Span {
	return x + width <= limit ? { start: x, end: x + width } : { start: Math.max(0, x - width), end: x };
}
