/** The portfolio dashboard in Chromium: every account listed, the tier/owner filter, accessibility. */
import { describe, expect, inject, test } from 'vitest';
import { loadPortfolio } from '../../src/loader/portfolio';
import { useBrowser } from './support/browser';
import { describeViolations, recordingPage, seriousViolations } from './support/page';
import { REPO } from './support/site';

const origin = inject('origin');
const { portfolio } = loadPortfolio(REPO);
const browser = useBrowser();

describe('dashboard', () => {
	test('lists every account of the sample portfolio, linked to its page', async () => {
		const { page, context } = await recordingPage(browser());
		await page.goto(`${origin}/`);
		const rows = page.locator('table.accounts tbody tr[data-tier]');
		expect(await rows.count()).toBe(portfolio.accounts.length);
		for (const { slug, plan } of portfolio.accounts) {
			const link = page.locator(`table.accounts a[href="/accounts/${slug}/"]`);
			expect(await link.innerText()).toBe(plan.data.name);
		}
		await expect.poll(() => page.locator('svg[aria-labelledby="concentration-curve-title"] rect.bar').count()).toBeGreaterThan(1);
		await context.close();
	});

	test('the tier and owner filters narrow the table and are kept in the URL', async () => {
		const { page, context } = await recordingPage(browser());
		await page.goto(`${origin}/`);
		const visible = page.locator('table.accounts tbody tr[data-tier]:visible');
		const all = await visible.count();
		const tier = portfolio.settings.tiers[0];
		const inTier = portfolio.accounts.filter((a) => a.plan.data.tier === tier).length;
		await page.selectOption('form.account-filter select[name="tier"]', tier);
		expect(await visible.count()).toBe(inTier);
		expect(inTier).toBeLessThan(all);
		expect(new URL(page.url()).searchParams.get('tier')).toBe(tier);
		const owner = portfolio.accounts[0].plan.data.owner;
		await page.selectOption('form.account-filter select[name="owner"]', owner);
		expect(await visible.count()).toBe(portfolio.accounts.filter((a) => a.plan.data.tier === tier && a.plan.data.owner === owner).length);
		await page.click('form.account-filter button[type="reset"]');
		await expect.poll(() => visible.count()).toBe(all);
		await context.close();
	});

	test('works without JavaScript: grouped by tier and by owner', async () => {
		const context = await browser().newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${origin}/`);
		expect(await page.locator('form.account-filter').isVisible()).toBe(false);
		expect(await page.locator('table.accounts tbody tr.group').count()).toBe(new Set(portfolio.accounts.map((a) => a.plan.data.tier)).size);
		expect(await page.locator('#by-owner section.owner').count()).toBe(new Set(portfolio.accounts.map((a) => a.plan.data.owner)).size);
		await context.close();
	});

	for (const colorScheme of ['light', 'dark'] as const) {
		test(`axe-core finds no serious or critical violation (${colorScheme})`, async () => {
			const { page, context } = await recordingPage(browser(), { colorScheme });
			await page.goto(`${origin}/`);
			const violations = await seriousViolations(page);
			expect(violations, describeViolations(violations)).toEqual([]);
			await context.close();
		});
	}
});
