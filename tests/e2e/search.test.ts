/** Search in Chromium: Pagefind's index and UI from dist/pagefind, a contact's name, filters, accessibility. */
import type { Page } from 'playwright-core';
import { describe, expect, inject, test } from 'vitest';
import { label } from '../../src/domain/format';
import { loadPortfolio } from '../../src/loader/portfolio';
import { useBrowser } from './support/browser';
import { describeViolations, recordingPage, seriousViolations } from './support/page';
import { REPO } from './support/site';

const origin = inject('origin');
const { portfolio } = loadPortfolio(REPO);
const browser = useBrowser();

/** Titles of the results shown, once Pagefind has answered and loaded every result shown. */
async function resultTitles(page: Page): Promise<string[]> {
	await page.waitForFunction(() => {
		const message = document.querySelector('.pagefind-ui__message')?.textContent ?? '';
		if (!/\bresults? for\b/i.test(message)) return false;
		const results = [...document.querySelectorAll('.pagefind-ui__result')];
		return results.every((r) => (r.querySelector('.pagefind-ui__result-link')?.textContent ?? '').trim().length > 0);
	});
	// Each result's own title; sub-results (sections of the page) are nested below it.
	return page.locator('.pagefind-ui__result-inner > .pagefind-ui__result-title > .pagefind-ui__result-link').allInnerTexts();
}

describe('search', () => {
	test("a contact's name finds the account, shown with its tier", async () => {
		const account = portfolio.accounts.find((a) => a.plan.data.contacts.length > 0)!;
		const contact = account.plan.data.contacts.at(-1)!;
		const { page, context } = await recordingPage(browser());
		await page.goto(`${origin}/search/?q=${encodeURIComponent(contact.name)}`);
		const titles = await resultTitles(page);
		expect(titles.map((t) => t.trim())).toContain(`${account.plan.data.name} · ${label(account.plan.data.tier)}`);
		await context.close();
	});

	test('the header search box leads to the results', async () => {
		const account = portfolio.accounts[0];
		const objective = account.plan.data.objectives[0];
		const { page, context } = await recordingPage(browser());
		await page.goto(`${origin}/`);
		await page.fill('#site-search', objective.title);
		await page.press('#site-search', 'Enter');
		await page.waitForURL(/\/search\/\?q=/);
		const titles = await resultTitles(page);
		expect(titles.some((t) => t.startsWith(account.plan.data.name))).toBe(true);
		await context.close();
	});

	test('the first results come with every filter: tier, owner, industry and region', async () => {
		const { page, context } = await recordingPage(browser());
		await page.goto(`${origin}/search/?q=maintenance`);
		await resultTitles(page);
		const groups = await page.locator('.pagefind-ui__filter-block .pagefind-ui__filter-group-label').allTextContents();
		expect(groups.map((g) => g.trim()).sort()).toEqual(['industry', 'owner', 'region', 'tier']);
		for (const tier of new Set(portfolio.accounts.map((a) => a.plan.data.tier))) {
			await expect(page.locator(`input.pagefind-ui__filter-checkbox[name="tier"][value="${label(tier)}"]`).count()).resolves.toBe(1);
		}
		await context.close();
	});

	test('a tier filter narrows the results', async () => {
		const { page, context } = await recordingPage(browser());
		await page.goto(`${origin}/search/?q=maintenance`);
		const before = await resultTitles(page);
		expect(before.length).toBeGreaterThan(1);
		const tier = label(portfolio.settings.tiers[0]);
		await page.check(`input.pagefind-ui__filter-checkbox[name="tier"][value="${tier}"]`);
		await expect.poll(async () => (await resultTitles(page)).length).toBeLessThan(before.length);
		const after = await resultTitles(page);
		expect(after.length).toBeGreaterThan(0);
		for (const title of after) expect(title).toContain(`· ${tier}`);
		await context.close();
	});

	test('axe-core finds no serious or critical violation on the search page with results', async () => {
		const { page, context } = await recordingPage(browser());
		await page.goto(`${origin}/search/?q=maintenance`);
		await resultTitles(page);
		const violations = await seriousViolations(page);
		expect(violations, describeViolations(violations)).toEqual([]);
		await context.close();
	});
});
