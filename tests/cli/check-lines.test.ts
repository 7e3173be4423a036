/** Every problem and finding of `npm run check` on its line, in text, JSON and GitHub annotations. */
import { describe, expect, test } from 'vitest';
import { annotation, escapeData, escapeProperty } from '../../src/cli/github';
import type { Problem } from '../../src/schema/problem';
import { expectPlaced } from '../support/placed';
import { runScript } from '../support/run';
import { HEALTHY, REPO, sandbox } from '../support/sandbox';
import { useTempDirs } from '../support/temp';

const temp = useTempDirs();

type Entry = Problem & { line: number | null; column: number | null };

describe('findings carry the line of their field', () => {
	test('every finding about a plan or renewal plan of the sample points at its field (JSON)', () => {
		const result = runScript('check', ['--format', 'json'], REPO);
		const entries = JSON.parse(result.stdout) as Entry[];
		const inPlans = entries.filter((e) => e.file.endsWith('.mdx'));
		expect(inPlans.length).toBeGreaterThan(30);
		for (const entry of inPlans) expectPlaced(REPO, { ...entry, line: entry.line ?? undefined, column: entry.column ?? undefined });
		// A finding about the portfolio as a whole has no file line.
		expect(entries.filter((e) => e.file === 'content/').every((e) => e.line === null)).toBe(true);
	});

	test('the text report shows file:line:column before the field path', () => {
		const result = runScript('check', [], REPO);
		expect(result.stdout).toMatch(/^ {2}warn {2}content\/accounts\/[a-z-]+\/plan\.mdx:\d+:\d+: actions\[\d+\]\.due: /m);
	});
});

describe('--format github', () => {
	test('prints one workflow command per problem and finding, on its line, with the rule id as title', () => {
		const box = temp.keep(sandbox());
		box.editPlan(HEALTHY, (doc) => {
			doc.setIn(['contacts', 2, 'reportsTo'], 'ghost');
			doc.setIn(['actions', 0, 'due'], '2026-01-05');
		});
		const result = runScript('check', ['--format', 'github'], box.root);
		expect(result.status).toBe(1);
		const lines = result.stdout.trim().split('\n');
		const reportsTo = lines.find((l) => l.includes('contacts[2].reportsTo'));
		expect(reportsTo).toMatch(/^::error file=content\/accounts\/nordwind-logistics\/plan\.mdx,line=\d+,col=\d+,title=contacts\[2\]\.reportsTo::contacts\[2\]\.reportsTo: unknown contact "ghost"/);
		const overdue = lines.find((l) => l.includes('title=actions.overdue'));
		expect(overdue).toMatch(/^::warning file=[^,]+,line=\d+,col=\d+,title=actions\.overdue::actions\[0\]\.due: /);
		for (const line of [reportsTo!, overdue!]) {
			const [, file, row, col, path] = /file=([^,]+),line=(\d+),col=(\d+),title=[^:]+::([^:]+): /.exec(line)!;
			expectPlaced(box.root, { file, path, line: Number(row), column: Number(col), message: '', severity: 'error' });
		}
		expect(lines.at(-1)).toMatch(/files checked: 1 error/);
	});

	test('escapes %, CR and LF in messages, and : and , in properties too', () => {
		expect(escapeData('50% done\r\nnext')).toBe('50%25 done%0D%0Anext');
		expect(escapeProperty('a:b,c%')).toBe('a%3Ab%2Cc%25');
		const line = annotation({ file: 'content/accounts/a,b/plan.mdx', path: 'name', message: 'x\n::error::injected', severity: 'info', line: 3, column: 7 });
		expect(line).toBe('::notice file=content/accounts/a%2Cb/plan.mdx,line=3,col=7,title=name::name: x%0A::error::injected');
		expect(line.split('\n')).toHaveLength(1);
	});
});
