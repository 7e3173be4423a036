/**
 * Large and hostile single plans, the part of `npm run bench` that the loader
 * tests no longer time (tests/loader/scale.test.ts and the alias bomb of
 * tests/loader/hostile-content.test.ts assert results, never speed):
 * - a plan whose extra contacts form one `reportsTo` chain, loaded, checked,
 *   analysed and laid out as an org chart, at 500 and at 5,000 contacts: the
 *   ratio of the two shows whether any step grows faster than the plan (10×
 *   is linear; a quadratic step would make it about 100×);
 * - the same 5,000 contacts closed into a cycle (one error, the cycle's text cut);
 * - a YAML alias bomb ("billion laughs") in the settings and in a plan,
 *   beside the sample plan alone: refusing it must cost about what loading
 *   the plan does.
 * Each figure is the median of a few runs in this process, warmed up.
 *
 * `bench/index.ts` runs it as a child process: `tsx bench/large-plans.ts --json`.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseDocument } from 'yaml';
import { analysePortfolio } from '../src/domain/analysis';
import { loadPortfolio } from '../src/loader/portfolio';
import { splitFrontmatter } from '../src/loader/yaml-source';
import { CommandError, parseCommandLine, runCommand } from '../src/present/command-line';
import { layoutOrgChart } from '../src/site/org-chart';
import { REPO } from './generate';

/** The large-plan figures, in milliseconds (medians). */
export interface LargePlanFigures {
	/** The sample plan alone (one account): what every other figure compares with. */
	sampleMs: number;
	chain500Ms: number;
	chain5000Ms: number;
	cycle5000Ms: number;
	aliasBombMs: number;
	runs: number;
}

/** The account every figure's plan is made from. */
const ACCOUNT = 'nordwind-logistics';
const TODAY = '2026-11-24';
const RUNS = 5;

/** A throw-away project with the sample settings, people and one account; `edit` changes the plan's text. */
function project(edit: (text: string) => string = (t) => t, settings?: (text: string) => string): string {
	const root = mkdtempSync(join(tmpdir(), 'keyplan-large-'));
	cpSync(join(REPO, 'content', 'settings.yaml'), join(root, 'content', 'settings.yaml'));
	cpSync(join(REPO, 'content', 'people'), join(root, 'content', 'people'), { recursive: true });
	cpSync(join(REPO, 'content', 'accounts', ACCOUNT), join(root, 'content', 'accounts', ACCOUNT), { recursive: true });
	const plan = join(root, 'content', 'accounts', ACCOUNT, 'plan.mdx');
	writeFileSync(plan, edit(readFileSync(plan, 'utf8')));
	if (settings) writeFileSync(join(root, 'content', 'settings.yaml'), settings(readFileSync(join(root, 'content', 'settings.yaml'), 'utf8')));
	return root;
}

/** The plan with `n` more contacts, each reporting to the one before (for a cycle, the first to the last); tests/loader/scale.test.ts uses it too. */
export function withContacts(n: number, cycle: boolean) {
	return (text: string): string => {
		const source = splitFrontmatter(text);
		if (!source) throw new CommandError(`bench: ${ACCOUNT}'s plan has no frontmatter`);
		const doc = parseDocument(source.frontmatter);
		const contacts = doc.get('contacts') as { add(node: unknown): void };
		for (let i = 0; i < n; i++) {
			const reportsTo = i > 0 ? `chain-${i - 1}` : cycle ? `chain-${n - 1}` : 'katrin-hoff';
			contacts.add(doc.createNode({ id: `chain-${i}`, name: `Contact ${i}`, department: i % 2 ? 'Finance' : 'Operations', reportsTo }));
		}
		return `---\n${doc.toString()}---\n${source.body}`;
	};
}

/** Nine levels of nine aliases each: 9⁹ strings if expanded (tests/loader/hostile-content.test.ts uses it too). */
export const ALIAS_BOMB = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]', ...[...'bcdefghi'].map((name, i) => `${name}: &${name} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(', ')}]`)].join('\n');

/** Loads, checks and analyses the project and lays out every org chart; returns the problems' messages. */
function loadAll(root: string): string[] {
	const { portfolio, problems } = loadPortfolio(root);
	const analysis = analysePortfolio(portfolio, TODAY);
	for (const account of analysis.accounts) layoutOrgChart(account.account.plan.data.contacts);
	return problems.map((p) => p.message);
}

/** Median wall time of `RUNS` runs after one warm-up; fails unless each run's problems are as `expect` says. */
function time(root: string, expect: (messages: string[]) => boolean, label: string): number {
	const times: number[] = [];
	for (let run = 0; run <= RUNS; run++) {
		const start = performance.now();
		const messages = loadAll(root);
		const ms = performance.now() - start;
		if (!expect(messages)) throw new CommandError(`bench: ${label} gave unexpected problems:\n${messages.join('\n')}`);
		if (run > 0) times.push(ms);
	}
	return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
}

/** Measures every large-plan figure in throw-away projects, removed afterwards. */
export function measureLargePlans(): LargePlanFigures {
	const roots: string[] = [];
	const make = (...args: Parameters<typeof project>) => {
		const root = project(...args);
		roots.push(root);
		return root;
	};
	try {
		const none = (m: string[]) => m.length === 0;
		return {
			sampleMs: time(make(), none, 'the sample plan'),
			chain500Ms: time(make(withContacts(500, false)), none, '500 contacts'),
			chain5000Ms: time(make(withContacts(5000, false)), none, '5,000 contacts'),
			cycle5000Ms: time(make(withContacts(5000, true)), (m) => m.length === 1 && m[0].startsWith('reporting lines form a cycle') && m[0].length < 200, 'a 5,000-contact cycle'),
			aliasBombMs: time(
				make((t) => t.replace('---\n', `---\n${ALIAS_BOMB}\n`), (s) => `${s}\n${ALIAS_BOMB}\n`),
				(m) => m.length === 2 && m.every((x) => /aliases are limited/.test(x)),
				'the alias bomb',
			),
			runs: RUNS,
		};
	} finally {
		for (const root of roots) rmSync(root, { recursive: true, force: true });
	}
}

// Run on its own, or by bench/index.ts (with --json: the figures as the last line).
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	await runCommand(() => {
		const { values } = parseCommandLine(process.argv.slice(2), { json: { type: 'boolean', default: false } }, 'Usage: tsx bench/large-plans.ts [--json]');
		const figures = measureLargePlans();
		console.log(values.json ? JSON.stringify(figures) : figures);
		return 0;
	});
}
