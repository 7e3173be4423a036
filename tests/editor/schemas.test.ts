/**
 * The editor schemas, checked with a real JSON Schema validator (Ajv, the
 * one yaml-language-server uses): every sample file is accepted as YAML 1.2
 * reads it (dates stay strings, as in an editor), each mistake a JSON Schema
 * can express is rejected, and the output is deterministic.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { contentValuesOf } from '../../src/editor/content-values';
import { editorSchemas, entryKey, writeEditorSchemas, type EditorSchemas } from '../../src/editor/schemas';
import { loadPortfolio } from '../../src/loader/portfolio';
import { splitFrontmatter } from '../../src/loader/yaml-source';
import { runScript } from '../support/run';
import { REPO, sandbox } from '../support/sandbox';
import { useTempDirs } from '../support/temp';

const temp = useTempDirs();
const loaded = loadPortfolio(REPO);
const schemas = editorSchemas(contentValuesOf(loaded.portfolio.settings, loaded.portfolio.people));

/** A validator per schema: draft-07, `format: date` as the language servers read it. */
function validators(all: EditorSchemas) {
	const ajv = new Ajv({ allErrors: true, strict: false });
	ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
	// Zod's email pattern comes with the schema; the format keyword adds nothing Ajv needs to check.
	ajv.addFormat('email', true);
	return Object.fromEntries(Object.entries(all).map(([name, schema]) => [name, ajv.compile(schema)])) as Record<keyof EditorSchemas, ReturnType<Ajv['compile']>>;
}
const validate = validators(schemas);

/** The YAML data of a content file (frontmatter for MDX), as an editor's YAML 1.2 parser reads it. */
const dataOf = (path: string): unknown => parse(path.endsWith('.mdx') ? splitFrontmatter(readFileSync(path, 'utf8'))!.frontmatter : readFileSync(path, 'utf8'));

/** Every sample content file with the schema it is edited with. */
function sampleFiles(): [string, keyof EditorSchemas][] {
	const accounts = join(REPO, 'content', 'accounts');
	const files: [string, keyof EditorSchemas][] = [['content/settings.yaml', 'settings']];
	for (const name of readdirSync(join(REPO, 'content', 'people')).sort()) files.push([`content/people/${name}`, 'people']);
	for (const slug of readdirSync(accounts).sort()) {
		if (!statSync(join(accounts, slug)).isDirectory()) continue;
		for (const [file, schema] of [['plan.mdx', 'plans'], ['renewal.mdx', 'renewals']] as const) {
			if (readdirSync(join(accounts, slug)).includes(file)) files.push([`content/accounts/${slug}/${file}`, schema]);
		}
	}
	return files;
}

describe('every sample file is valid against its editor schema', () => {
	test.each(sampleFiles())('%s', (file, schema) => {
		const ok = validate[schema](dataOf(join(REPO, file)));
		expect(validate[schema].errors ?? [], file).toEqual([]);
		expect(ok).toBe(true);
	});
});

/** The sample plan with one change made to its data. */
function planWith(edit: (plan: Record<string, any>) => void): unknown {
	const plan = dataOf(join(REPO, 'content/accounts/nordwind-logistics/plan.mdx')) as Record<string, any>;
	edit(plan);
	return plan;
}

