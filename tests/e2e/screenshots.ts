/**
 * Takes the README's screenshots with headless Chromium from the built sample
 * site: `npx tsx tests/e2e/screenshots.ts` (builds dist/ first when stale).
 * Writes docs/screenshots/dashboard.png and docs/screenshots/account.png.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from './support/browser';
import { serve } from './support/server';
import { buildSite, DIST, REPO, staleReason } from './support/site';

const today = process.env.KEYPLAN_TODAY ?? '2026-11-24';
const SHOTS = [
	{ path: '/', file: 'dashboard.png', height: 1180 },
	{ path: '/accounts/fjellkraft-energi/', file: 'account.png', height: 1180 },
];

const reason = staleReason(today);
if (reason) {
	console.log(`building the sample site (${reason})…`);
	buildSite(today);
}
const out = join(REPO, 'docs', 'screenshots');
mkdirSync(out, { recursive: true });
const server = await serve(DIST);
const browser = await launchBrowser();
try {
	for (const shot of SHOTS) {
		const page = await browser.newPage({ viewport: { width: 1440, height: shot.height }, colorScheme: 'light' });
		await page.goto(`${server.origin}${shot.path}`, { waitUntil: 'networkidle' });
		await page.screenshot({ path: join(out, shot.file) });
		console.log(`wrote docs/screenshots/${shot.file}`);
		await page.close();
	}
} finally {
	await browser.close();
	await server.close();
}
