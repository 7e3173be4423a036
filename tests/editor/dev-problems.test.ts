/**
 * `npm run dev` shows content mistakes instead of failing: a plan with a
 * mistake shows it on its page (file, line, message), a plan too broken to
 * show gets a page listing its mistakes, the rest of the site keeps working,
 * and fixing the file clears the mistakes on reload.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startDevServer, type DevServer } from '../support/dev-server';
import { sandbox } from '../support/sandbox';

describe('the dev server with content mistakes', () => {
	const box = sandbox(['nordwind-logistics', 'marlow-packaging'], { project: true });
	let dev: DevServer;

	beforeAll(async () => {
		dev = await startDevServer(box.root);
	}, 90_000);

	afterAll(async () => {
		await dev?.stop();
		box.remove();
	});

	const page = async (path: string) => {
		const response = await fetch(`${dev.origin}${path}`);
		return { status: response.status, html: await response.text() };
	};
	/** The page once `ready` accepts it: the server hears of a saved file a moment after it is written, as a reload would. */
	const pageOnceSaved = async (path: string, ready: (html: string) => boolean) => {
		for (let tries = 0; ; tries++) {
			const got = await page(path);
			if ((got.status === 200 && ready(got.html)) || tries === 50) return got;
			await new Promise((r) => setTimeout(r, 200));
		}
	};

	test('shows each mistake on its account\'s page, keeps the rest of the site, and clears it once fixed', async () => {
		const original = { nordwind: '', marlow: '' };
		box.editText('nordwind-logistics', (t) => ((original.nordwind = t), t.replace(/^tier: strategic$/m, 'tier: platinum')));
		box.editText('marlow-packaging', (t) => ((original.marlow = t), t.replace(/^reviewed: .*$/m, 'reviewed: last week')));

		const wrongTier = await pageOnceSaved('/accounts/nordwind-logistics/', (html) => html.includes('platinum'));
		expect(wrongTier.status).toBe(200);
		expect(wrongTier.html).toContain('This plan has mistakes');
		expect(wrongTier.html).toContain('content/accounts/nordwind-logistics/plan.mdx:3:7');
		expect(wrongTier.html).toMatch(/is not a tier defined in content\/settings\.yaml/);

		const broken = await pageOnceSaved('/accounts/marlow-packaging/', (html) => html.includes('mistakes'));
		expect(broken.status).toBe(200);
		expect(broken.html).toContain('This plan has mistakes');
		expect(broken.html).toMatch(/content\/accounts\/marlow-packaging\/plan\.mdx:\d+:\d+/);
		expect(broken.html).toContain('reviewed');

		const home = await page('/');
		expect(home.status).toBe(200);
		expect(home.html).not.toContain('This plan has mistakes');

		// A mistake outside every account shows on every page.
		box.write('nordwind-logistics', '../../people/new-kam.yaml', 'name: New KAM\ntitel: Key Account Manager\n');
		const everywhere = await pageOnceSaved('/', (html) => html.includes('titel'));
		expect(everywhere.html).toContain('The settings or people files have mistakes');
		expect(everywhere.html).toContain('content/people/new-kam.yaml:2:1');
		box.write('nordwind-logistics', '../../people/new-kam.yaml', 'name: New KAM\n');

		box.editText('nordwind-logistics', () => original.nordwind);
		box.editText('marlow-packaging', () => original.marlow);
		for (const slug of ['nordwind-logistics', 'marlow-packaging']) {
			const fixed = await pageOnceSaved(`/accounts/${slug}/`, (html) => !html.includes('This plan has mistakes'));
			expect(fixed.status).toBe(200);
			expect(fixed.html).not.toContain('This plan has mistakes');
		}
	}, 120_000);
});
