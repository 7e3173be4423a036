/** The health score's documented weights and bands. */
import { describe, expect, test } from 'vitest';
import { CATALOGUE, type Finding, type RuleId } from '../../src/domain/findings';
import { AT_RISK_BELOW, HEALTHY_FROM, healthOf, healthSummary, MAX_PER_RULE, RULE_WEIGHTS, SEVERITY_WEIGHTS } from '../../src/domain/health';

/** Real rule ids without a weight of their own, so each costs what its severity says. */
const plain = CATALOGUE.filter((r) => !('weight' in r) || r.weight === undefined).map((r) => r.id);
const [a, b, c, d, e, g, h] = plain;

const f = (rule: RuleId, severity: Finding['severity'] = 'warning'): Finding => ({ file: 'content/accounts/a/plan.mdx', path: '', message: 'x: y', severity, rule });

describe('weights', () => {
	test('are the documented ones', () => {
		expect(SEVERITY_WEIGHTS).toEqual({ error: 20, warning: 6, info: 1 });
		expect(RULE_WEIGHTS).toEqual({ 'contract.renewal-plan-missing': 25, 'contacts.none': 25, 'cadence.none': 20, 'portfolio.inactive': 10 });
		expect([MAX_PER_RULE, HEALTHY_FROM, AT_RISK_BELOW]).toEqual([3, 80, 55]);
	});

	test('no finding is 100 and healthy', () => {
		expect(healthOf([])).toEqual({ score: 100, band: 'healthy', deductions: [] });
	});

	test('each severity costs its weight', () => {
		expect(healthOf([f(a, 'info')]).score).toBe(99);
		expect(healthOf([f(a, 'warning')]).score).toBe(94);
		expect(healthOf([f(a, 'error')]).score).toBe(80);
	});

	test('rule weights override the severity', () => {
		expect(healthOf([f('contract.renewal-plan-missing', 'error')]).score).toBe(75);
		expect(healthOf([f('portfolio.inactive', 'warning')]).score).toBe(90);
	});

	test('a rule counts at most three times, the heaviest first', () => {
		const overdue = Array.from({ length: 7 }, () => f('actions.overdue'));
		const health = healthOf(overdue);
		expect(health.score).toBe(100 - 3 * 6);
		expect(health.deductions).toEqual([{ rule: 'actions.overdue', count: 7, points: 18 }]);
		expect(healthOf([f('review.stale', 'warning'), f('review.stale', 'error')]).score).toBe(100 - 26);
	});

	test('the score never drops below zero', () => {
		const many = Array.from({ length: 12 }, (_, i) => f(plain[i], 'error'));
		expect(healthOf(many).score).toBe(0);
	});
});

describe('bands', () => {
	test('80 or more without an error is healthy; an error makes it watch', () => {
		expect(healthOf([f(a, 'warning'), f(b, 'warning'), f(c, 'warning')]).band).toBe('healthy'); // 82
		expect(healthOf([f(a, 'error')]).band).toBe('watch'); // 80 with an error
	});

	test('55 up to 80 is watch, below 55 is at-risk', () => {
		expect(healthOf([f(a, 'error'), f(b, 'error'), f(c, 'info'), f(d, 'info'), f(e, 'info'), f(g, 'info'), f(h, 'info')]).score).toBe(55);
		expect(healthOf([f(a, 'error'), f(b, 'error'), f(c, 'info'), f(d, 'info'), f(e, 'info'), f(g, 'info'), f(h, 'info')]).band).toBe('watch');
		expect(healthOf([f(a, 'error'), f(b, 'error'), f(c, 'warning')]).band).toBe('at-risk'); // 54
	});

	test('the portfolio summary averages scores and counts bands', () => {
		const summary = healthSummary([healthOf([]), healthOf([f(a, 'error')]), healthOf([f(a, 'error'), f(b, 'error'), f(c, 'error')])]);
		expect(summary).toEqual({ averageScore: Math.round((100 + 80 + 40) / 3), bands: { healthy: 1, watch: 1, 'at-risk': 1 } });
		expect(healthSummary([])).toEqual({ averageScore: 100, bands: { healthy: 0, watch: 0, 'at-risk': 0 } });
	});
});
