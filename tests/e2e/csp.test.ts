/**
 * Defence in depth: every page carries a Content-Security-Policy that
 * Chromium enforces. Script injected into a served page does not run, while
 * the site's own scripts (theme, filters, Pagefind's WebAssembly search) do.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { useBrowser } from './support/browser';
import { recordingPage } from './support/page';
import { DIST } from './support/site';

const origin = inject('origin');
const browser = useBrowser();

function htmlPages(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return name === 'pagefind' ? [] : htmlPages(path);
		return name.endsWith('.html') ? [relative(DIST, path)] : [];
	});
}

describe('Content-Security-Policy', () => {
	test('every built page declares a strict policy: scripts only from the site, no other host', () => {
		const pages = htmlPages(DIST);
		expect(pages.length).toBeGreaterThan(10);
		for (const page of pages) {
			const html = readFileSync(join(DIST, page), 'utf8');
			const policy = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1];
			expect(policy, page).toBeDefined();
			expect(policy).toMatch(/default-src 'self'/);
			expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[^']+')*;/);
			expect(policy).toMatch(/object-src 'none'/);
			expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
			expect(policy).not.toMatch(/https?:\/\//);
		}
	});

	test('an inline script injected into a page does not run; the page still works', async () => {
		const { page, context } = await recordingPage(browser());
		const violations: string[] = [];
		page.on('console', (message) => {
			if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
		});
		await page.route(`${origin}/`, async (route) => {
			const response = await route.fetch();
			const html = (await response.text()).replace('</main>', '<script>window.__injected = true;</script><img src="x" onerror="window.__injected = true"></main>');
			await route.fulfill({ response, body: html });
		});
		await page.goto(`${origin}/`);
		await page.waitForLoadState('load');
		expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
		expect(violations.length).toBeGreaterThan(0);
		// The site's own bundled script still runs under the policy: the theme switch changes the theme.
		const before = await page.evaluate(() => document.documentElement.dataset.theme ?? '');
		await page.locator('.theme-toggle').click();
		expect(await page.evaluate(() => document.documentElement.dataset.theme ?? '')).not.toBe(before);
		await context.close();
	});

	test('search works under the policy (Pagefind WebAssembly allowed)', async () => {
		const { page, context } = await recordingPage(browser());
		const violations: string[] = [];
		page.on('console', (message) => {
			if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
		});
		await page.goto(`${origin}/search/?q=Nordwind`);
		await page.waitForFunction(() => /\bresults? for\b/i.test(document.querySelector('.pagefind-ui__message')?.textContent ?? ''));
		expect(await page.locator('.pagefind-ui__result').count()).toBeGreaterThan(0);
		expect(violations).toEqual([]);
		await context.close();
	});
});
