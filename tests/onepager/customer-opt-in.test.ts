/**
 * Customer outputs are opt-in: the customer one-pager of every sample account
 * shows its shared objectives and open mutual actions and nothing else of
 * ours — no unshared objective or action title, no opportunity (title, value
 * or stage), no internal-only value. Checked on the sheet's data, and on the
 * drawn PNG read back by OCR.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatMoney, label } from '../../src/domain/format';
import { customerSheet, internalTexts } from '../../src/onepager/customer-view';
import { renderSheet } from '../../src/onepager/render';
import { planSchema } from '../../src/schema/plan';
import { analyseOne, planWith } from '../domain/support';
import { sampleAnalysis, TODAY } from './fixtures';
import { drawnText, hasTesseract, ocr, ocrShows } from './helpers';

const analysis = sampleAnalysis();
const ctx = { organisation: analysis.settings.organisation, today: TODAY, people: analysis.people };
const dir = mkdtempSync(join(tmpdir(), 'keyplan-opt-in-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A title cut to what a one-pager row shows at least (rows clamp with an ellipsis). */
const head = (text: string) => text.slice(0, 28);

const cases = analysis.accounts.map((a) => {
	const plan = a.account.plan.data;
	const sharedTitles = plan.objectives.filter((o) => o.shared).map((o) => o.title);
	const mutualTitles = a.figures.openMutualActions.map((m) => m.action.title);
	// A title written both as a shared and as an unshared item is public anyway.
	const isPublic = (title: string) => sharedTitles.includes(title) || mutualTitles.includes(title) || plan.selfImage.priorities.includes(title) || plan.selfImage.initiatives.some((i) => i.title === title);
	return {
		a,
		sheet: customerSheet(a, ctx),
		sharedTitles,
		mutualTitles,
		unshared: [...plan.objectives.filter((o) => !o.shared).map((o) => o.title), ...plan.actions.filter((x) => !x.mutual).map((x) => x.title)].filter((t) => !isPublic(t)),
		opportunities: plan.opportunities.map((o) => ({ title: o.title, value: o.value === undefined ? undefined : formatMoney(o.value, a.figures.currency), stage: label(o.stage) })),
		internal: internalTexts(planSchema, plan).filter((t) => t.length >= 14 && !isPublic(t)),
	};
});

describe('customer one-pagers are opt-in', () => {
	it('the sample has accounts with a mutual plan and accounts with nothing shared', () => {
		expect(cases.filter((c) => c.sharedTitles.length > 0 && c.mutualTitles.length > 0).length).toBeGreaterThanOrEqual(2);
		expect(cases.some((c) => c.a.figures.nothingShared)).toBe(true);
	});

	it('carry exactly the shared objectives and the open mutual actions, and no opportunity', () => {
		for (const c of cases) {
			expect(c.sheet.objectives.map((o) => o.title), c.a.slug).toEqual(c.sharedTitles.slice(0, 12));
			expect(c.sheet.actions.map((x) => x.title), c.a.slug).toEqual(c.mutualTitles.slice(0, 12));
			expect(c.sheet.opportunities, c.a.slug).toEqual([]);
			expect(c.sheet.people, c.a.slug).toEqual([]);
			const json = JSON.stringify(c.sheet);
			for (const t of c.unshared) expect(json, `${c.a.slug}: "${t}"`).not.toContain(t);
			for (const o of c.opportunities) expect(json, `${c.a.slug}: "${o.title}"`).not.toContain(o.title);
		}
	});

	it('draw no unshared objective or action, no opportunity and no internal value', async () => {
		for (const c of cases) {
			const text = await drawnText(c.sheet);
			for (const t of [...c.unshared, ...c.opportunities.map((o) => o.title), ...c.internal]) expect(text, `${c.a.slug}: "${t}"`).not.toContain(head(t));
			for (const o of c.opportunities) if (o.value) expect(text, `${c.a.slug}: ${o.value}`).not.toContain(`${o.value} · ${o.stage}`);
		}
	});

	it.skipIf(!hasTesseract)('read back by OCR, show the shared items and none of the rest', async () => {
		for (const c of cases) {
			const { png } = await renderSheet(c.sheet);
			const read = await ocr(png, join(dir, `${c.a.slug}.png`));
			const where = `${c.a.slug}: ${read.slice(0, 300)}`;
			for (const t of c.sharedTitles.slice(0, 2)) expect(ocrShows(read, head(t)), `${where} | shared "${t}"`).toBe(true);
			// OCR matching is fuzzy: a text that reads like a shared one (same first words) cannot be told apart by OCR; the data and drawn-text checks above cover it.
			const shown = [...c.sharedTitles, ...c.mutualTitles].join(' | ');
			const secret = [...c.unshared, ...c.opportunities.map((o) => o.title), ...c.internal].filter((t) => !ocrShows(shown, head(t)));
			expect(secret.length, c.a.slug).toBeGreaterThan(0);
			for (const t of secret) expect(ocrShows(read, head(t)), `${where} | leaked "${t}"`).toBe(false);
			for (const o of c.opportunities) if (o.value) expect(read, `${where} | leaked ${o.value}`).not.toContain(o.value);
			if (c.a.figures.nothingShared) expect(ocrShows(read, 'nothing agreed together yet'), where).toBe(true);
		}
	}, 120_000);
});

describe('a plan with nothing shared', () => {
	it('says so instead of showing our objectives and actions', () => {
		const a = analyseOne(planWith());
		const sheet = customerSheet(a, ctx);
		expect(a.figures.nothingShared).toBe(true);
		expect(sheet.kicker).toMatch(/nothing agreed together yet/);
		expect(sheet.objectives).toEqual([]);
		expect(sheet.actions).toEqual([]);
	});

	it('shows a shared objective and a mutual action once they are marked', () => {
		const a = analyseOne(planWith((p) => {
			p.objectives![0].shared = true;
			p.actions!.push({ title: 'Nominate a site lead', owner: 'ops', due: '2027-01-10', mutual: true });
		}));
		const sheet = customerSheet(a, ctx);
		expect(sheet.kicker).toBe('Joint account plan');
		expect(sheet.objectives.map((o) => o.title)).toEqual(['Grow maintenance scope']);
		expect(sheet.actions.map((x) => [x.title, x.owner])).toEqual([['Nominate a site lead', 'Otto Betrieb']]);
	});
});
