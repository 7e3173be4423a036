/**
 * Careless or hostile files under content/: links that leave it, dangling
 * links, folders and pipes where files belong, broken encodings, YAML alias
 * bombs, misplaced and duplicate files. Each is a problem naming the file and
 * what to do; loading never throws, never hangs and never reads outside content/.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { ALIAS_BOMB } from '../../bench/large-plans';
import { loadPortfolio } from '../../src/loader/portfolio';
import { splitFrontmatter } from '../../src/loader/yaml-source';
import { formatProblem, type Problem } from '../../src/schema/problem';
import { HEALTHY, sandbox, type Sandbox } from '../support/sandbox';

let box: Sandbox;
afterEach(() => box?.remove());

const SECRET = 'TOP-SECRET-VALUE';
const content = (...parts: string[]) => join(box.root, 'content', ...parts);

function load(): { problems: Problem[]; lines: string[]; slugs: string[] } {
	const { problems, portfolio } = loadPortfolio(box.root);
	return { problems, lines: problems.map((p) => `${p.severity} ${formatProblem(p)}`), slugs: portfolio.accounts.map((a) => a.slug) };
}

/** A file outside content/ that must never be read or named. */
function secretOutside(): string {
	const path = join(box.root, 'private', 'secret.yaml');
	mkdirSync(join(box.root, 'private'), { recursive: true });
	writeFileSync(path, `name: ${SECRET}\n`);
	return path;
}

describe('content stays in content/', () => {
	test.each([
		['a person file', () => symlinkSync(secretOutside(), content('people', 'mallory.yaml')), 'content/people/mallory.yaml'],
		['a plan file', () => (mkdirSync(content('accounts', 'evil')), symlinkSync(secretOutside(), content('accounts', 'evil', 'plan.mdx'))), 'content/accounts/evil/plan.mdx'],
		['the settings', () => (rmSync(content('settings.yaml')), symlinkSync(secretOutside(), content('settings.yaml'))), 'content/settings.yaml'],
		['an account folder', () => (secretOutside(), symlinkSync(join(box.root, 'private'), content('accounts', 'evil'))), 'content/accounts/evil'],
		['the people folder', () => (secretOutside(), rmSync(content('people'), { recursive: true }), symlinkSync(join(box.root, 'private'), content('people'))), 'content/people'],
	])('a link to outside content/ as %s is an error naming the link, never its target', (_, make, file) => {
		box = sandbox();
		make();
		const { problems, lines } = load();
		const problem = problems.find((p) => p.file === file);
		expect(problem, lines.join('\n')).toMatchObject({ severity: 'error', path: '' });
		expect(problem?.message).toContain('outside content/');
		expect(lines.join('\n')).not.toContain(SECRET);
		expect(lines.join('\n')).not.toContain('private');
	});

	test('a link that stays inside content/ is read like the file itself', () => {
		box = sandbox();
		symlinkSync(content('people', 'jonas-berg.yaml'), content('people', 'jonas.yaml'));
		expect(load().problems).toEqual([]);
	});

	test('dangling links, folders named like files and pipes are errors with the path, not crashes', () => {
		box = sandbox([HEALTHY, 'marlow-packaging']);
		symlinkSync(join(box.root, 'nowhere.yaml'), content('people', 'ghost.yaml'));
		mkdirSync(content('people', 'folder.yaml'));
		mkdirSync(content('accounts', 'hollow', 'plan.mdx'), { recursive: true });
		spawnSync('mkfifo', [content('accounts', HEALTHY, 'renewal.mdx')]);
		const { lines, slugs } = load();
		expect(lines).toContainEqual(expect.stringMatching(/^error content\/people\/ghost\.yaml: is a link to something that does not exist/));
		expect(lines).toContainEqual(expect.stringMatching(/^error content\/people\/folder\.yaml: is a folder, but Keyplan expects a file/));
		expect(lines).toContainEqual(expect.stringMatching(/^error content\/accounts\/hollow\/plan\.mdx: is a folder/));
		expect(lines).toContainEqual(expect.stringMatching(/^error content\/accounts\/nordwind-logistics\/renewal\.mdx: is not a regular file/));
		expect(slugs).toEqual(['marlow-packaging', HEALTHY]);
	});
});

