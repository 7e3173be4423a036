/**
 * `npm run dev` serves every one-pager live from the image routes, and a plan
 * edited while the server runs shows its new image on the next request.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadPortfolio } from '../../src/loader/portfolio';
import { imagePath } from '../../src/onepager/jobs';
import { userEnv } from '../support/run';
import { REPO, sandbox } from '../support/sandbox';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47]);

/** A free port on the loopback interface. */
function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			server.close(() => resolve(port));
		});
		server.on('error', reject);
	});
}

describe('the dev server', () => {
	const box = sandbox(['nordwind-logistics', 'fjellkraft-energi', 'portavia-terminals'], { project: true });
	let dev: ChildProcess;
	let origin = '';

	beforeAll(async () => {
		const port = await freePort();
		origin = `http://127.0.0.1:${port}`;
		dev = spawn(join(REPO, 'node_modules', '.bin', 'astro'), ['dev', '--port', String(port), '--host', '127.0.0.1'], {
			cwd: box.root,
			// Without the test runner's own variables (NODE_ENV=test, VITEST…): the dev server must run as it does for a user.
			env: { ...userEnv(), KEYPLAN_TODAY: '2026-11-24', ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' },
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let log = '';
		if (process.env.KEYPLAN_DEBUG) for (const stream of [dev.stdout, dev.stderr]) stream?.on('data', (c: Buffer) => appendFileSync(process.env.KEYPLAN_DEBUG!, c));
		await new Promise<void>((resolve, reject) => {
			const timer = setTimeout(() => reject(new Error(`the dev server did not start:\n${log}`)), 60_000);
			const listen = (chunk: Buffer) => {
				log += chunk.toString();
				if (log.includes('watching for file changes')) {
					clearTimeout(timer);
					resolve();
				}
			};
			dev.stdout?.on('data', listen);
			dev.stderr?.on('data', listen);
			dev.on('exit', (code) => reject(new Error(`the dev server exited (${code}):\n${log}`)));
		});
	}, 90_000);

	afterAll(() => {
		dev?.kill();
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
