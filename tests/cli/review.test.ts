/**
 * `npm run review` on scenario repositories with real commits: a change that
 * resolves a finding, one that introduces an error, a renamed and a deleted
 * account, an unknown base ref, a folder without history; and the same
 * commits with the same today give the same bytes.
 */
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { commitAll, gitIn, initRepository } from '../support/git-repo';
import { expectPlaced } from '../support/placed';
import { runScript } from '../support/run';
import { HEALTHY, sandbox } from '../support/sandbox';
import { useTempDirs } from '../support/temp';

const temp = useTempDirs();
const PORTAVIA = 'portavia-terminals';
const STACK_FRAME = /^\s+at .+:\d+:\d+\)?$/m;

interface JsonProblem {
	file: string;
	line: number;
	column: number;
	path: string;
	message: string;
	severity: 'error' | 'warning' | 'info';
	rule: string | null;
}
interface JsonAccount {
	slug: string;
	status: string;
	renamedFrom: string | null;
	health: { before: { score: number } | null; after: { score: number } | null };
	changes: { kind: string; text: string }[];
	opened: JsonProblem[];
	resolved: JsonProblem[];
}
interface JsonReview {
	accounts: JsonAccount[];
	findingsOnly: JsonAccount[];
	introduced: JsonProblem[];
}

/** A repository of two sample accounts committed on main, then a branch `change`. */
function repository() {
	const box = temp.keep(sandbox([HEALTHY, PORTAVIA]));
	initRepository(box);
	gitIn(box.root, ['checkout', '-q', '-b', 'change']);
	return box;
}

const review = (root: string, args: string[] = []) => runScript('review', args, root);
const json = (root: string, args: string[] = []) => JSON.parse(review(root, ['--format', 'json', ...args]).stdout) as JsonReview;

describe('a change to one account', () => {
	test('an overdue action marked done resolves its finding; a contact with an unknown manager opens an error with its line; --strict fails until it is fixed', () => {
		const box = repository();
		box.editText(PORTAVIA, (t) =>
			t
				.replace(/(Meet procurement on their tender calendar[^}]*)status: open/, '$1status: done')
				.replace('\ncontacts:\n', '\ncontacts:\n  - { id: nia-berg, name: Nia Berg, title: CFO, role: decision-maker, stance: supporter, reportsTo: ghost }\n'),
		);
		commitAll(box, 'Portavia: procurement met, new CFO');

		const result = json(box.root);
		expect(result.accounts.map((a) => [a.slug, a.status])).toEqual([[PORTAVIA, 'changed']]);
		const [account] = result.accounts;
		expect(account.resolved.map((p) => p.rule)).toContain('actions.overdue');
		const error = account.opened.find((p) => p.severity === 'error')!;
		expect(error).toMatchObject({ path: 'contacts[0].reportsTo', rule: null });
		expect(error.message).toContain('unknown contact "ghost"');
		expectPlaced(box.root, { ...error, rule: undefined });
		expect(account.health.before?.score).toEqual(expect.any(Number));
		expect(account.changes.map((c) => c.text)).toEqual(['contact added: Nia Berg (CFO), decision maker, supporter', 'action done: "Meet procurement on their tender calendar"']);

		const text = review(box.root);
		expect(text.status).toBe(0);
		expect(text.stdout).toMatch(new RegExp(`^${PORTAVIA} \\(Portavia Terminals\\): changed, health \\d+ → \\d+`, 'm'));
		expect(text.stdout).toMatch(/resolved warn {2}content\/accounts\/portavia-terminals\/plan\.mdx:\d+:\d+: actions\[2\]\.due: .*\[actions\.overdue\]/);

		const github = review(box.root, ['--format', 'github', '--strict']);
		expect(github.status).toBe(1);
		expect(github.stdout).toContain(`::error file=content/accounts/${PORTAVIA}/plan.mdx,line=${error.line},col=${error.column},title=contacts[0].reportsTo::`);

		box.editText(PORTAVIA, (t) => t.replace('reportsTo: ghost', 'reportsTo: pieter-vandenbroeck'));
		expect(review(box.root, ['--strict']).status).toBe(0);
	});

	test('a markdown comment has a summary table and escapes what the plan says', () => {
		const box = repository();
		box.editPlan(HEALTHY, (doc) => doc.set('name', 'Nordwind <img src=x onerror=alert(1)> | *Logistics*'));
		const out = review(box.root, ['--format', 'markdown']).stdout;
		expect(out).toContain('| Account | Change | Health | Opened | Resolved | Plan changes |');
		expect(out).toContain('Nordwind \\<img src=x onerror=alert(1)\\> \\| \\*Logistics\\*');
		expect(out).not.toMatch(/(^|[^\\])<img/m);
	});

	test('old debt does not fail --strict: an unchanged error in the base is not new', () => {
		const box = temp.keep(sandbox([HEALTHY]));
		box.editPlan(HEALTHY, (doc) => doc.set('owner', 'jdoe'));
		initRepository(box);
		box.editPlan(HEALTHY, (doc) => doc.set('reviewed', '2026-11-20'));
		const result = review(box.root, ['--strict', '--base', 'main']);
		expect(result.stdout).toContain('0 new errors');
		expect(result.status).toBe(0);
	});
});

