/**
 * `npm run check` with findings, as a user runs it: the "Done when"
 * scenarios on a copy of the healthy sample plan, --strict, --account, and the
 * human report's grouping and summary.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { runScript } from '../support/run';
import { HEALTHY, REPO, sandbox, type Sandbox } from '../support/sandbox';

let box: Sandbox | undefined;
afterEach(() => box?.remove());

interface Entry {
	file: string;
	path: string;
	message: string;
	severity: string;
	rule: string | null;
	account: string | null;
}

type Data = Record<string, any>;

/** A sandbox with the healthy plan, its frontmatter changed as plain data. */
function healthyWith(edit: (plan: Data) => void): Sandbox {
	const b = sandbox();
	b.editPlan(HEALTHY, (doc) => {
		const data = doc.toJS() as Data;
		edit(data);
		doc.contents = doc.createNode(data) as typeof doc.contents;
	});
	return b;
}

function checkJson(root: string, args: string[] = []): { status: number | null; entries: Entry[] } {
	const result = runScript('check', ['--format', 'json', ...args], root);
	expect(result.stderr).toBe('');
	return { status: result.status, entries: JSON.parse(result.stdout) as Entry[] };
}

const PLAN = `content/accounts/${HEALTHY}/plan.mdx`;

describe('the healthy sample plan', () => {
	test('has no finding and passes, even with --strict', () => {
		box = sandbox();
		const { status, entries } = checkJson(box.root, ['--strict']);
		expect(entries).toEqual([]);
		expect(status).toBe(0);
	});
});

describe('breaking the healthy plan in one place produces the matching finding', () => {
	const scenarios: { name: string; edit: (p: Data) => void; rule: string; path: string; severity: string }[] = [
		{ name: 'one action overdue', edit: (p) => (p.actions[2].due = '2026-11-02'), rule: 'actions.overdue', path: 'actions[2].due', severity: 'warning' },
		{ name: 'review date nine months old', edit: (p) => (p.reviewed = '2026-02-24'), rule: 'review.stale', path: 'reviewed', severity: 'error' },
		{ name: 'contract end in seven months, no renewal plan', edit: (p) => (p.contract.end = '2027-06-30'), rule: 'contract.renewal-plan-missing', path: 'contract.end', severity: 'error' },
		{
			name: 'one contact left',
			edit: (p) => {
				// Keep Katrin Hoff and every reference valid, so the only change is the single thread.
				p.contacts = p.contacts.filter((c: Data) => c.id === 'katrin-hoff').map((c: Data) => ({ ...c, reportsTo: undefined }));
				for (const m of p.cadence) m.participants = m.participants.filter((id: string) => !['henrik-larsen', 'marek-nowak', 'ulrike-brand'].includes(id));
				p.actions = p.actions.map((a: Data) => ({ ...a, owner: ['jens-petersen', 'marek-nowak'].includes(a.owner) ? 'sofia-marin' : a.owner }));
				for (const f of p.feedback) f.from = ['katrin-hoff'];
			},
			rule: 'contacts.single-threaded',
			path: 'contacts',
			severity: 'warning',
		},
		{ name: 'no cadence', edit: (p) => delete p.cadence, rule: 'cadence.none', path: 'cadence', severity: 'error' },
	];

	test.each(scenarios)('$name → $rule', ({ edit, rule, path, severity }) => {
		box = healthyWith(edit);
		const { status, entries } = checkJson(box.root);
		expect(entries.filter((e) => e.rule === null)).toEqual([]); // still valid content
		expect(entries).toContainEqual(expect.objectContaining({ file: PLAN, path, rule, severity, account: HEALTHY }));
		expect(status).toBe(0); // findings do not fail the run…
		expect(checkJson(box.root, ['--strict']).status).toBe(1); // …unless --strict
	});
});

describe('the sample portfolio', () => {
	test('--account limits the report to one account', () => {
		const { status, entries } = checkJson(REPO, ['--account', 'brueckner-druckguss']);
		expect(status).toBe(0);
		expect(entries.length).toBeGreaterThan(5);
		expect(entries.every((e) => e.account === 'brueckner-druckguss' && e.file.startsWith('content/accounts/brueckner-druckguss/'))).toBe(true);
		expect(checkJson(REPO, ['--account', HEALTHY]).entries).toEqual([]);
	});

	test('the text report groups by account, worst first, and ends with a one-line summary', () => {
		const result = runScript('check', [], REPO);
		expect(result.status).toBe(0);
		const lines = result.stdout.trimEnd().split('\n');
		const headers = lines.filter((l) => /^\S/.test(l)).slice(0, -1);
		expect(headers[0]).toMatch(/^brueckner-druckguss \(Brückner Druckguss\): health \d+\/100, at-risk$/);
		const scores = headers.flatMap((h) => /health (\d+)\/100/.exec(h)?.[1] ?? []).map(Number);
		expect(scores).toEqual([...scores].sort((a, b) => a - b));
		expect(headers.at(-1)).toBe('portfolio');
		expect(headers.join('\n')).not.toContain(HEALTHY);
		const portavia = lines.find((l) => l.includes('[contract.renewal-plan-missing]'));
		expect(portavia).toMatch(/^  error content\/accounts\/portavia-terminals\/plan\.mdx:\d+:\d+: contract\.end: the contract ends 2027-05-31 .*renewal\.mdx/);
		expect(lines.at(-1)).toMatch(/^\d+ files checked: 0 errors, 0 warnings, 0 info; findings in \d+ accounts: \d+ errors, \d+ warnings, \d+ info; health: \d+ healthy, \d+ watch, \d+ at-risk\.$/);
	});

	test('--strict fails on the sample\'s findings; a bad KEYPLAN_TODAY is a usage error', () => {
		expect(runScript('check', ['--strict'], REPO).status).toBe(1);
		const bad = runScript('check', [], REPO, { KEYPLAN_TODAY: '2026-13-01' });
		expect(bad.status).toBe(2);
		expect(bad.stderr).toContain('KEYPLAN_TODAY="2026-13-01" is not a date');
	});
});
