import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/**/*.test.ts', 'src/**/*.test.ts'],
		exclude: ['tests/e2e/**', 'node_modules/**'],
		env: { KEYPLAN_TODAY: '2026-11-24' },
		testTimeout: 30_000,
		hookTimeout: 240_000,
		// The sample site, built once for the tests that only read it (tests/support/shared-site.ts).
		globalSetup: ['tests/support/global-setup.ts'],
	},
});
