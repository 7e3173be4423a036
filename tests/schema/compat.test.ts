/**
 * Backward compatibility: the sample portfolio as it was before issue 13
 * (deeper plans: whitespace, mutual plan, years, currencies, "unknown"),
 * kept in tests/fixtures/sample-v1, is still valid under today's schemas and
 * still analyses; single-year commitments, targets and feedback keep their
 * meaning.
 */
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { analysePortfolio } from '../../src/domain/analysis';
import { loadPortfolio } from '../../src/loader/portfolio';
import { formatProblem } from '../../src/schema/problem';

const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'sample-v1');
// A copy, so that the parse cache is written outside the repository.
const root = mkdtempSync(join(tmpdir(), 'keyplan-v1-'));
cpSync(FIXTURE, root, { recursive: true });
afterAll(() => rmSync(root, { recursive: true, force: true }));

const { portfolio, problems } = loadPortfolio(root);
const slugs = readdirSync(join(FIXTURE, 'content', 'accounts'));

describe('plans written before deeper plans', () => {
	test('are all still valid', () => {
		expect(problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
		expect(portfolio.accounts.map((a) => a.slug)).toEqual(slugs.sort());
	});

	test('keep their single-year commitment, target and feedback', () => {
		const marlow = portfolio.accounts.find((a) => a.slug === 'marlow-packaging')!.plan.data;
		expect(marlow.financials.commitment).toEqual([{ year: 2026, amount: 150000, agreed: '2026-01-20', agreedBy: 'gareth-price' }]);
		expect(marlow.financials.target).toEqual([{ year: 2026, amount: 170000 }]);
		expect(marlow.feedback).toHaveLength(1);
		expect(marlow.feedback[0].collected).toBe('2026-04-16');
	});

	test('share nothing with the customer until marked, and analyse as before for commitments', () => {
		const analysis = analysePortfolio(portfolio, '2026-11-24');
		for (const a of analysis.accounts) {
			const plan = a.account.plan.data;
			expect(plan.objectives.every((o) => o.shared === false), a.slug).toBe(true);
			expect(plan.actions.every((x) => x.mutual === false), a.slug).toBe(true);
			const given = plan.financials.commitment.find((c) => c.year === 2026);
			expect(a.figures.commitment, a.slug).toBe(given?.amount);
		}
	});
});
