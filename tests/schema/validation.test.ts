/**
 * Scenario tests for content validation: each class of bad input is rejected
 * with a message that names the file, the field path and the fix.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, test } from 'vitest';
import { loadPortfolio } from '../../src/loader/portfolio';
import { formatProblem } from '../../src/schema/problem';
import { expectPlaced, unplaced } from '../support/placed';
import { HEALTHY, sandbox, type Sandbox } from '../support/sandbox';

const FILE = `content/accounts/${HEALTHY}/plan.mdx`;
let box: Sandbox;
afterEach(() => box?.remove());

/**
 * Loads the sandbox and returns its error lines in the documented format,
 * without line and column: each is checked to point at its field instead.
 */
function errors(): string[] {
	const problems = loadPortfolio(box.root).problems.filter((p) => p.severity === 'error');
	for (const problem of problems) expectPlaced(box.root, problem);
	return problems.map(unplaced);
}

/** The 1-based line of the first line of the plan that starts with `start`. */
const lineOf = (start: string) => readFileSync(box.planPath(HEALTHY), 'utf8').split('\n').findIndex((l) => l.startsWith(start)) + 1;

describe('a valid plan', () => {
	test('loads with no problems and applies defaults', () => {
		box = sandbox();
		const { portfolio, problems } = loadPortfolio(box.root);
		expect(problems).toEqual([]);
		const plan = portfolio.accounts[0].plan.data;
		expect(plan.name).toBe('Nordwind Logistics');
		expect(plan.contacts.length).toBeGreaterThan(1);
		expect(plan.actions.every((a) => a.status)).toBe(true);
	});
});

describe('references resolve', () => {
	test.each([
		['owner', (d: Sandbox) => d.editPlan(HEALTHY, (doc) => doc.set('owner', 'jdoe')), `${FILE}: owner: unknown person "jdoe"`, '(known: jonas-berg, lena-vogt'],
		['action owner', (d: Sandbox) => d.editPlan(HEALTHY, (doc) => doc.setIn(['actions', 1, 'owner'], 'lena-vgot')), `${FILE}: actions[1].owner: unknown person or contact "lena-vgot" (did you mean "lena-vogt"?)`, ''],
		['action objective', (d: Sandbox) => d.editPlan(HEALTHY, (doc) => doc.setIn(['actions', 0, 'objective'], 'nope')), `${FILE}: actions[0].objective: unknown objective "nope"`, 'win-poland'],
		['reportsTo', (d: Sandbox) => d.editPlan(HEALTHY, (doc) => doc.setIn(['contacts', 2, 'reportsTo'], 'ghost')), `${FILE}: contacts[2].reportsTo: unknown contact "ghost"`, 'katrin-hoff'],
		['meeting participant', (d: Sandbox) => d.editPlan(HEALTHY, (doc) => doc.setIn(['cadence', 0, 'participants', 1], 'someone')), `${FILE}: cadence[0].participants[1]: unknown person or contact "someone"`, ''],
		['team member', (d: Sandbox) => d.editPlan(HEALTHY, (doc) => doc.setIn(['team', 0, 'person'], 'tom')), `${FILE}: team[0].person: unknown person "tom"`, ''],
		['scorecard measure', (d: Sandbox) => d.editPlan(HEALTHY, (doc) => doc.setIn(['scorecard', 'reviews', 0, 'scores', 'uptme'], 5)), `${FILE}: scorecard.reviews[0].scores.uptme: unknown measure "uptme" (did you mean "uptime"?)`, ''],
		['tier', (d: Sandbox) => d.editPlan(HEALTHY, (doc) => doc.set('tier', 'platinum')), `${FILE}: tier: "platinum" is not a tier defined in content/settings.yaml`, 'strategic, key, growth'],
	])('an unknown %s is reported with the known values', (_, edit, expected, known) => {
		box = sandbox();
		edit(box);
		const lines = errors();
		const line = lines.find((l) => l.startsWith(expected));
		expect(line, lines.join('\n')).toBeDefined();
		expect(line).toContain(known);
	});

	test('renewal decision makers must be contacts of the plan', () => {
		box = sandbox();
		box.write(HEALTHY, 'renewal.mdx', '---\nobjective: Renew for three years\ndecisionMakers: [katrin-hoff, nobody]\n---\nBody\n');
		expect(errors()).toContainEqual(expect.stringMatching(/renewal\.mdx: decisionMakers\[1\]: unknown contact of the account plan "nobody"/));
	});
});