describe('mistakes a JSON Schema can express are rejected', () => {
	test.each<[string, (plan: Record<string, any>) => void]>([
		['a misspelt key', (p) => (p.contacts[0].stanse = 'champion')],
		['an unknown top-level key', (p) => (p.reviewd = '2026-11-10')],
		['a tier not in settings.yaml', (p) => (p.tier = 'platinum')],
		['an owner who is not a person', (p) => (p.owner = 'jdoe')],
		['a team member who is not a person', (p) => (p.team[0] = typeof p.team[0] === 'string' ? 'jdoe' : { ...p.team[0], person: 'jdoe' })],
		['a stance that does not exist', (p) => (p.contacts[0].stance = 'friend')],
		['a date not written YYYY-MM-DD', (p) => (p.reviewed = '10/11/2026')],
		['a revenue year that is not a year', (p) => (p.financials.revenue.FY26 = 100)],
		['an amount written as text', (p) => (p.financials.revenue['2026'] = '1,2M')],
		['a commitment year as text', (p) => (p.financials.commitment = { year: 'next', amount: 1 })],
		['an offering not in settings.yaml', (p) => (p.objectives[0].offering = 'consulting')],
		['a currency without a rate', (p) => (p.financials.currency = 'JPY')],
		['an action status that does not exist', (p) => (p.actions[0].status = 'waiting')],
		['a missing required field', (p) => delete p.name],
		['a link that is not text', (p) => (p.website = 42)],
	])('%s', (_, edit) => {
		expect(validate.plans(planWith(edit))).toBe(false);
	});

	test('in settings.yaml and people files', () => {
		const settings = dataOf(join(REPO, 'content/settings.yaml')) as Record<string, unknown>;
		expect(validate.settings({ ...settings, fiscalYearStrat: 1 })).toBe(false);
		expect(validate.settings({ ...settings, fiscalYearStart: 13 })).toBe(false);
		expect(validate.settings({ ...settings, currency: 'euro' })).toBe(false);
		expect(validate.people({ name: 'Ann', titel: 'KAM' })).toBe(false);
		expect(validate.people({ title: 'KAM' })).toBe(false);
	});

	test('a renewal plan with a misspelt key or a milestone owner who is not a person', () => {
		const renewal = dataOf(join(REPO, 'content/accounts/fjellkraft-energi/renewal.mdx')) as Record<string, any>;
		expect(validate.renewals({ ...renewal, objectve: 'x' })).toBe(false);
		expect(validate.renewals({ ...renewal, milestones: [{ title: 'Proposal', date: '2027-01-01', owner: 'jdoe' }] })).toBe(false);
	});
});

describe('the schemas', () => {
	test('carry the field docs, the content values and no date-time', () => {
		const plan = schemas.plans as any;
		expect(plan.additionalProperties).toBe(false);
		expect(plan.properties.reviewed).toMatchObject({ type: 'string', format: 'date', description: 'Date the plan was last reviewed end to end: YYYY-MM-DD, e.g. 2026-11-24.' });
		expect(plan.properties.tier.enum).toEqual(['strategic', 'key', 'growth']);
		expect(plan.properties.owner.enum).toEqual([...loaded.portfolio.people.keys()].sort());
		expect(plan.properties.contacts.items.properties.stance.enum).toEqual(['champion', 'supporter', 'neutral', 'sceptic', 'blocker', 'unknown']);
		expect(plan.properties.financials.properties.currency.enum).toEqual(['EUR', 'GBP']);
		expect(JSON.stringify(schemas)).not.toContain('date-time');
		expect(JSON.stringify(schemas)).not.toContain('"internal"');
	});

	test('are written deterministically, and not rewritten when nothing changed', () => {
		const box = temp.keep(sandbox());
		const first = writeEditorSchemas(box.root, loadPortfolio(box.root));
		expect(first).toEqual(['plans', 'renewals', 'settings', 'people'].map((n) => `.astro/collections/${n}.schema.json`).concat('.astro/collections/collections.json'));
		const bytes = readFileSync(join(box.root, '.astro/collections/plans.schema.json'), 'utf8');
		expect(writeEditorSchemas(box.root, loadPortfolio(box.root))).toEqual([]);
		const manifest = JSON.parse(readFileSync(join(box.root, '.astro/collections/collections.json'), 'utf8'));
		expect(Object.values(manifest.entries)).toEqual(['plans']);
		// A new person changes what `owner` completes to.
		box.write('nordwind-logistics', '../../people/new-kam.yaml', 'name: New KAM\n');
		expect(writeEditorSchemas(box.root, loadPortfolio(box.root))).toEqual(['.astro/collections/plans.schema.json', '.astro/collections/renewals.schema.json']);
		expect(readFileSync(join(box.root, '.astro/collections/plans.schema.json'), 'utf8')).not.toBe(bytes);
	});

	test('a plan made by npm run new is known to the editor at once', () => {
		const box = temp.keep(sandbox());
		expect(runScript('new', ['acme-tools', '--name', 'Acme Tools', '--owner', 'lena-vogt'], box.root).status).toBe(0);
		const manifest = JSON.parse(readFileSync(join(box.root, '.astro/collections/collections.json'), 'utf8')) as { entries: Record<string, string> };
		expect(manifest.entries[entryKey(join(box.root, 'content/accounts/acme-tools/plan.mdx'))]).toBe('plans');
	});
});
