/**
 * The VS Code files of the project: the check task's problem matcher reads
 * `check`'s real output (errors and warnings apart, on their lines), and each
 * snippet, expanded with its default values, is a valid entry of a plan.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadPortfolio } from '../../src/loader/portfolio';
import { runScript } from '../support/run';
import { HEALTHY, REPO, sandbox } from '../support/sandbox';
import { useTempDirs } from '../support/temp';

const temp = useTempDirs();

/** A VS Code JSON file: JSON with whole-line `//` comments. */
const readJsonc = (file: string): any => JSON.parse(readFileSync(join(REPO, '.vscode', file), 'utf8').replace(/^\s*\/\/.*$/gm, ''));

describe('the check task', () => {
	test('its problem matcher finds every located problem of check, errors and warnings apart', () => {
		const box = temp.keep(sandbox(['nordwind-logistics', 'brueckner-druckguss']));
		box.editText(HEALTHY, (t) => t.replace(/^tier: strategic$/m, 'tier: platinum'));
		const text = runScript('check', [], box.root).stdout;
		const json = JSON.parse(runScript('check', ['--format', 'json'], box.root).stdout) as { file: string; line: number | null; column: number | null; severity: string }[];
		const task = readJsonc('tasks.json').tasks.find((t: { script?: string }) => t.script === 'check');
		const { regexp, severity, file, line, column, message } = task.problemMatcher.pattern;
		const pattern = new RegExp(regexp);
		// VS Code reads `warn` as a warning.
		const severityOf = (word: string) => (word === 'warn' ? 'warning' : word);
		const matched = text.split('\n').flatMap((l) => {
			const m = pattern.exec(l);
			return m ? [`${severityOf(m[severity])} ${m[file]}:${m[line]}:${m[column]}: ${m[message]}`] : [];
		});
		const expected = json.filter((p) => p.line !== null).map((p) => `${p.severity} ${p.file}:${p.line}:${p.column}:`);
		expect(expected.length).toBeGreaterThan(5);
		expect(matched.map((m) => m.slice(0, m.indexOf(': ') + 1)).sort()).toEqual(expected.sort());
		expect(matched).toContainEqual(expect.stringMatching(/^error content\/accounts\/nordwind-logistics\/plan\.mdx:3:7: tier: "platinum" is not a tier/));
		expect(matched.some((m) => m.startsWith('warning '))).toBe(true);
	});
});

/** A snippet body with each tab stop at its default: `${1:text}` → text, `${2|a,b|}` → a, `$0` → nothing, date variables → today. */
function expand(body: string[], today: string): string {
	const [year, month, day] = today.split('-');
	const vars: Record<string, string> = { CURRENT_YEAR: year, CURRENT_MONTH: month, CURRENT_DATE: day };
	let text = body.join('\n');
	for (let before = ''; before !== text; ) {
		before = text;
		text = text.replace(/\$\{\d+:([^${}]*)\}/g, '$1').replace(/\$\{\d+\|([^,|]*)[^|]*\|\}/g, '$1').replace(/\$([A-Z_]+)/g, (_, name: string) => vars[name] ?? '').replace(/\$\d+/g, '');
	}
	return text;
}

describe('the snippets', () => {
	const snippets = readJsonc('keyplan.code-snippets') as Record<string, { prefix: string; body: string[] }>;
	const lists: Record<string, string> = { 'kp-contact': 'contacts', 'kp-action': 'actions', 'kp-meeting': 'cadence', 'kp-risk': 'risks', 'kp-opportunity': 'opportunities' };

	test('cover a contact, an action, a meeting, a risk and an opportunity', () => {
		expect(Object.values(snippets).map((s) => s.prefix).sort()).toEqual(Object.keys(lists).sort());
	});

	test.each(Object.entries(lists))('%s expands into a valid entry', (prefix, list) => {
		const snippet = Object.values(snippets).find((s) => s.prefix === prefix)!;
		expect(snippet.body.join('\n')).toMatch(/\$\{1[:|]/);
		const box = temp.keep(sandbox());
		// The snippets' person placeholder is a person of this project.
		writeFileSync(join(box.root, 'content/people/person-id.yaml'), 'name: Person Placeholder\n');
		const entry = expand(snippet.body, process.env.KEYPLAN_TODAY!).split('\n').map((l) => `  ${l}`).join('\n');
		// Typed on a new line under the list's key, indented like its items.
		box.editText(HEALTHY, (t) => t.replace(new RegExp(`^${list}:.*\\n`, 'm'), (key) => `${key}${entry}\n`));
		const { problems, portfolio } = loadPortfolio(box.root);
		expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
		const items = (portfolio.accounts[0].plan.data as unknown as Record<string, unknown[]>)[list];
		expect(items[0]).toMatchObject(list === 'cadence' ? { name: 'Quarterly business review' } : list === 'contacts' ? { id: 'first-last' } : {});
	});
});
