/** Every built page in Chromium: no request to another host, noindex, landmarks, no broken internal link. */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { useBrowser } from './support/browser';
import { recordingPage } from './support/page';
import { DIST } from './support/site';

const origin = inject('origin');
const browser = useBrowser();

/** URL path of every HTML page in dist/ except the 404 page. */
function pages(dir = DIST): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return entry.name === 'pagefind' || entry.name === '_astro' ? [] : pages(path);
		if (entry.name !== 'index.html') return [];
		return [`/${relative(DIST, dir).split(sep).join('/')}${dir === DIST ? '' : '/'}`];
	});
}

describe('every page', () => {
	test('requests nothing from another host, is noindex and has its landmarks', async () => {
		const { page, context, requests } = await recordingPage(browser());
		const all = pages();
		expect(all.length).toBeGreaterThan(10);
		for (const path of all) {
			const response = await page.goto(`${origin}${path}`, { waitUntil: 'load' });
			expect(response?.status(), path).toBe(200);
			expect(await page.locator('meta[name="robots"]').getAttribute('content'), path).toContain('noindex');
			expect(await page.locator('main#main').count(), path).toBe(1);
			expect(await page.locator('header.site-header nav[aria-label="Main"]').count(), path).toBe(1);
			expect(await page.locator('h1').count(), path).toBe(1);
		}
		// A search too, so that Pagefind's own files are part of the record.
		await page.goto(`${origin}/search/?q=maintenance`, { waitUntil: 'networkidle' });
		await page.locator('.pagefind-ui__result').first().waitFor();
		const foreign = requests.filter((url) => !url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin);
		expect(foreign).toEqual([]);
		expect(requests.some((url) => url.includes('/pagefind/'))).toBe(true);
		await context.close();
	}, 240_000);

	test('internal links lead to existing pages and files', async () => {
		const { page, context } = await recordingPage(browser());
		const targets = new Set<string>();
		for (const path of pages()) {
			await page.goto(`${origin}${path}`);
			const hrefs = await page.locator('a[href^="/"]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
			for (const href of hrefs) targets.add(href);
		}
		// One-pager images and calendars are written by their own integrations; check only what the site itself owns.
		const own = [...targets].filter((href) => !/\.(png|svg|ics)$/.test(href));
		const broken: string[] = [];
		for (const href of own) {
			const response = await page.request.get(`${origin}${href}`);
			if (response.status() !== 200) broken.push(href);
		}
		expect(broken).toEqual([]);
		await context.close();
	}, 240_000);
});
