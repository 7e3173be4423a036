/**
 * The built site the browser tests run against: `dist/` of this checkout,
 * rebuilt when missing or older than any of its inputs, or built for another
 * `KEYPLAN_TODAY` than the tests use.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { astroBuild, BUILD_INPUTS, newestMtime } from '../../support/build';

export const REPO = join(import.meta.dirname, '..', '..', '..');
export const DIST = join(REPO, 'dist');

/** Why dist/ needs a build, or undefined when it is fresh for `today`. */
export function staleReason(today: string): string | undefined {
	const index = join(DIST, 'index.html');
	if (!existsSync(index)) return 'dist/ has not been built';
	if (!existsSync(join(DIST, 'pagefind', 'pagefind-ui.js'))) return 'dist/ has no search index';
	if (!readFileSync(index, 'utf8').includes(`datetime="${today}"`)) return `dist/ was built for another day than KEYPLAN_TODAY=${today}`;
	const built = statSync(index).mtimeMs;
	const changed = BUILD_INPUTS.find((input) => newestMtime(join(REPO, input)) > built);
	return changed ? `${changed} changed since the last build` : undefined;
}

/** Builds the site into dist/ with `KEYPLAN_TODAY=today`; throws with the build's output on failure. */
export function buildSite(today: string): void {
	// Built as a user builds it, without the test runner's own variables (see tests/support/build.ts).
	const result = astroBuild(REPO, { today });
	if (result.status !== 0) throw new Error(`npm run build failed:\n${result.stdout}\n${result.stderr}`);
}
