/**
 * The customer-safe variant: internal-only fields are stripped by schema
 * metadata, and no internal text of any sample plan (competitors, weaknesses,
 * risks, notes, renewal threats…) reaches a customer one-pager's data or its
 * drawn text.
 */
import { describe, expect, it } from 'vitest';
import { customerPlan, customerSheet, internalTexts, stripInternal } from '../../src/onepager/customer-view';
import { jobsOf } from '../../src/onepager/jobs';
import { planSchema } from '../../src/schema/plan';
import { renewalSchema } from '../../src/schema/renewal';
import { extremePortfolio, sampleAnalysis, TODAY } from './fixtures';
import { drawnText } from './helpers';
import { analysePortfolio } from '../../src/domain/analysis';

const analysis = sampleAnalysis();

/** Every string in a value. */
function strings(value: unknown): string[] {
	if (typeof value === 'string') return [value];
	if (Array.isArray(value)) return value.flatMap(strings);
	return value && typeof value === 'object' ? Object.values(value).flatMap(strings) : [];
}

/**
 * Internal texts worth searching for: free text (not enum words like
 * "neutral"), cut to 40 characters to catch clamped leaks, and not also
 * written in a public field of the same plan (then it is public anyway).
 */
function needles(texts: string[], publicTexts: string[]): string[] {
	const cut = texts.filter((t) => !/^[a-z-]+$/.test(t) && t.trim().length >= 4).map((t) => (t.length > 40 ? t.slice(0, 40) : t));
	return [...new Set(cut)].filter((n) => !publicTexts.some((p) => p.includes(n)));
}

describe('stripInternal', () => {
	it('drops exactly the fields marked internal and keeps the rest', () => {
		const plan = planSchema.parse(extremePortfolio().accounts[0].plan.data);
		const safe = customerPlan(plan);
		expect(safe).not.toHaveProperty('risks');
		expect(Object.keys(safe.relationship).sort()).toEqual(['since', 'strengths'].filter((k) => k in plan.relationship).sort());
		expect(Object.keys(safe.financials).sort()).toEqual(['commitment', 'revenue']);
		for (const c of safe.contacts) expect(Object.keys(c)).not.toContain('stance');
		for (const o of safe.opportunities) expect(Object.keys(o)).not.toContain('probability');
		expect(safe.contract).not.toHaveProperty('value');
		expect(safe.contract?.end).toBe(plan.contract?.end);
		expect(safe.objectives).toEqual(plan.objectives);
		expect(safe.name).toBe(plan.name);
	});

	it('strips the renewal plan down to what is not internal', () => {
		const renewal = extremePortfolio().accounts[0].renewal?.data;
		expect(Object.keys(stripInternal(renewalSchema, renewal) as object).sort()).toEqual(['decisionMakers', 'milestones', 'objective', 'valueDelivered']);
	});

	it('finds the internal texts of a plan', () => {
		const texts = internalTexts(planSchema, planSchema.parse(extremePortfolio().accounts[0].plan.data));
		expect(texts).toContain('Competitor Zeta Extreme');
		expect(texts.some((t) => t.startsWith('Secret weakness'))).toBe(true);
		expect(texts).toContain('champion');
	});
});

describe('customer one-pagers of every sample plan', () => {
	const cases = analysis.accounts.map((a) => ({
		a,
		sheet: customerSheet(a, { organisation: analysis.settings.organisation, today: TODAY, people: analysis.people }),
		secret: needles(
			[...internalTexts(planSchema, a.account.plan.data), ...(a.account.renewal ? internalTexts(renewalSchema, a.account.renewal.data) : [])],
			[...strings(customerPlan(a.account.plan.data)), ...strings(stripInternal(renewalSchema, a.account.renewal?.data))],
		),
		competitors: [...a.account.plan.data.relationship.competitors.map((c) => c.name), ...(a.account.renewal?.data.threats.map((t) => t.competitor) ?? [])],
	}));

	it('have sample plans with internal content to hide', () => {
		expect(cases.some((c) => c.competitors.length > 0)).toBe(true);
		expect(cases.some((c) => c.secret.length > 5)).toBe(true);
	});

	it('carry no health, findings, stances, risks or share of wallet', () => {
		for (const { sheet } of cases) {
			expect(sheet.health).toBeUndefined();
			expect(sheet.risks).toBeUndefined();
			expect(sheet.people.every((p) => p.stance === undefined)).toBe(true);
			expect(sheet.kpis.map((k) => k.label).join()).not.toMatch(/wallet|pipeline/i);
		}
	});

	it('hold no internal text in their data', () => {
		for (const { a, sheet, secret } of cases) {
			const json = JSON.stringify(sheet);
			for (const s of secret) expect(json, `${a.slug}: "${s}"`).not.toContain(s);
		}
	});

	it('draw no internal text, and no competitor name', async () => {
		for (const { a, sheet, secret, competitors } of cases) {
			const text = await drawnText(sheet);
			expect(text).toContain(a.account.plan.data.name);
			for (const s of [...secret, ...competitors]) expect(text, `${a.slug}: "${s}"`).not.toContain(s.replace(/\s+/g, ' '));
		}
	});

	it('are the customer variant of the build (one per account)', () => {
		const customer = jobsOf(analysis).filter((j) => j.kind === 'customer');
		expect(customer.map((j) => j.slug)).toEqual(cases.map((c) => c.a.slug).sort());
	});

	it('hide internal text of the extreme plan too', async () => {
		const [a] = analysePortfolio(extremePortfolio(), TODAY).accounts;
		const text = await drawnText(customerSheet(a, { organisation: 'Org', today: TODAY, people: new Map() }));
		expect(text).not.toContain('Competitor Zeta');
		expect(text).not.toContain('Secret weakness');
		expect(text).not.toMatch(/Champion|Blocker|Sceptic/);
	});
});
