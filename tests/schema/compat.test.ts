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

	test('share nothing with the customer until marked', () => {
		for (const a of portfolio.accounts) {
			expect(a.plan.data.objectives.every((o) => o.shared === false), a.slug).toBe(true);
			expect(a.plan.data.actions.every((x) => x.mutual === false), a.slug).toBe(true);
		}
	});
});
