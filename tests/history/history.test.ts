/** Reading plan history from git: one log, judged per commit, cached by commit id; a shallow clone is "no history" with a note. */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { forget } from '../../src/build/process-store';
import { portfolioHistory } from '../../src/history/plans';
import { loadPortfolio } from '../../src/loader/portfolio';
import { commitAll, initRepository } from '../support/git-repo';
import { HEALTHY, sandbox } from '../support/sandbox';
import { useTempDirs } from '../support/temp';

const temp = useTempDirs();
const saved = process.env.KEYPLAN_CACHE_DIR;
afterEach(() => {
	if (saved === undefined) delete process.env.KEYPLAN_CACHE_DIR;
	else process.env.KEYPLAN_CACHE_DIR = saved;
});

/** The history of a repository, read fresh (the log is read once per process and root). */
function historyOf(root: string) {
	forget(`content-log:${root}`);
	return portfolioHistory(root, loadPortfolio(root).portfolio);
}

describe('plan history', () => {
	test('each commit with its review, newest first, health as of its commit date; judged changes are cached by commit id', () => {
		const box = temp.keep(sandbox([HEALTHY]));
		initRepository(box, '2026-06-01');
		box.editPlan(HEALTHY, (doc) => doc.setIn(['contacts', 1, 'stance'], 'blocker'));
		commitAll(box, 'Katrin turns blocker', '2026-07-01');
		process.env.KEYPLAN_CACHE_DIR = join(box.root, 'cache');
		const entries = historyOf(box.root).accounts.get(HEALTHY)!;
		expect(entries.map((e) => [e.subject, e.date, e.author])).toEqual([
			['Katrin turns blocker', '2026-07-01', 'Sofia Marín'],
			['Sample portfolio', '2026-06-01', 'Sofia Marín'],
		]);
		expect(entries[0].changes.map((c) => c.kind)).toEqual(['stance']);
		expect(entries[1].before).toBeUndefined();
		expect(entries[0].before).toEqual(entries[1].after);
		const cache = join(box.root, 'cache', 'keyplan-history', 'changes.json');
		expect(existsSync(cache)).toBe(true);
		const keys = Object.keys((JSON.parse(readFileSync(cache, 'utf8')) as { entries: object }).entries);
		expect(keys).toContain(`${HEALTHY}:${entries[1].commit}:${entries[0].commit}`);
		expect(historyOf(box.root).accounts.get(HEALTHY)).toEqual(entries);
	});

	test('a shallow clone has no history, with a note that says how to get it', () => {
		const box = temp.keep(sandbox([HEALTHY]));
		initRepository(box);
		commitAll(box, 'Second', '2026-11-02');
		const clone = join(temp.outDir(), 'clone');
		execFileSync('git', ['clone', '-q', '--depth', '1', `file://${box.root}`, clone]);
		forget(`content-log:${clone}`);
		const history = portfolioHistory(clone, loadPortfolio(clone).portfolio);
		expect(history.accounts.size).toBe(0);
		expect(history.note).toMatch(/shallow clone.*fetch-depth: 0/);
	});
});
