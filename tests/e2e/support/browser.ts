/** Launches Debian's Chromium headless through playwright-core (never a downloaded browser). */
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

/** Where Chromium is: `CHROMIUM_PATH` or Debian's package location. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** A headless Chromium that makes no background requests of its own. */
export function launchBrowser(): Promise<Browser> {
	return chromium.launch({
		executablePath: CHROMIUM,
		args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
	});
}

/**
 * One Chromium per test file: launched before its tests, closed after.
 * Returns a getter, since the browser exists only once `beforeAll` has run.
 */
export function useBrowser(): () => Browser {
	let browser: Browser | undefined;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(() => browser?.close());
	return () => {
		if (!browser) throw new Error('the browser is not launched yet: use it inside a test');
		return browser;
	};
}