describe('encodings and YAML', () => {
	test('invalid UTF-8 is an error with the byte offset and line of the first bad byte', () => {
		box = sandbox();
		const text = Buffer.from('---\nname: Nordwind\nindustry: Logistik und Lagerung ');
		writeFileSync(box.planPath(HEALTHY), Buffer.concat([text, Buffer.from([0xfc]), Buffer.from('ber\n---\nBody\n')]));
		const { problems } = load();
		expect(problems).toHaveLength(1);
		expect(formatProblem(problems[0])).toBe(
			`content/accounts/${HEALTHY}/plan.mdx: is not valid UTF-8: the first invalid byte (0xFC) is at byte offset ${text.length} (line 3, column 33): ` +
				'save the file again with the encoding "UTF-8" (it was probably written as Latin-1 or Windows-1252)',
		);
	});

	test('a YAML alias bomb ("billion laughs") is refused, saying that aliases are limited', () => {
		box = sandbox();
		writeFileSync(content('settings.yaml'), `organisation: Bomb\n${ALIAS_BOMB}\n`);
		box.editText(HEALTHY, (t) => t.replace('---\n', `---\n${ALIAS_BOMB}\n`));
		const { problems } = load();
		for (const file of ['content/settings.yaml', `content/accounts/${HEALTHY}/plan.mdx`]) {
			const problem = problems.find((p) => p.file === file);
			expect(problem?.message).toMatch(/aliases are limited to 100 expansions per file.*billion laughs/);
		}
	});

	test('an indented --- inside a block scalar does not end the frontmatter', () => {
		const text = '---\nname: X\nnotes: |\n  first part\n  ---\n  still notes\nnote: ---\n---\n# Body\n';
		expect(splitFrontmatter(text)).toEqual({ frontmatter: 'name: X\nnotes: |\n  first part\n  ---\n  still notes\nnote: ---', body: '# Body\n', bodyLine: 9 });
		expect(splitFrontmatter('---\n---\nBody')).toEqual({ frontmatter: '', body: 'Body', bodyLine: 3 });
		expect(splitFrontmatter('---\nname: X\n  ---\n')).toBeUndefined();
		box = sandbox();
		box.editPlan(HEALTHY, (doc) => doc.setIn(['business', 'summary'], 'Line one\n---\nLine three\n'));
		expect(load().problems).toEqual([]);
	});
});

describe('nothing is silently dropped or shadowed', () => {
	test('a person defined twice (.yaml and .yml) is an error on the second file', () => {
		box = sandbox();
		writeFileSync(content('people', 'jonas-berg.yml'), 'name: Someone Else\n');
		const { lines } = load();
		expect(lines).toEqual([
			'error content/people/jonas-berg.yml: duplicate person id "jonas-berg": content/people/jonas-berg.yaml already defines this person; keep one of the two files',
		]);
	});

	test('misplaced content files are warnings that say where they belong', () => {
		box = sandbox({ [HEALTHY]: HEALTHY, second: 'marlow-packaging' });
		writeFileSync(content('accounts', 'stray-plan.mdx'), 'x');
		box.write(HEALTHY, 'renewal.md', 'x');
		box.write(HEALTHY, 'notes.txt', 'x');
		renameSync(box.planPath('second'), box.planPath('second', 'Plan.mdx'));
		writeFileSync(content('people', 'anna.json'), '{}');
		writeFileSync(content('README.md'), 'x');
		writeFileSync(content('.DS_Store'), 'x');
		const { lines } = load();
		expect(lines).toEqual(
			expect.arrayContaining([
				'warning content/accounts/stray-plan.mdx: is not read: every account has its own folder; move it to content/accounts/stray-plan/plan.mdx',
				`warning content/accounts/${HEALTHY}/renewal.md: is not read: rename it to renewal.mdx`,
				expect.stringMatching(new RegExp(`^warning content/accounts/${HEALTHY}/notes\\.txt: is not read: an account folder holds plan\\.mdx`)),
				'error content/accounts/second: account folder without plan.mdx (there is Plan.mdx: rename it to plan.mdx; file names are lower-case and plans end in .mdx)',
				expect.stringMatching(/^warning content\/people\/anna\.json: is not read: .*content\/people\/anna\.yaml/),
				expect.stringMatching(/^warning content\/README\.md: is not read: a plan belongs in its account's folder/),
			]),
		);
		expect(lines.join('\n')).not.toContain('.DS_Store');
	});
});
