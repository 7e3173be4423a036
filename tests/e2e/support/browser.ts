/** Launches Debian's Chromium headless through playwright-core (never a downloaded browser). */
import { chromium, type Browser } from 'playwright-core';

/** Where Chromium is: `CHROMIUM_PATH` or Debian's package location. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** A headless Chromium that makes no background requests of its own. */
export function launchBrowser(): Promise<Browser> {
	return chromium.launch({
		executablePath: CHROMIUM,
		args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
	});
}
