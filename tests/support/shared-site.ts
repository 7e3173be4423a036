/**
 * The sample site built once per test run by `tests/support/global-setup.ts`,
 * for tests that only read it (pages, HTML validity, images, decks). A test
 * that changes content, configuration or the built files builds a site of its
 * own with `astroBuild` (`tests/support/build.ts`).
 */
import { inject } from 'vitest';
import type { SharedSite } from './global-setup';

export type { SharedSite };

/** The shared build of the sample site. Only inside a test file run by `npm test`. */
export function sharedSite(): SharedSite {
	return inject('sharedSite');
}
