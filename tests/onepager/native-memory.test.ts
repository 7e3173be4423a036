/**
 * When a render worker asks V8 for a full collection: only once the process
 * has grown by the set amount above the lowest memory seen since the last
 * one — not on a count of images — and a full collection starts a new
 * measure from where memory then is.
 */
import { describe, expect, it } from 'vitest';
import { collectionAfter, GROWTH_BEFORE_FULL_COLLECTION, type CollectionState } from '../../src/onepager/native-memory';

const MB = 1024 * 1024;

/** The collections that follow images at these resident sizes (MB), from a fresh state. */
function collections(sizesMb: number[]): string[] {
	const state: CollectionState = { low: Infinity };
	return sizesMb.map((size) => collectionAfter(size * MB, state));
}

describe('full collections after images', () => {
	it('are not run while memory stays within the allowed growth, however many images', () => {
		const flat = Array.from({ length: 500 }, (_, i) => 600 + (i % 7) * 10);
		expect(collections(flat).every((kind) => kind === 'minor')).toBe(true);
	});

	it('run once memory grows past the allowed growth above the lowest point seen', () => {
		const growth = GROWTH_BEFORE_FULL_COLLECTION / MB;
		// Starts at 700, dips to 500 (the low point), then climbs: the first image above 500 + growth brings a full one.
		expect(collections([700, 500, 500 + growth, 500 + growth + 1])).toEqual(['minor', 'minor', 'minor', 'major']);
	});

	it('measure again from where memory is after a full collection, and from a new low point after that', () => {
		const growth = GROWTH_BEFORE_FULL_COLLECTION / MB;
		const after = collections([400, 400 + growth + 10, 400 + growth + 20, 300, 300 + growth + 1]);
		// The second and third images: one full collection, then growth is measured from the second image's size;
		// memory then falls to 300, and growing past 300 + growth brings the next one.
		expect(after).toEqual(['minor', 'major', 'minor', 'minor', 'major']);
	});
});
