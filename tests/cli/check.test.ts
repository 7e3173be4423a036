/** `npm run check` as a user runs it: exit codes, the error format, JSON output, usage errors. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { REPO, HEALTHY, sandbox, type Sandbox } from '../support/sandbox';
import { runScript } from '../support/run';

let box: Sandbox | undefined;
afterEach(() => box?.remove());

const STACK_FRAME = /^\s+at .+:\d+:\d+\)?$/m;

describe('npm run check', () => {
	test('the sample portfolio passes with exit 0 and a summary line', () => {
		const result = runScript('check', [], REPO);
		expect(result.stderr).not.toMatch(STACK_FRAME);
		expect(result.status).toBe(0);
		expect(result.stdout).toMatch(/\d+ files checked: 0 errors/);
	});

	test('bad content exits 1 and names file and field, without a stack trace', () => {
		box = sandbox({ alpha: HEALTHY, beta: HEALTHY });
		box.editPlan('alpha', (doc) => doc.set('owner', 'jdoe'));
		box.editText('beta', (t) => t.replace('industry: Logistics & warehousing', 'industry: [broken'));
		const result = runScript('check', [], box.root);
		expect(result.status).toBe(1);
		const ownerLine = readFileSync(box.planPath('alpha'), 'utf8').split('\n').findIndex((l) => l.startsWith('owner:')) + 1;
		expect(result.stdout).toContain(`content/accounts/alpha/plan.mdx:${ownerLine}:8: owner: unknown person "jdoe"`);
		const yamlError = /content\/accounts\/beta\/plan\.mdx:(\d+):(\d+): frontmatter: YAML syntax error at line (\d+), column (\d+)/.exec(result.stdout);
		expect(yamlError?.slice(1, 3)).toEqual(yamlError?.slice(3, 5));
		expect(result.stdout + result.stderr).not.toMatch(STACK_FRAME);
		expect(result.stdout).toMatch(/2 errors/);
	});

	test('--format json lists findings with file, path, message and severity', () => {
		box = sandbox();
		box.editPlan(HEALTHY, (doc) => doc.setIn(['contract', 'end'], '2020-01-01'));
		const result = runScript('check', ['--format', 'json'], box.root);
		expect(result.status).toBe(1);
		const findings = JSON.parse(result.stdout) as Array<Record<string, unknown>>;
		const error = findings.find((f) => f.severity === 'error');
		expect(error).toMatchObject({ file: `content/accounts/${HEALTHY}/plan.mdx`, path: 'contract.end', severity: 'error' });
		expect(String(error?.message)).toContain('before it starts');
	});

	test('a plan in a currency without an exchange rate fails, naming the plan and the currency', () => {
		box = sandbox(['marlow-packaging', HEALTHY]);
		const settings = join(box.root, 'content', 'settings.yaml');
		expect(runScript('check', [], box.root).status).toBe(0);
		writeFileSync(settings, readFileSync(settings, 'utf8').replace(/rates: \{ GBP: [\d.]+ \}/, 'rates: {}'));
		const result = runScript('check', [], box.root);
		expect(result.status).toBe(1);
		expect(result.stdout).toMatch(/content\/accounts\/marlow-packaging\/plan\.mdx(:\d+:\d+)?: financials\.currency: "Marlow Packaging" is in GBP, but content\/settings\.yaml has no exchange rate for GBP/);
	});

	test('an unknown flag is a usage error (exit 2), not a crash', () => {
		const result = runScript('check', ['--formt', 'json'], REPO);
		expect(result.status).toBe(2);
		expect(result.stderr).toContain('Usage: npm run check');
		expect(result.stderr).not.toMatch(STACK_FRAME);
	});
});