describe('accounts added, renamed and removed', () => {
	test('a renamed folder is one account renamed; a deleted one is removed', () => {
		const box = repository();
		renameSync(join(box.root, 'content/accounts', HEALTHY), join(box.root, 'content/accounts/nordwind'));
		rmSync(join(box.root, 'content/accounts', PORTAVIA), { recursive: true });
		commitAll(box, 'Rename Nordwind, drop Portavia');
		const result = json(box.root);
		expect(result.accounts.map((a) => [a.slug, a.status, a.renamedFrom])).toEqual([
			['nordwind', 'renamed', HEALTHY],
			[PORTAVIA, 'removed', null],
		]);
		expect(result.accounts[1].health.after).toBeNull();
		expect(result.introduced).toEqual([]);
	});
});

describe('findings that change without a file change', () => {
	test('are listed apart: a stricter staleness limit in settings flags an unchanged plan', () => {
		const box = repository();
		box.editPlan(HEALTHY, (doc) => doc.setIn(['actions', 0, 'due'], '2026-12-01'));
		const settings = join(box.root, 'content/settings.yaml');
		writeFileSync(settings, readFileSync(settings, 'utf8').replace('contactStaleDays: 90', 'contactStaleDays: 20'));
		const result = json(box.root);
		expect(result.accounts.map((a) => a.slug)).toEqual([HEALTHY]);
		expect(result.accounts[0].changes.map((c) => c.kind)).toEqual(['action-redated']);
		expect(result.findingsOnly.map((a) => [a.slug, a.status])).toEqual([[PORTAVIA, 'findings-only']]);
		expect(result.findingsOnly[0].opened.map((p) => p.rule)).toContain('contacts.stale');
	});
});

describe('usage errors', () => {
	test('a base ref that does not exist is a clear message, exit 2', () => {
		const box = repository();
		const result = review(box.root, ['--base', 'no-such-branch']);
		expect(result.status).toBe(2);
		expect(result.stderr).toContain('unknown base ref "no-such-branch"');
		expect(result.stderr).not.toMatch(STACK_FRAME);
	});

	test('a folder without git history is a clear message, exit 2', () => {
		const box = temp.keep(sandbox([HEALTHY]));
		const result = review(box.root);
		expect(result.status).toBe(2);
		expect(result.stderr).toContain('not in a git repository');
		gitIn(box.root, ['init', '-q', '-b', 'main']);
		const empty = review(box.root);
		expect(empty.status).toBe(2);
		expect(empty.stderr).toContain('no commits yet');
	});
});

describe('determinism', () => {
	test('the same commits and the same today give the same bytes, and the working tree is untouched', () => {
		const box = repository();
		box.editPlan(PORTAVIA, (doc) => doc.setIn(['contacts', 0, 'stance'], 'blocker'));
		commitAll(box, 'Stance');
		const status = gitIn(box.root, ['status', '--porcelain']);
		const runs = [0, 1].map(() => review(box.root, ['--format', 'markdown']).stdout);
		expect(runs[0]).toBe(runs[1]);
		expect(runs[0]).toMatch(/stance \w+ → blocker/);
		expect(gitIn(box.root, ['status', '--porcelain'])).toBe(status);
	});
});
