/**
 * Plan text in the command-line outputs: a value can never act on the
 * reader's terminal nor forge a line of `check`'s or `review`'s report, and
 * the pull-request comment keeps its table, notifies nobody and stays under
 * GitHub's limit however many accounts change.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { commitAll, gitIn, initRepository } from '../support/git-repo';
import { runScript } from '../support/run';
import { HEALTHY, sandbox } from '../support/sandbox';
import { useTempDirs } from '../support/temp';
import { ESCAPES } from '../encode/hostile-characters';

const temp = useTempDirs();
/** A raw control character other than the line feed: never in terminal output. */
const RAW_CONTROL = /[\0-\x09\x0B-\x1F\x7F-\x9F]/;
const FORGED = '\ncontent/accounts/acme/plan.mdx:1:1: name: FORGED ERROR\n::error::forged\n';

describe('check: plan values reach the terminal escaped', () => {
	/** A plan whose overdue action's title (quoted by a finding) or an unknown key (quoted by an error) is hostile. */
	function hostile(field: 'title' | 'key') {
		const box = temp.keep(sandbox([HEALTHY]));
		box.editPlan(HEALTHY, (doc) => {
			if (field === 'title') {
				doc.setIn(['actions', 0, 'title'], `Pilot ${ESCAPES.join(' ')}${FORGED}end`);
				doc.setIn(['actions', 0, 'due'], '2026-11-01');
			} else doc.setIn(['contacts', 1, `gh\x1b]52;c;eA==\x07${FORGED}`], 'x'); // an unknown key: its error quotes it
		});
		return box;
	}

	test.each([
		['text', 'title'],
		['github', 'title'],
		['text', 'key'],
		['github', 'key'],
	] as const)('--format %s, hostile %s: no escape sequence, no forged line', (format, field) => {
		const result = runScript('check', ['--format', format], hostile(field).root);
		expect(result.stderr).toBe('');
		expect(result.stdout).not.toMatch(RAW_CONTROL);
		expect(result.stdout).not.toMatch(/^content\/accounts\/acme\/plan\.mdx:1:1/m);
		expect(result.stdout).not.toMatch(/^::error::forged/m);
		expect(result.stdout).toContain(field === 'title' ? '\\x1b]52;c;ZXZpbA==\\x07' : 'gh\\x1b]52;c;eA==\\x07');
		// Every problem line names its own file: nothing else starts a line.
		if (format === 'text') for (const line of result.stdout.split('\n').filter((l) => /^\s+(error|warn|info)\b/.test(l))) expect(line).toMatch(/^\s+(error|warn |info ) content\/accounts\/nordwind-logistics\/plan\.mdx:\d+:\d+: /);
		else for (const line of result.stdout.trim().split('\n').slice(0, -1)) expect(line).toMatch(/^::(error|warning|notice) file=/);
	});

	test('--format json keeps the value as it is (JSON encodes it)', () => {
		const result = runScript('check', ['--format', 'json'], hostile('key').root);
		const problems = JSON.parse(result.stdout) as { message: string; path: string }[];
		expect(problems.find((p) => p.path.startsWith('contacts[1].gh'))?.message).toContain('gh\x1b]52;c;');
	});
});

describe('review: the pull-request comment', () => {
	test('a CR in a name keeps the table, @octocat and #1 notify nobody, the terminal report stays escaped', () => {
		const box = temp.keep(sandbox([HEALTHY]));
		initRepository(box);
		gitIn(box.root, ['checkout', '-q', '-b', 'change']);
		box.editPlan(HEALTHY, (doc) => doc.setIn(['name'], 'Nordwind\r| evil | row |\r@octocat see #1 \x1b[2J'));
		commitAll(box, 'Rename');
		const markdown = runScript('review', ['--base', 'main', '--format', 'markdown'], box.root);
		expect(markdown.status).toBe(0);
		const lines = markdown.stdout.split('\n');
		const row = lines.find((l) => l.startsWith('| Nordwind'));
		expect(row, markdown.stdout).toBeDefined();
		expect(row!.match(/(?<!\\)\|/g)).toHaveLength(7); // six cells
		expect(markdown.stdout).not.toMatch(/[\r\x1b]/);
		expect(markdown.stdout).not.toMatch(/@octocat/);
		expect(markdown.stdout).not.toMatch(/#1\b/);
		const text = runScript('review', ['--base', 'main'], box.root);
		expect(text.stdout).not.toMatch(RAW_CONTROL);
		expect(text.stdout).toContain('\\r@octocat');
	});

	test('200 added accounts make a comment under 65,536 characters that says where the full review is', () => {
		const box = temp.keep(sandbox([HEALTHY]));
		initRepository(box);
		gitIn(box.root, ['checkout', '-q', '-b', 'change']);
		const plan = readFileSync(box.planPath(HEALTHY), 'utf8');
		for (let i = 0; i < 200; i++) {
			cpSync(join(box.root, 'content', 'accounts', HEALTHY), join(box.root, 'content', 'accounts', `added-${i}`), { recursive: true });
			writeFileSync(box.planPath(`added-${i}`), plan.replace('name: Nordwind Logistics', `name: Added account ${i} with a long name to fill the comment ${"and more words ".repeat(20)}`));
		}
		commitAll(box, 'Add 200 accounts');
		const result = runScript('review', ['--base', 'main', '--format', 'markdown'], box.root);
		expect(result.status).toBe(0);
		expect(result.stdout.length).toBeLessThan(65_536);
		expect(result.stdout).toMatch(/\| Added account 0 with a long name/);
		expect(result.stdout).toMatch(/This comment is shortened: \d+ more lines left out .*--format json/);
		const full = JSON.parse(runScript('review', ['--base', 'main', '--format', 'json'], box.root).stdout) as { accounts: unknown[] };
		expect(full.accounts).toHaveLength(200);
	}, 120_000);
});