describe('ids, dates and links', () => {
	test('two contacts with the same id', () => {
		box = sandbox();
		box.editPlan(HEALTHY, (doc) => doc.setIn(['contacts', 3, 'id'], 'katrin-hoff'));
		expect(errors()).toContainEqual(`${FILE}: contacts[3].id: duplicate contact id "katrin-hoff" (already used by contacts[1])`);
	});

	test('a contract that ends before it starts', () => {
		box = sandbox();
		box.editPlan(HEALTHY, (doc) => doc.setIn(['contract', 'end'], '2023-06-30'));
		expect(errors()).toContainEqual(`${FILE}: contract.end: contract ends (2023-06-30) before it starts (2024-01-01)`);
	});

	test('an action due "next week"', () => {
		box = sandbox();
		box.editPlan(HEALTHY, (doc) => doc.setIn(['actions', 2, 'due'], 'next week'));
		expect(errors()).toContainEqual(`${FILE}: actions[2].due: "next week" is not a date: write it as YYYY-MM-DD`);
	});

	test('an impossible date', () => {
		box = sandbox();
		box.editText(HEALTHY, (t) => t.replace('reviewed: 2026-11-10', 'reviewed: 2026-02-30'));
		expect(errors()).toContainEqual(`${FILE}: reviewed: "2026-02-30" is not a date on the calendar`);
	});

	test.each(['javascript:alert(1)', 'data:text/html,hi', 'www.example.com'])('website %s is refused', (bad) => {
		box = sandbox();
		box.editPlan(HEALTHY, (doc) => doc.set('website', bad));
		expect(errors()).toContainEqual(`${FILE}: website: "${bad}" is not a link Keyplan accepts: use an https:, http: or mailto: address`);
	});

	test('a reporting cycle', () => {
		box = sandbox();
		box.editPlan(HEALTHY, (doc) => doc.setIn(['contacts', 0, 'reportsTo'], 'marek-nowak'));
		expect(errors()).toContainEqual(expect.stringMatching(/contacts\[\d\]\.reportsTo: reporting lines form a cycle: .*henrik-larsen.*marek-nowak/));
	});
});

describe('shape', () => {
	test('a misspelt key gets a did-you-mean hint', () => {
		box = sandbox();
		box.editText(HEALTHY, (t) => t.replace('\nobjectives:', '\nobjectivs:'));
		expect(errors()).toContainEqual(`${FILE}: objectivs: unknown key "objectivs" (did you mean "objectives"?)`);
	});

	test('a misspelt nested key names its full path', () => {
		box = sandbox();
		box.editPlan(HEALTHY, (doc) => doc.setIn(['contacts', 1, 'tittle'], 'COO'));
		expect(errors()).toContainEqual(`${FILE}: contacts[1].tittle: unknown key "tittle" (did you mean "title"?)`);
	});

	test('a wrong enum value lists the choices', () => {
		box = sandbox();
		box.editPlan(HEALTHY, (doc) => doc.setIn(['actions', 0, 'status'], 'finished'));
		expect(errors()).toContainEqual(`${FILE}: actions[0].status: "finished" is not one of: open, in-progress, done, blocked`);
	});

	test('a missing required field', () => {
		box = sandbox();
		box.editPlan(HEALTHY, (doc) => doc.delete('owner'));
		expect(errors()).toContainEqual(`${FILE}: owner: required field is missing`);
	});

	test('broken YAML names the line', () => {
		box = sandbox();
		box.editText(HEALTHY, (t) => t.replace('industry: Logistics & warehousing', 'industry: [Logistics'));
		const lines = errors();
		expect(lines).toHaveLength(1);
		expect(lines[0]).toMatch(new RegExp(`^${FILE}: frontmatter: YAML syntax error at line \\d+, column \\d+`));
		const problem = loadPortfolio(box.root).problems[0];
		expect(lines[0]).toContain(`line ${problem.line}, column ${problem.column}`);
	});

	test('a file without frontmatter', () => {
		box = sandbox();
		box.editText(HEALTHY, (t) => t.replace(/^---/, ''));
		expect(errors()[0]).toMatch(`${FILE}: no frontmatter`);
	});
});

