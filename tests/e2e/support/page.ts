/** Helpers shared by the browser tests: a page that records every request, and axe-core. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { REPO } from './site';

/** A fresh context and page that record every URL requested. */
export async function recordingPage(browser: Browser, options: { colorScheme?: 'light' | 'dark'; width?: number } = {}): Promise<{ context: BrowserContext; page: Page; requests: string[] }> {
	const context = await browser.newContext({ viewport: { width: options.width ?? 1280, height: 900 }, colorScheme: options.colorScheme ?? 'light' });
	const requests: string[] = [];
	context.on('request', (request) => requests.push(request.url()));
	const page = await context.newPage();
	return { context, page, requests };
}

export interface AxeViolation {
	id: string;
	impact: string | null;
	help: string;
	nodes: { target: unknown[] }[];
}

/** Serious and critical axe-core violations on the current page. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
	// Evaluated through the DevTools protocol, which the page's Content-Security-Policy does not govern
	// (a <script> tag added to the page would be blocked by it, as it should be).
	await page.evaluate(readFileSync(join(REPO, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8'));
	const violations = await page.evaluate(async () => {
		const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> } }).axe;
		const result = await axe.run(document, { resultTypes: ['violations'] });
		return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
	});
	return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Readable summary of violations for an assertion message. */
export function describeViolations(violations: AxeViolation[]): string {
	return violations.map((v) => `${v.impact} ${v.id}: ${v.help} at ${v.nodes.map((n) => JSON.stringify(n.target)).slice(0, 5).join(', ')}`).join('\n');
}
