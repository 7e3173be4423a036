/**
 * The cache keys of the account pages (Astro's incremental build): a rebuild
 * renders again exactly the pages whose content changed. Scenarios on copies
 * of sample accounts; a key that stayed put while its page changed would
 * serve a stale page.
 */
import { afterEach, describe, expect, test } from 'vitest';
import type { PortfolioAnalysis } from '../../src/domain/analysis';
import { analysisOf } from '../../src/present/analysed';
import type { PortfolioHistory } from '../../src/history/plans';
import { loadPortfolio } from '../../src/loader/portfolio';
import { pageKeysOf } from '../../src/site/page-keys';
import { sandbox, type Sandbox } from '../support/sandbox';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const TODAY = '2026-11-25';
const ACCOUNTS = ['nordwind-logistics', 'castellan-pharma', 'aegean-harvest-foods'];
const NO_HISTORY: PortfolioHistory = { accounts: new Map() };

let box: Sandbox | undefined;
afterEach(() => box?.remove());

function analysed(root: string, today = TODAY): PortfolioAnalysis {
	const { portfolio, problems } = loadPortfolio(root);
	expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
	return analysisOf(portfolio, today);
}

/** The slugs whose key differs between two sets of keys. */
function changed(before: Map<string, string>, after: Map<string, string>): string[] {
	return [...before.keys()].filter((slug) => before.get(slug) !== after.get(slug)).sort();
}

describe('account page keys', () => {
	test('are the same for the same content, one per account', () => {
		box = sandbox(ACCOUNTS);
		const keys = pageKeysOf(analysed(box.root), NO_HISTORY);
		expect([...keys.keys()].sort()).toEqual([...ACCOUNTS].sort());
		expect(new Set(keys.values()).size).toBe(ACCOUNTS.length);
		expect(pageKeysOf(analysed(box.root), NO_HISTORY)).toEqual(keys);
	});

	test('an edited narrative changes that account’s key only', () => {
		box = sandbox(ACCOUNTS);
		const before = pageKeysOf(analysed(box.root), NO_HISTORY);
		box.editText('castellan-pharma', (text) => `${text.trimEnd()}\n\nRevised after the last quarterly business review.\n`);
		expect(changed(before, pageKeysOf(analysed(box.root), NO_HISTORY))).toEqual(['castellan-pharma']);
	});

	test('an edited objective or renewal plan changes that account’s key only', () => {
		box = sandbox([...ACCOUNTS, 'fjellkraft-energi']);
		const before = pageKeysOf(analysed(box.root), NO_HISTORY);
		box.editPlan('nordwind-logistics', (doc) => doc.setIn(['objectives', 0, 'title'], `${String(doc.getIn(['objectives', 0, 'title']))} (revised)`));
		const afterObjective = pageKeysOf(analysed(box.root), NO_HISTORY);
		expect(changed(before, afterObjective)).toEqual(['nordwind-logistics']);
		box.editText('fjellkraft-energi', (text) => `${text.trimEnd()}\n\nAgreed with procurement on the timeline.\n`, 'renewal.mdx');
		expect(changed(afterObjective, pageKeysOf(analysed(box.root), NO_HISTORY))).toEqual(['fjellkraft-energi']);
	});

	test('a renamed person, another day or the history note change every key', () => {
		box = sandbox(ACCOUNTS);
		const before = pageKeysOf(analysed(box.root), NO_HISTORY);
		expect(changed(before, pageKeysOf(analysed(box.root, '2026-11-26'), NO_HISTORY))).toEqual([...ACCOUNTS].sort());
		expect(
			changed(
				before,
				pageKeysOf(analysed(box.root), {
					accounts: new Map(),
					note: 'not a git repository',
				}),
			),
		).toEqual([...ACCOUNTS].sort());
		const person = join(box.root, 'content', 'people', 'jonas-berg.yaml');
		writeFileSync(person, readFileSync(person, 'utf8').replace('name: Jonas Berg', 'name: Jonas Berg-Lind'));
		expect(changed(before, pageKeysOf(analysed(box.root), NO_HISTORY))).toEqual([...ACCOUNTS].sort());
	});

	test('a new commit in one account’s history changes that account’s key only', () => {
		box = sandbox(ACCOUNTS);
		const analysis = analysed(box.root);
		const before = pageKeysOf(analysis, NO_HISTORY);
		const entry = {
			commit: 'a1b2c3d',
			date: '2026-11-20',
			author: 'Jonas Berg',
			subject: 'Nordwind: renewal milestones',
		};
		const history = {
			accounts: new Map([['nordwind-logistics', [entry]]]),
		} as unknown as PortfolioHistory;
		expect(changed(before, pageKeysOf(analysis, history))).toEqual(['nordwind-logistics']);
	});
});
