/**
 * settings.yaml and the people files in yaml-language-server (what VS Code's
 * YAML extension runs), configured exactly by the project's
 * `.vscode/settings.json`: a misspelt key is reported on its line, an enum
 * completes, hover shows the field's doc, and the sample files are clean.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { writeEditorSchemas } from '../../src/editor/schemas';
import { loadPortfolio } from '../../src/loader/portfolio';
import { REPO, sandbox, type Sandbox } from '../support/sandbox';
import { LspClient, positionOf } from './lsp-client';

const SERVER = join(REPO, 'node_modules/yaml-language-server/bin/yaml-language-server');

let box: Sandbox;
let client: LspClient;
let settingsPath: string;

beforeAll(async () => {
	box = sandbox();
	writeEditorSchemas(box.root, loadPortfolio(box.root));
	settingsPath = join(box.root, 'content/settings.yaml');
	const vscode = JSON.parse(readFileSync(join(REPO, '.vscode/settings.json'), 'utf8')) as { 'yaml.schemas': Record<string, string> };
	const yaml = { schemas: vscode['yaml.schemas'], validate: true, hover: true, completion: true, schemaStore: { enable: false } };
	client = await LspClient.start(SERVER, box.root, {}, { yaml });
}, 60_000);

afterAll(async () => {
	await client?.stop();
	box?.remove();
});

describe('settings.yaml in the YAML language server', () => {
	test('a misspelt key is reported on its line', async () => {
		const text = readFileSync(settingsPath, 'utf8').replace('reviewStaleDays:', 'reviewStaleDay:');
		const uri = await client.open(settingsPath, 'yaml', text);
		const found = await client.diagnostics(uri, { timeout: 30_000, until: (list) => list.length > 0 });
		const line = text.split('\n').findIndex((l) => l.startsWith('reviewStaleDay:'));
		expect(found.map((d) => [d.range.start.line, d.message])).toContainEqual([line, expect.stringContaining('reviewStaleDay')]);
	}, 60_000);

	test('hover on a field shows its doc', async () => {
		const text = readFileSync(settingsPath, 'utf8');
		const uri = await client.open(settingsPath, 'yaml', text);
		await client.diagnostics(uri);
		const hover = await client.hover(uri, positionOf(text, '\nreviewStaleDays:', 3));
		expect(hover).toContain('is stale');
	}, 60_000);

	test('a key completes from the schema', async () => {
		const text = `${readFileSync(settingsPath, 'utf8').replace(/^contactStaleDays:.*\n/m, '')}contactSt`;
		const uri = await client.open(settingsPath, 'yaml', text);
		await client.diagnostics(uri);
		const items = await client.completion(uri, positionOf(text, 'contactSt', 9));
		expect(items.map((i) => i.label)).toContain('contactStaleDays');
	}, 60_000);

	test('the sample settings and people files show no diagnostic', async () => {
		const files = [settingsPath, ...readdirSync(join(box.root, 'content/people')).map((f) => join(box.root, 'content/people', f))];
		for (const file of files) {
			// A sentinel mistake on the last line: its diagnostic shows the server has validated the file (however long that
			// takes on a busy machine), and it must be the only one.
			const text = `${readFileSync(file, 'utf8').trimEnd()}\nkeyplanSentinel: 1\n`;
			const sentinel = text.split('\n').length - 2;
			const uri = await client.open(file, 'yaml', text);
			const found = await client.diagnostics(uri, { timeout: 30_000, until: (list) => list.some((d) => d.range.start.line === sentinel) });
			expect(found.some((d) => d.range.start.line === sentinel), file).toBe(true);
			expect(found.filter((d) => d.range.start.line !== sentinel).map((d) => `${file}:${d.range.start.line + 1}: ${d.message}`)).toEqual([]);
		}
	}, 60_000);
});

describe('a people file in the YAML language server', () => {
	test('a misspelt key is reported', async () => {
		const path = join(box.root, 'content/people', readdirSync(join(box.root, 'content/people'))[0]);
		const text = readFileSync(path, 'utf8').replace(/^title:/m, 'titel:');
		const uri = await client.open(path, 'yaml', text);
		const found = await client.diagnostics(uri, { timeout: 30_000, until: (list) => list.length > 0 });
		expect(found.map((d) => d.message).join('\n')).toContain('titel');
	}, 60_000);
});
