/**
 * Bounded time on large plans: `npm run check` on a plan whose 5,000 contacts
 * form one `reportsTo` chain takes well under 2 s. Loading, cross-checks
 * (cycle detection above all), analysis and the org-chart layout are linear
 * in the number of contacts, so ten times the contacts take about ten times
 * as long, not a hundred times.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { analysePortfolio } from '../../src/domain/analysis';
import { loadPortfolio } from '../../src/loader/portfolio';
import { layoutOrgChart } from '../../src/site/org-chart';
import { HEALTHY, sandbox, type Sandbox } from '../support/sandbox';

const boxes: Sandbox[] = [];
afterEach(() => boxes.splice(0).forEach((b) => b.remove()));

type Shape = 'chain' | 'cycle';

/** The healthy sample plan with `n` more contacts, each reporting to the one before (the last back to the first, for a cycle). */
function planWith(n: number, shape: Shape = 'chain'): Sandbox {
	const box = sandbox();
	boxes.push(box);
	box.editPlan(HEALTHY, (doc) => {
		const contacts = doc.get('contacts') as { add(node: unknown): void };
		for (let i = 0; i < n; i++) {
			const reportsTo = i > 0 ? `chain-${i - 1}` : shape === 'cycle' ? `chain-${n - 1}` : 'katrin-hoff';
			contacts.add(doc.createNode({ id: `chain-${i}`, name: `Contact ${i}`, department: i % 2 ? 'Finance' : 'Operations', reportsTo }));
		}
	});
	return box;
}

/** Wall time of loading, checking and analysing a sandbox, and laying out its org chart; best of `runs`. */
function timeOf(box: Sandbox, runs = 2): { ms: number; messages: string[] } {
	let best = Infinity;
	let messages: string[] = [];
	for (let i = 0; i < runs; i++) {
		const start = performance.now();
		const { portfolio, problems } = loadPortfolio(box.root);
		const analysis = analysePortfolio(portfolio, '2026-11-24');
		for (const account of analysis.accounts) layoutOrgChart(account.account.plan.data.contacts);
		best = Math.min(best, performance.now() - start);
		messages = problems.map((p) => p.message);
	}
	return { ms: best, messages };
}

describe('a plan with 5,000 contacts in one reporting chain', () => {
	test('loads, checks and analyses in well under 2 s, about linearly', () => {
		const small = timeOf(planWith(500));
		const large = timeOf(planWith(5000));
		expect(small.messages).toEqual([]);
		expect(large.messages).toEqual([]);
		expect(large.ms).toBeLessThan(2000);
		// Linear: 10× the contacts. A quadratic path would make this ~100×, the old cycle check ~1000×.
		expect(large.ms / Math.max(small.ms, 20)).toBeLessThan(30);
	});

	test('a 5,000-contact reporting cycle is one error with a readable message, found quickly', () => {
		const { ms, messages } = timeOf(planWith(5000, 'cycle'), 1);
		expect(ms).toBeLessThan(2000);
		expect(messages).toEqual([expect.stringMatching(/^reporting lines form a cycle: chain-0 → chain-4999 → .* → … 4992 more … → .* → chain-1 → chain-0$/)]);
		expect(messages[0].length).toBeLessThan(200);
	});
});
