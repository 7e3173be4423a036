/**
 * The parsed-file cache: a second load gives exactly what the first gave; an
 * edited file is parsed again and only it; a corrupt cache is ignored.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { loadPortfolio } from '../../src/loader/portfolio';
import { contentCacheDir } from '../../src/loader/parse-cache';
import { HEALTHY, sandbox, type Sandbox } from '../support/sandbox';

let box: Sandbox;
let cacheRoot: string;
afterEach(() => {
	box?.remove();
	delete process.env.KEYPLAN_CACHE_DIR;
});

/** A sandbox with its own cache folder, one broken plan among them. */
function project(): Sandbox {
	box = sandbox([HEALTHY, 'fjellkraft-energi', 'marlow-packaging']);
	cacheRoot = join(box.root, 'cache');
	process.env.KEYPLAN_CACHE_DIR = cacheRoot;
	box.editPlan('marlow-packaging', (doc) => doc.set('owner', 'jdoe'));
	return box;
}

const cacheFile = () => {
	const dir = contentCacheDir(box.root);
	const [file] = readdirSync(dir);
	return JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, { data: { name?: string } }>;
};

describe('the parsed-file cache', () => {
	test('a second load gives exactly what the first gave, from the cache', () => {
		project();
		const cold = loadPortfolio(box.root);
		const entries = cacheFile();
		expect(Object.keys(entries)).toHaveLength(4); // three plans and one renewal plan
		const warm = loadPortfolio(box.root);
		expect(warm.problems).toEqual(cold.problems);
		expect(warm.portfolio.accounts).toEqual(cold.portfolio.accounts);
		expect(warm.problems.some((p) => p.message.includes('unknown person "jdoe"'))).toBe(true);
	});

	test('an edited file is read again, and only its entry changes', () => {
		project();
		loadPortfolio(box.root);
		const before = cacheFile();
		box.editPlan(HEALTHY, (doc) => doc.set('name', 'Nordwind Logistics Group'));
		const { portfolio } = loadPortfolio(box.root);
		expect(portfolio.accounts.find((a) => a.slug === HEALTHY)?.plan.data.name).toBe('Nordwind Logistics Group');
		const after = cacheFile();
		const gone = Object.keys(before).filter((k) => !(k in after));
		const added = Object.keys(after).filter((k) => !(k in before));
		expect(gone).toHaveLength(1);
		expect(added).toHaveLength(1);
		expect(after[added[0]].data.name).toBe('Nordwind Logistics Group');
	});

	test('a corrupt cache file is ignored and replaced', () => {
		project();
		const cold = loadPortfolio(box.root);
		const dir = contentCacheDir(box.root);
		for (const name of readdirSync(dir)) writeFileSync(join(dir, name), '{ not json');
		const again = loadPortfolio(box.root);
		expect(again.problems).toEqual(cold.problems);
		expect(Object.keys(cacheFile())).toHaveLength(4);
	});
});
