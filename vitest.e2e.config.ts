/**
 * Browser tests: build the sample site when dist/ is missing or stale, serve
 * it locally and drive it in Debian's headless Chromium (`npm run test:e2e`).
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/e2e/**/*.test.ts'],
		globalSetup: ['tests/e2e/support/global-setup.ts'],
		env: { KEYPLAN_TODAY: process.env.KEYPLAN_TODAY ?? '2026-11-24' },
		// A guard against a hung test, not a speed check: the privacy walk visits every page (24 s on a busy machine).
		testTimeout: 120_000,
		hookTimeout: 300_000,
		// One browser per file; a few files side by side are plenty for a machine.
		maxWorkers: 4,
	},
});
