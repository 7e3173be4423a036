/** Account and renewal pages in Chromium: every section, the drawn charts, accessibility. */
import { describe, expect, inject, test } from 'vitest';
import { loadPortfolio } from '../../src/loader/portfolio';
import type { Plan } from '../../src/schema/plan';
import { useBrowser } from './support/browser';
import { describeViolations, recordingPage, seriousViolations } from './support/page';
import { REPO } from './support/site';

const origin = inject('origin');
const { portfolio } = loadPortfolio(REPO);

/** Section ids of an account page in page order: findings, the seven actions, the proactive sections, narrative, one-pagers, history. */
const SECTIONS = ['findings', 'business', 'self-image', 'financials', 'whos-who', 'relationship', 'objectives', 'actions', 'mutual-plan', 'cadence', 'opportunities', 'whitespace', 'feedback', 'scorecard', 'risks', 'contract', 'narrative', 'onepager', 'history'];

const richness = (p: Plan) => p.contacts.length + p.objectives.length + p.actions.length + p.cadence.length + p.opportunities.length + p.risks.length + p.scorecard.measures.length + p.feedback.length;
const richest = [...portfolio.accounts].sort((a, b) => richness(b.plan.data) - richness(a.plan.data))[0];
const plan = richest.plan.data;
const browser = useBrowser();

describe(`the richest account page (${richest.slug})`, () => {
	test('shows every section, in order, each with its heading', async () => {
		const { page, context } = await recordingPage(browser());
		await page.goto(`${origin}/accounts/${richest.slug}/`);
		expect(await page.locator('h1').innerText()).toBe(plan.name);
		const ids = await page.locator('article.account section.section').evaluateAll((nodes) => nodes.map((n) => n.id));
		expect(ids).toEqual(SECTIONS);
		for (const id of SECTIONS) expect(await page.locator(`#${id}-title`).isVisible(), id).toBe(true);
		await context.close();
	});

	test("draws who's who as a relationship map, and every other chart", async () => {
		const { page, context } = await recordingPage(browser());
		await page.goto(`${origin}/accounts/${richest.slug}/`);
		expect(await page.locator('.relationship-map svg g.node').count()).toBe(plan.contacts.length);
		expect(await page.locator('table.contacts tbody tr').count()).toBe(plan.contacts.length);
		for (const c of plan.contacts) expect(await page.locator('#whos-who').innerText()).toContain(c.name);
		expect(await page.locator('#scorecard svg.trend').count()).toBe(plan.scorecard.measures.length);
		expect(await page.locator('#risks .risk-grid .marker').count()).toBe(plan.risks.length);
		if (plan.contract) expect(await page.locator('#contract figure.timeline svg').isVisible()).toBe(true);
		const objectives = await page.locator('#objectives').innerText();
		for (const o of plan.objectives) expect(objectives).toContain(o.title);
		// Done actions sit in a closed <details>: present in the page, not necessarily visible.
		const actions = (await page.locator('#actions').textContent()) ?? '';
		for (const a of plan.actions) expect(actions).toContain(a.title);
		await context.close();
	});

	test('links the calendar file, the one-page images and the edit link, all present', async () => {
		const { page, context } = await recordingPage(browser());
		await page.goto(`${origin}/accounts/${richest.slug}/`);
		for (const file of ['cadence.ics', 'onepager.png', 'onepager-customer.png']) {
			const href = `/accounts/${richest.slug}/${file}`;
			expect(await page.locator(`a[href="${href}"]`).count(), href).toBeGreaterThan(0);
			expect((await page.request.get(`${origin}${href}`)).status(), href).toBe(200);
		}
		if (portfolio.settings.editUrl) expect(await page.locator('a', { hasText: 'Edit this plan' }).getAttribute('href')).toContain(richest.plan.file);
		expect(await page.locator('.account-header .dates').innerText()).toMatch(/Last reviewed .+ · (file last changed in git|file not committed)/);
		await context.close();
	});

	for (const colorScheme of ['light', 'dark'] as const) {
		test(`axe-core finds no serious or critical violation (${colorScheme})`, async () => {
			const { page, context } = await recordingPage(browser(), { colorScheme });
			await page.goto(`${origin}/accounts/${richest.slug}/`);
			const violations = await seriousViolations(page);
			expect(violations, describeViolations(violations)).toEqual([]);
			await context.close();
		});
	}
});

describe('every account page', () => {
	test('has every section, and links its renewal plan when there is one', async () => {
		const { page, context } = await recordingPage(browser());
		for (const { slug, renewal } of portfolio.accounts) {
			await page.goto(`${origin}/accounts/${slug}/`);
			const ids = await page.locator('article.account section.section').evaluateAll((nodes) => nodes.map((n) => n.id));
			expect(ids, slug).toEqual(SECTIONS);
			expect(await page.locator(`a[href="/accounts/${slug}/renewal/"]`).count(), slug).toBe(renewal ? 2 : 0);
		}
		await context.close();
	});
});

describe('a renewal plan page', () => {
	const withRenewal = portfolio.accounts.find((a) => a.renewal);
	test.runIf(withRenewal)('shows the objective, decision makers and milestones', async () => {
		const { page, context } = await recordingPage(browser());
		await page.goto(`${origin}/accounts/${withRenewal!.slug}/renewal/`);
		const text = await page.locator('main').innerText();
		expect(text).toContain(withRenewal!.renewal!.data.objective.slice(0, 40));
		expect(await page.locator('.milestones li').count()).toBeGreaterThanOrEqual(withRenewal!.renewal!.data.milestones.length);
		const violations = await seriousViolations(page);
		expect(violations, describeViolations(violations)).toEqual([]);
		await context.close();
	});
});
