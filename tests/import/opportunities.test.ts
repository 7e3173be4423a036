/**
 * Opportunities from a Salesforce report and a HubSpot deals export: stages
 * mapped, the new one added, exactly those lines changed, comments kept, a
 * second import a no-op, the plans still valid.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { loadPortfolio, withPlanTexts } from '../../src/loader/portfolio';
import { importMarkdown, importText } from '../../src/import/import-report';
import type { Sandbox } from '../support/sandbox';
import { importFixture, numstat, portfolioSandbox } from './support';

let box: Sandbox | undefined;
afterEach(() => box?.remove());

describe('a Salesforce opportunity report', () => {
	it('changes two stages and adds one opportunity, and nothing else', async () => {
		box = portfolioSandbox();
		const before = readFileSync(box.planPath('fjellkraft-energi'), 'utf8');
		const result = await importFixture(box, 'salesforce-opportunities.csv', { kind: 'opportunities', preset: 'salesforce' });
		expect(result.problems).toEqual([]);
		expect(result.written.sort()).toEqual(['content/accounts/fjellkraft-energi/plan.mdx', 'content/accounts/nordwind-logistics/plan.mdx']);
		// One line per changed opportunity, one added line for the new one.
		expect(Object.fromEntries(numstat(box))).toEqual({
			'content/accounts/fjellkraft-energi/plan.mdx': { added: 2, removed: 1 },
			'content/accounts/nordwind-logistics/plan.mdx': { added: 1, removed: 1 },
		});
		const after = readFileSync(box.planPath('fjellkraft-energi'), 'utf8');
		expect(after).toContain('stage: negotiation, expectedClose: 2027-02-26');
		expect(after).toContain('- { title: Generator rewind pilot, value: 310000, stage: idea, expectedClose: 2027-09-30, owner: lena-vogt, probability: 10, crmId: 006Kp00000999Opp }');
		// Every comment of the plan is still there.
		const comments = (text: string) => text.split('\n').filter((l) => /#\s/.test(l) && !l.trimStart().startsWith('- {'));
		expect(comments(after)).toEqual(comments(before));
		const load = loadPortfolio(box.root);
		expect(load.problems.filter((p) => p.severity === 'error')).toEqual([]);
		const fjellkraft = result.accounts.find((a) => a.slug === 'fjellkraft-energi')!;
		expect(fjellkraft.changes).toEqual([
			'opportunity "Technician pool for Fornyelse 2030 outages": stage Proposal → Negotiation',
			'opportunity "Generator rewind pilot" added (€310K, Idea)',
		]);
		expect(fjellkraft.review?.before?.score).toBeTypeOf('number');
		expect(importText(result)).toMatch(/Fjellkraft Energi \(health \d+ → \d+/);
		expect(importMarkdown(result)).toContain('#### Fjellkraft Energi: health');
		expect(fjellkraft.notes).toEqual(['opportunity "Spillway gate maintenance on four dams" (006Kp00000403Opp) is in the plan but not in the export: left as it is']);
	});

	it('leaves in the parse cache exactly what the loader reads from the files it wrote', async () => {
		box = portfolioSandbox();
		loadPortfolio(box.root);
		await importFixture(box, 'salesforce-opportunities.csv', { kind: 'opportunities', preset: 'salesforce' });
		const cached = loadPortfolio(box.root);
		process.env.KEYPLAN_NO_CACHE = '1';
		try {
			const fresh = loadPortfolio(box.root);
			expect(cached.portfolio.accounts.map((a) => a.plan.data)).toEqual(fresh.portfolio.accounts.map((a) => a.plan.data));
			expect(cached.problems).toEqual(fresh.problems);
			expect(fresh.portfolio.accounts.find((a) => a.slug === 'fjellkraft-energi')!.plan.data.opportunities).toHaveLength(4);
		} finally {
			delete process.env.KEYPLAN_NO_CACHE;
		}
	});

	it('changes nothing the second time', async () => {
		box = portfolioSandbox();
		await importFixture(box, 'salesforce-opportunities.csv', { kind: 'opportunities', preset: 'salesforce' });
		const first = readFileSync(box.planPath('fjellkraft-energi'), 'utf8');
		const again = await importFixture(box, 'salesforce-opportunities.csv', { kind: 'opportunities', preset: 'salesforce' });
		expect(again.problems).toEqual([]);
		expect(again.written).toEqual([]);
		expect(again.accounts.every((a) => a.changes.length === 0)).toBe(true);
		expect(readFileSync(box.planPath('fjellkraft-energi'), 'utf8')).toBe(first);
	});

	it('writes nothing on a dry run', async () => {
		box = portfolioSandbox();
		const result = await importFixture(box, 'salesforce-opportunities.csv', { kind: 'opportunities', preset: 'salesforce', dryRun: true });
		expect(result.accounts.flatMap((a) => a.changes)).toHaveLength(3);
		expect(numstat(box).size).toBe(0);
	});
});

describe('a HubSpot deals export', () => {
	it('maps HubSpot stages, fractions of probability and owners by e-mail, and writes the id of a title match once', async () => {
		box = portfolioSandbox();
		// A plan opportunity without a CRM id, matched by its exact title.
		box.editText('aegean-harvest-foods', (t) => t.replace('{ title: Commissioning support', '{ title: Cold-chain maintenance for Piraeus hub, value: 150000, stage: qualified }\n  - { title: Commissioning support'));
		const result = await importFixture(box, 'hubspot-deals.csv', { kind: 'opportunities', preset: 'hubspot' });
		expect(result.problems).toEqual([]);
		const text = readFileSync(box.planPath('aegean-harvest-foods'), 'utf8');
		expect(text).toContain('{ title: Cold-chain maintenance for Piraeus hub, value: 185000, stage: negotiation, expectedClose: 2027-03-31, owner: jonas-berg, probability: 80, crmId: "18342211001" }');
		expect(text).toContain('{ title: Spare-parts consignment stock, value: 60000, stage: idea, expectedClose: 2027-09-30, owner: jonas-berg, probability: 20, crmId: "18342211002" }');
		const load = loadPortfolio(box.root);
		expect(load.portfolio.accounts.find((a) => a.slug === 'aegean-harvest-foods')!.plan.data.opportunities[0].crmId).toBe('18342211001');
		const again = await importFixture(box, 'hubspot-deals.csv', { kind: 'opportunities', preset: 'hubspot' });
		expect(again.written).toEqual([]);
	});
});

describe('the loader judges edited plans before anything is written', () => {
	it('finds a schema error in an edited text, on its line, and drops that account from the result', () => {
		box = portfolioSandbox();
		const before = loadPortfolio(box.root);
		const path = 'content/accounts/fjellkraft-energi/plan.mdx';
		const text = before.sources.get(path)!.replace('stage: proposal, expectedClose: 2027-02-26', 'stage: maybe, expectedClose: 2027-02-26');
		const after = withPlanTexts(before, new Map([[path, text]]));
		const errors = after.problems.filter((p) => p.file === path && p.severity === 'error');
		expect(errors.map((p) => [p.path, p.line])).toEqual([['opportunities[0].stage', text.split('\n').findIndex((l) => l.includes('stage: maybe')) + 1]]);
		expect(after.portfolio.accounts.map((a) => a.slug)).not.toContain('fjellkraft-energi');
		expect(after.portfolio.accounts).toHaveLength(before.portfolio.accounts.length - 1);
	});
});
