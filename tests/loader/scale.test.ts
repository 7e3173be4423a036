/**
 * Large plans: a plan whose 5,000 contacts form one `reportsTo` chain loads,
 * checks, analyses and lays out its org chart without a finding of its own;
 * a 5,000-contact cycle is one short, readable error. How long that takes is
 * not asserted here (a busy machine would fail such a test for no fault of
 * the code): `npm run bench` times these plans (bench/large-plans.ts), 5,000
 * contacts against 500.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { withContacts } from '../../bench/large-plans';
import { analysePortfolio } from '../../src/domain/analysis';
import { loadPortfolio } from '../../src/loader/portfolio';
import { layoutOrgChart } from '../../src/site/org-chart';
import { HEALTHY, sandbox, type Sandbox } from '../support/sandbox';

const boxes: Sandbox[] = [];
afterEach(() => boxes.splice(0).forEach((b) => b.remove()));

type Shape = 'chain' | 'cycle';

/** The healthy sample plan with `n` more contacts in one reporting chain (closed into a cycle with `cycle`). */
function planWith(n: number, shape: Shape = 'chain'): Sandbox {
	const box = sandbox();
	boxes.push(box);
	box.editText(HEALTHY, withContacts(n, shape === 'cycle'));
	return box;
}

/** Loads, checks and analyses a sandbox and lays out its org charts; the problems' messages and the size of the largest chart. */
function loadAll(box: Sandbox): { messages: string[]; charted: number } {
	const { portfolio, problems } = loadPortfolio(box.root);
	const analysis = analysePortfolio(portfolio, '2026-11-24');
	let charted = 0;
	for (const account of analysis.accounts) charted = Math.max(charted, layoutOrgChart(account.account.plan.data.contacts).nodes.length);
	return { messages: problems.map((p) => p.message), charted };
}

describe('a plan with 5,000 contacts in one reporting chain', () => {
	test('loads, checks and analyses without a problem, every contact in the org chart', () => {
		const small = loadAll(planWith(500));
		const large = loadAll(planWith(5000));
		expect(small.messages).toEqual([]);
		expect(large.messages).toEqual([]);
		expect(large.charted - small.charted).toBe(4500);
	});

	test('a 5,000-contact reporting cycle is one error with a readable message', () => {
		const { messages } = loadAll(planWith(5000, 'cycle'));
		expect(messages).toEqual([expect.stringMatching(/^reporting lines form a cycle: chain-0 → chain-4999 → .* → … 4992 more … → .* → chain-1 → chain-0$/)]);
		expect(messages[0].length).toBeLessThan(200);
	});
});
