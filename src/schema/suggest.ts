/** "Did you mean …?" hints for misspelt keys, ids and enum values. */
import { distance } from 'fastest-levenshtein';

/** The closest candidate to `word`, if it is close enough to be a likely typo. */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
	let best: string | undefined;
	let bestDistance = Infinity;
	const lower = word.toLowerCase();
	const allowed = Math.max(1, Math.floor(word.length / 3));
	for (const candidate of candidates) {
		const other = candidate.toLowerCase();
		// The distance is at least the difference in length: skip candidates that cannot be close enough.
		const gap = Math.abs(other.length - lower.length);
		if (gap > allowed || gap >= bestDistance) continue;
		const d = distance(lower, other);
		if (d < bestDistance) {
			best = candidate;
			bestDistance = d;
		}
	}
	return best !== undefined && bestDistance <= allowed ? best : undefined;
}

/** ` (did you mean "x"?)` or an empty string. */
export function didYouMean(word: string, candidates: Iterable<string>): string {
	const hit = closest(word, candidates);
	return hit ? ` (did you mean "${hit}"?)` : '';
}

/** Lists known values compactly: `jane, omar, li` or `jane, omar, … (12 in all)`. */
export function listKnown(values: string[], max = 8): string {
	if (values.length === 0) return 'none defined';
	if (values.length <= max) return values.join(', ');
	return `${values.slice(0, max).join(', ')}, … (${values.length} in all)`;
}
