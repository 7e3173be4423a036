/** Accessibility beyond the three key pages: the other page types, keyboard use, the phone layout. */
import { describe, expect, inject, test } from 'vitest';
import { loadPortfolio } from '../../src/loader/portfolio';
import { useBrowser } from './support/browser';
import { describeViolations, recordingPage, seriousViolations } from './support/page';
import { REPO } from './support/site';

const origin = inject('origin');
const { portfolio } = loadPortfolio(REPO);
const browser = useBrowser();

describe('accessibility', () => {
	const person = [...portfolio.people.keys()][0];
	for (const path of ['/actions/', '/calendar/', '/people/', `/people/${person}/`, '/guide/']) {
		test(`axe-core finds no serious or critical violation on ${path}`, async () => {
			const { page, context } = await recordingPage(browser());
			await page.goto(`${origin}${path}`);
			const violations = await seriousViolations(page);
			expect(violations, describeViolations(violations)).toEqual([]);
			await context.close();
		});
	}

	test('the first Tab reaches the skip link, which moves focus to the main content', async () => {
		const { page, context } = await recordingPage(browser());
		await page.goto(`${origin}/`);
		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Skip to content');
		await page.keyboard.press('Enter');
		expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
		await context.close();
	});

	test('the theme switch cycles system, light, dark and is remembered', async () => {
		const { page, context } = await recordingPage(browser(), { colorScheme: 'light' });
		await page.goto(`${origin}/`);
		const toggle = page.locator('button.theme-toggle');
		await toggle.click();
		expect(await page.getAttribute('html', 'data-theme')).toBe('light');
		await toggle.click();
		expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
		await page.reload();
		expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
		expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe('rgb(245, 246, 248)');
		await context.close();
	});

	test('on a phone, the dashboard needs no sideways scrolling and passes axe-core', async () => {
		const { page, context } = await recordingPage(browser(), { width: 390 });
		await page.goto(`${origin}/`);
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
		expect(await page.locator('table.accounts tbody tr[data-tier]').first().evaluate((row) => getComputedStyle(row).display)).toBe('block');
		const violations = await seriousViolations(page);
		expect(violations, describeViolations(violations)).toEqual([]);
		await context.close();
	});
});
