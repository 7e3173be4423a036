/**
 * The HTML part of the e-mails: valid HTML (the Nu HTML checker), styles
 * inline, and it renders in headless Chromium without a single request to
 * any host.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { describe, expect, test } from 'vitest';
import { useBrowser } from '../e2e/support/browser';
import { REPO, sandbox } from '../support/sandbox';
import { useTempDirs } from '../support/temp';
import { runDigest } from './support';

const temp = useTempDirs();
const browser = useBrowser();
const ACCOUNTS = ['portavia-terminals', 'fjellkraft-energi', 'brueckner-druckguss'];

/** The HTML parts of every message `--out` writes for the accounts, by file name. */
async function htmlParts(): Promise<Map<string, string>> {
	const box = temp.keep(sandbox(ACCOUNTS));
	const dir = temp.outDir();
	const result = await runDigest(['--out', dir], box.root);
	expect(result.status, result.stderr).toBe(0);
	const parts = new Map<string, string>();
	for (const name of readdirSync(dir).filter((f) => f.endsWith('.eml'))) parts.set(name, (await simpleParser(readFileSync(join(dir, name)))).html as string);
	return parts;
}

describe('digest HTML part', () => {
	test('passes the Nu HTML checker, with inline styles only', async () => {
		const parts = await htmlParts();
		expect([...parts.keys()]).toContain('director-1.eml');
		const dir = temp.outDir();
		for (const [name, html] of parts) {
			expect(html, name).not.toMatch(/<style|<link|<script|<img/i);
			writeFileSync(join(dir, name.replace('.eml', '.html')), html);
		}
		const vnu = spawnSync('java', ['-jar', join(REPO, 'node_modules', 'vnu-jar', 'build', 'dist', 'vnu.jar'), '--errors-only', '--format', 'gnu', '--skip-non-html', dir], { encoding: 'utf8' });
		expect(vnu.error, 'java is needed for the Nu HTML checker').toBeUndefined();
		expect(vnu.stdout + vnu.stderr).toBe('');
		expect(vnu.status).toBe(0);
	});

	test('renders in Chromium without requesting any host', async () => {
		const parts = await htmlParts();
		const page = await browser().newPage({ viewport: { width: 900, height: 1200 } });
		const requests: string[] = [];
		page.on('request', (r) => requests.push(r.url()));
		await page.route('**/*', (route) => route.abort());
		for (const html of parts.values()) {
			await page.setContent(html, { waitUntil: 'load' });
			await expect(page.locator('h1').textContent()).resolves.toBeTruthy();
		}
		expect(requests).toEqual([]);
		// The watch works: a page that does load something from another host is seen.
		await page.setContent('<!DOCTYPE html><title>x</title><img src="https://elsewhere.example/x.png" alt="">', { waitUntil: 'load' });
		await page.close();
		expect(requests).toEqual(['https://elsewhere.example/x.png']);
	});
});
