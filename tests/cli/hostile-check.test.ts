/**
 * `npm run check` on careless or hostile content: every problem at once, each
 * naming its file and what to do, exit 1, and never a stack trace, a hang or
 * a word of a file outside content/.
 */
import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { HEALTHY, sandbox, type Sandbox } from '../support/sandbox';
import { runScript } from '../support/run';

const STACK_FRAME = /^\s+at .+:\d+:\d+\)?$/m;
let box: Sandbox | undefined;
afterEach(() => {
	box?.remove();
	box = undefined;
});

describe('npm run check on hostile content', () => {
	test('links out of content/, dangling links, folders named like files and an alias bomb: all reported, no crash', () => {
		box = sandbox({ [HEALTHY]: HEALTHY, other: 'marlow-packaging' });
		const content = join(box.root, 'content');
		writeFileSync(join(box.root, 'secret.yaml'), 'name: TOP-SECRET\n');
		symlinkSync(join(box.root, 'secret.yaml'), join(content, 'people', 'mallory.yaml'));
		symlinkSync(join(box.root, 'gone.mdx'), join(content, 'accounts', 'other', 'renewal.mdx'));
		mkdirSync(join(content, 'accounts', 'hollow', 'plan.mdx'), { recursive: true });
		mkdirSync(join(content, 'accounts', `x${'-long'.repeat(20)}`));
		box.editText(HEALTHY, (t) => t.replace('---\n', `---\na: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n`));
		const result = runScript('check', [], box.root);
		const out = result.stdout + result.stderr;
		expect(result.status).toBe(1);
		expect(out).not.toMatch(STACK_FRAME);
		expect(out).not.toContain('TOP-SECRET');
		expect(out).toContain('content/people/mallory.yaml: is a link to a place outside content/');
		expect(out).toContain('content/accounts/other/renewal.mdx: is a link to something that does not exist');
		expect(out).toContain('content/accounts/hollow/plan.mdx: is a folder');
		expect(out).toMatch(/content\/accounts\/x-long-long\S*: "x-long-long.*" is 101 characters long: rename the folder using at most 64 characters \(the account slug becomes part of folder names/);
		expect(out).toContain(`content/accounts/${HEALTHY}/plan.mdx:2:1: frontmatter: YAML aliases (*name) expand to too much data: aliases are limited to 100 expansions per file`);
		expect(out).toMatch(/5 errors/);
	});

	test('--account still fails when settings.yaml is broken: problems outside every account are in scope', () => {
		box = sandbox();
		writeFileSync(join(box.root, 'content', 'settings.yaml'), 'organisation: [unclosed\n');
		const result = runScript('check', ['--account', HEALTHY], box.root);
		expect(result.status).toBe(1);
		expect(result.stdout).toMatch(/content\/settings\.yaml:(\d+):\d+: YAML syntax error at line \1,/);
		expect(result.stdout).toMatch(/1 error/);
		const json = runScript('check', ['--account', HEALTHY, '--format', 'json'], box.root);
		expect(json.status).toBe(1);
		expect(JSON.parse(json.stdout)).toContainEqual(expect.objectContaining({ file: 'content/settings.yaml', severity: 'error' }));
	});

	test('an unreadable file is an error with its path', () => {
		box = sandbox();
		chmodSync(box.root, 0o755);
		chmodSync(box.planPath(HEALTHY), 0o000);
		const result = runScript('check', [], box.root, {}, { unprivileged: true });
		expect(result.stdout + result.stderr).not.toMatch(STACK_FRAME);
		expect(result.status).toBe(1);
		expect(result.stdout).toContain(`content/accounts/${HEALTHY}/plan.mdx: cannot be read (permission denied)`);
	});

	test('a 300-character --account is a usage error that does not echo all of it', () => {
		box = sandbox();
		const result = runScript('check', ['--account', 'a'.repeat(300)], box.root);
		expect(result.status).toBe(2);
		expect(result.stderr).toMatch(/^no account "a{40}…"/);
		expect(result.stderr).not.toMatch(STACK_FRAME);
	});
});
