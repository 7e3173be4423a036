/**
 * The Astro language server, driven headless over LSP as VS Code's Astro
 * extension drives it (content intellisense on, `.mdx` files opened as
 * `mdx`), on a copy of the sample project whose editor schemas were written
 * as `check` writes them: diagnostics on the lines of a misspelt key and a
 * wrong tier, completion of tiers and stances, hover with a field's doc, and
 * no diagnostic on any sample plan.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { writeEditorSchemas } from '../../src/editor/schemas';
import { loadPortfolio } from '../../src/loader/portfolio';
import { REPO, sandbox, type Sandbox } from '../support/sandbox';
import { LspClient, positionOf, type Diagnostic } from './lsp-client';

const SERVER = join(REPO, 'node_modules/@astrojs/language-server/bin/nodeServer.js');
const PLAN = 'nordwind-logistics';
const ACCOUNTS = readdirSync(join(REPO, 'content/accounts'), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();

let box: Sandbox;
let client: LspClient;

beforeAll(async () => {
	box = sandbox(ACCOUNTS);
	writeEditorSchemas(box.root, loadPortfolio(box.root));
	client = await LspClient.start(SERVER, box.root, { typescript: { tsdk: join(REPO, 'node_modules/typescript/lib') }, contentIntellisense: true });
}, 60_000);

afterAll(async () => {
	await client?.stop();
	box?.remove();
});

/** The sample plan's text with `tier: platinum` and a contact's `stance` misspelt `stanse`. */
function badPlan(): string {
	const text = readFileSync(box.planPath(PLAN), 'utf8');
	return text.replace(/^tier: strategic$/m, 'tier: platinum').replace('    stance: supporter\n', '    stanse: supporter\n');
}

const lineOf = (text: string, start: string) => text.split('\n').findIndex((line) => line.startsWith(start));
const fromSchema = (d: Diagnostic) => d.source === 'astro';

describe('a plan.mdx in the Astro language server', () => {
	test('a misspelt key and a tier not in settings.yaml are reported on their lines', async () => {
		const text = badPlan();
		const uri = await client.open(box.planPath(PLAN), 'mdx', text);
		const found = await client.diagnostics(uri, { timeout: 60_000, until: (list) => list.filter(fromSchema).length >= 2 });
		await client.close(uri);
		const lines = found.filter(fromSchema).map((d) => [d.range.start.line, d.message]);
		expect(lines).toContainEqual([lineOf(text, 'tier: platinum'), expect.stringMatching(/strategic.*key.*growth/)]);
		expect(lines).toContainEqual([lineOf(text, '    stanse:'), expect.stringContaining('stanse')]);
	}, 90_000);

	test('`tier: ` completes to the tiers of settings.yaml', async () => {
		const text = readFileSync(box.planPath(PLAN), 'utf8').replace(/^tier: strategic$/m, 'tier: ');
		const uri = await client.open(box.planPath(PLAN), 'mdx', text);
		const items = await client.completion(uri, positionOf(text, '\ntier: ', 7));
		await client.close(uri);
		expect(items.map((i) => i.label)).toEqual(expect.arrayContaining(['strategic', 'key', 'growth']));
	}, 60_000);

	test('`owner: ` completes to the people of content/people/', async () => {
		const text = readFileSync(box.planPath(PLAN), 'utf8').replace(/^owner: .*$/m, 'owner: ');
		const uri = await client.open(box.planPath(PLAN), 'mdx', text);
		const items = await client.completion(uri, positionOf(text, '\nowner: ', 8));
		await client.close(uri);
		expect(items.map((i) => i.label).sort()).toEqual(readdirSync(join(box.root, 'content/people')).map((f) => f.replace(/\.yaml$/, '')).sort());
	}, 60_000);

	test('a contact\'s `stance: ` completes to the stance values', async () => {
		const text = readFileSync(box.planPath(PLAN), 'utf8').replace('    stance: supporter\n', '    stance: \n');
		const uri = await client.open(box.planPath(PLAN), 'mdx', text);
		const items = await client.completion(uri, positionOf(text, '    stance: \n', 12));
		await client.close(uri);
		expect(items.map((i) => i.label).sort()).toEqual(['blocker', 'champion', 'neutral', 'sceptic', 'supporter', 'unknown']);
	}, 60_000);

	test('hover on `reviewed` shows its documentation', async () => {
		const text = readFileSync(box.planPath(PLAN), 'utf8');
		const uri = await client.open(box.planPath(PLAN), 'mdx', text);
		const hover = await client.hover(uri, positionOf(text, '\nreviewed:', 3));
		await client.close(uri);
		expect(hover).toContain('Date the plan was last reviewed end to end: YYYY-MM-DD');
	}, 60_000);

	test('no sample plan or renewal plan shows a diagnostic', async () => {
		const files = ACCOUNTS.flatMap((slug) => readdirSync(join(box.root, 'content/accounts', slug)).map((file) => join(box.root, 'content/accounts', slug, file)));
		expect(files.length).toBeGreaterThan(ACCOUNTS.length);
		for (const file of files) {
			// A sentinel mistake on the frontmatter's first line: its diagnostic shows the server has validated the file
			// (whatever time that takes on a busy machine), and it must be the only one.
			const text = readFileSync(file, 'utf8').replace(/^---\n/, '---\nkeyplanSentinel: 1\n');
			const uri = await client.open(file, 'mdx', text);
			const found = await client.diagnostics(uri, { timeout: 60_000, until: (list) => list.some((d) => d.range.start.line === 1) });
			await client.close(uri);
			expect(found.some((d) => d.range.start.line === 1), file).toBe(true);
			expect(found.filter((d) => d.range.start.line !== 1).map((d) => `${file}:${d.range.start.line + 1}: ${d.message}`)).toEqual([]);
		}
	}, 120_000);
});
