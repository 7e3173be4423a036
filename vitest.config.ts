import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/**/*.test.ts', 'src/**/*.test.ts'],
		exclude: ['tests/e2e/**', 'node_modules/**'],
		env: { KEYPLAN_TODAY: '2026-11-24' },
		// A guard against a hung test, not a speed check (speed is `npm run bench`'s): tests that start processes
		// (astro, tsx, LibreOffice) took up to 12 s in CI, and a busy machine may take several times that.
		testTimeout: 90_000,
		hookTimeout: 240_000,
		// Two test files at a time even on a 2-core machine (vitest's default there is one): most of a test's
		// time is spent waiting on a child process (astro, tsx, LibreOffice, java), and test files keep to
		// their own folders and caches, so two run side by side.
		maxWorkers: 2,
		// The sample site, built once for the tests that only read it (tests/support/shared-site.ts).
		globalSetup: ['tests/support/global-setup.ts'],
	},
});
