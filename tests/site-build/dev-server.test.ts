/**
 * `npm run dev` serves every one-pager live from the image routes, and a plan
 * edited while the server runs shows its new image on the next request.
 */
import { appendFileSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadPortfolio } from '../../src/loader/portfolio';
import { imagePath } from '../../src/onepager/jobs';
import { startDevServer, type DevServer } from '../support/dev-server';
import { sandbox } from '../support/sandbox';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47]);

describe('the dev server', () => {
	const box = sandbox(['nordwind-logistics', 'fjellkraft-energi', 'portavia-terminals'], { project: true });
	let dev: DevServer;
	let origin = '';

	beforeAll(async () => {
		dev = await startDevServer(box.root);
		origin = dev.origin;
	}, 90_000);

	afterAll(async () => {
		await dev?.stop();
		box.remove();
	});

	const fetchImage = async (path: string) => {
		const response = await fetch(`${origin}/${path}`);
		expect(response.status, `${path}: ${response.status === 200 ? '' : await response.text()}`).toBe(200);
		return Buffer.from(await response.arrayBuffer());
	};

	test('serves every one-pager of every account, PNG and SVG', async () => {
		const { portfolio } = loadPortfolio(box.root);
		for (const account of portfolio.accounts) {
			const kinds = account.renewal ? (['account', 'customer', 'renewal'] as const) : (['account', 'customer'] as const);
			for (const kind of kinds) {
				const png = await fetchImage(`${imagePath(account.slug, kind)}.png`);
				expect(png.subarray(0, 4).equals(PNG), `${account.slug} ${kind}`).toBe(true);
			}
		}
		const svg = (await fetchImage(`${imagePath('nordwind-logistics', 'account')}.svg`)).toString('utf8');
		expect(svg.startsWith('<svg')).toBe(true);
	}, 120_000);

	test('a plan edited while the server runs shows its new image on reload', async () => {
		const path = `${imagePath('nordwind-logistics', 'account')}.png`;
		const before = await fetchImage(path);
		box.editPlan('nordwind-logistics', (doc) => doc.set('name', 'Nordwind Logistics Group'));
		if (process.env.KEYPLAN_DEBUG) appendFileSync(process.env.KEYPLAN_DEBUG, `edited ${box.planPath('nordwind-logistics')}: ${readFileSync(box.planPath('nordwind-logistics'), 'utf8').split('\n')[1]}\n`);
		const after = await fetchImage(path);
		expect(after.equals(before)).toBe(false);
		// The other accounts' images are untouched.
		const other = `${imagePath('fjellkraft-energi', 'account')}.png`;
		expect((await fetchImage(other)).equals(await fetchImage(other))).toBe(true);
	}, 60_000);
});