describe('all problems at once', () => {
	test('three bad plans in one run are all reported', () => {
		box = sandbox({ one: HEALTHY, two: HEALTHY, three: HEALTHY });
		box.editPlan('one', (doc) => doc.set('owner', 'jdoe'));
		box.editText('two', (t) => t.replace('\nobjectives:', '\nobjectivs:'));
		box.editPlan('three', (doc) => {
			doc.set('website', 'javascript:alert(1)');
			doc.setIn(['contacts', 1, 'id'], 'henrik-larsen');
		});
		const lines = errors();
		expect(lines.some((l) => l.startsWith('content/accounts/one/plan.mdx: owner:'))).toBe(true);
		expect(lines.some((l) => l.startsWith('content/accounts/two/plan.mdx: objectivs:'))).toBe(true);
		expect(lines.some((l) => l.startsWith('content/accounts/three/plan.mdx: website:'))).toBe(true);
		expect(lines.some((l) => l.startsWith('content/accounts/three/plan.mdx: contacts[1].id:'))).toBe(true);
	});
});

describe('line and column', () => {
	test('a problem names the line and column of the field\'s value, in the format editors and CI read', () => {
		box = sandbox();
		box.editPlan(HEALTHY, (doc) => doc.set('owner', 'jdoe'));
		const problems = loadPortfolio(box.root).problems.map(formatProblem);
		expect(problems).toContainEqual(expect.stringMatching(new RegExp(`^${FILE}:${lineOf('owner:')}:8: owner: unknown person "jdoe"`)));
	});

	test('a misspelt key is placed at the key, a missing one at its parent\'s key, broken YAML at the error', () => {
		box = sandbox();
		box.editText(HEALTHY, (t) => t.replace('\nobjectives:', '\nobjectivs:'));
		box.editPlan(HEALTHY, (doc) => doc.deleteIn(['contract', 'start']));
		const lines = loadPortfolio(box.root).problems.map(formatProblem);
		expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^${FILE}:${lineOf('objectivs:')}:1: objectivs: unknown key`)));
		expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^${FILE}:${lineOf('contract:')}:1: contract.start: required field is missing`)));
	});
});

describe('the narrative', () => {
	test('invalid MDX in the body is reported with its line in the file', () => {
		box = sandbox();
		box.editText(HEALTHY, (t) => `${t}\nRevenue <will grow {by 5%\n`);
		const lines = loadPortfolio(box.root).problems.map(formatProblem);
		expect(lines).toHaveLength(1);
		const badLine = lineOf('Revenue <will');
		expect(lines[0]).toMatch(new RegExp(`^${FILE}:${badLine}:9: body: Unexpected character after \`<\``));
	});
});

describe('YAML traps', () => {
	test('a comma inside a flow mapping gets a "quote it" hint', () => {
		box = sandbox();
		box.editText(HEALTHY, (t) => t.replace("{ title: Present Leipzig pilot results to CFO,", "{ title: Present Leipzig pilot results, 4,400 tonnes to CFO,"));
		expect(errors()).toContainEqual(expect.stringMatching(/actions\[0\]\.400 tonnes to CFO: unknown key "400 tonnes to CFO" \(a comma inside \{ … \} splits the value there: put the whole text in quotes\)/));
	});
});
