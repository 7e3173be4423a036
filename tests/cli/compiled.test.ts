/**
 * `npm run check`, `review`, `import` and `export` run their scripts compiled into one file
 * (src/cli/compiled.mjs): the same output, bytes and exit codes as the scripts run
 * from source, compiled once, compiled again after any change to the code,
 * a source that does not compile reported by file and line, and the script
 * run from source where the compiled one cannot be written.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { compiledFolder } from '../../src/cli/compiled.mjs';
import { FIXTURES, portfolioSandbox } from '../import/support';
import { commitAll, initRepository } from '../support/git-repo';
import { runScript } from '../support/run';
import { HEALTHY, REPO, sandbox, type Sandbox } from '../support/sandbox';

const STACK_FRAME = /^\s+at .+:\d+:\d+\)?$/m;

/** A copy of the repository's code (its own compiled scripts), sharing the installed packages. */
let code: string;
/** The content the commands read. */
let box: Sandbox;

beforeAll(() => {
	code = mkdtempSync(join(tmpdir(), 'keyplan-code-'));
	for (const entry of ['src', 'scripts', 'package.json', 'tsconfig.json']) cpSync(join(REPO, entry), join(code, entry), { recursive: true });
	symlinkSync(join(REPO, 'node_modules'), join(code, 'node_modules'), 'dir');
	box = sandbox({ alpha: HEALTHY, beta: 'castellan-pharma' });
	box.editPlan('alpha', (doc) => doc.set('owner', 'jdoe'));
});

afterAll(() => {
	rmSync(compiledFolder(code), { recursive: true, force: true });
	rmSync(code, { recursive: true, force: true });
	box.remove();
});

/** What `npm run <name>` starts, as package.json says, run with the copy's code in the content sandbox. */
function runCompiled(name: 'check' | 'review' | 'import' | 'export', args: string[], cwd = box.root) {
	const command = (JSON.parse(readFileSync(join(code, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts[name].split(' ');
	expect(command.slice(0, 2)).toEqual(['node', 'scripts/compiled.mjs']);
	const result = spawnSync(join(REPO, 'node_modules', '.bin', 'node'), [join(code, command[1]), ...command.slice(2), ...args], {
		cwd,
		encoding: 'utf8',
		env: { ...process.env, KEYPLAN_TODAY: '2026-11-24', FORCE_COLOR: '0' },
	});
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The compiled check script and when it was written. */
const bundleTime = () => statSync(join(compiledFolder(code), 'check.mjs')).mtimeMs;

describe('compiled command-line scripts', () => {
	test('check gives the same report and exit code as the script run from source, in every format', () => {
		for (const args of [[], ['--format', 'json'], ['--format', 'github'], ['--account', 'beta', '--strict'], ['--formt', 'json']]) {
			const compiled = runCompiled('check', args);
			const source = runScript('check', args, box.root);
			expect(compiled.stdout, args.join(' ')).toBe(source.stdout);
			expect(compiled.stderr, args.join(' ')).toBe(source.stderr);
			expect(compiled.status, args.join(' ')).toBe(source.status);
		}
		// The content error is reported, by file, line and field.
		expect(runCompiled('check', []).stdout).toMatch(/content\/accounts\/alpha\/plan\.mdx:\d+:\d+: owner: unknown person "jdoe"/);
	});

	test('review gives the same report as the script run from source', () => {
		const outside = runCompiled('review', []);
		expect(outside.status).toBe(2);
		expect(outside).toEqual(runScript('review', [], box.root));

		const repo = sandbox([HEALTHY]);
		try {
			initRepository(repo);
			repo.editPlan(HEALTHY, (doc) => doc.setIn(['contract', 'end'], '2020-01-01'));
			commitAll(repo, 'End the contract early');
			for (const format of ['text', 'markdown', 'json']) {
				const args = ['--base', 'HEAD~1', '--format', format];
				const compiled = runCompiled('review', args, repo.root);
				expect(compiled, format).toEqual(runScript('review', args, repo.root));
				expect(compiled.status, format).toBe(0);
				expect(compiled.stdout, format).toContain('Nordwind Logistics');
				expect(compiled.stdout, format).toContain('contract');
			}
		} finally {
			repo.remove();
		}
	});

	test('import and export give the same report and bytes as the scripts run from source', () => {
		const all = portfolioSandbox();
		try {
			copyFileSync(join(FIXTURES, 'salesforce-opportunities.csv'), join(all.root, 'sf.csv'));
			copyFileSync(join(FIXTURES, 'erp-revenue-monthly.xlsx'), join(all.root, 'erp.xlsx'));
			copyFileSync(join(FIXTURES, 'erp-map.yaml'), join(all.root, 'erp-map.yaml'));
			for (const args of [['sf.csv', '--kind', 'opportunities', '--preset', 'salesforce', '--dry-run'], ['erp.xlsx', '--kind', 'revenue', '--map', 'erp-map.yaml', '--dry-run', '--format', 'json']]) {
				const compiled = runCompiled('import', args, all.root);
				expect(compiled, args.join(' ')).toEqual(runScript('import', args, all.root));
				expect(compiled.status, args.join(' ')).toBe(0);
			}
			expect(runCompiled('export', ['--out', 'compiled/p.xlsx'], all.root).status).toBe(0);
			expect(runScript('export', ['--out', 'source/p.xlsx'], all.root).status).toBe(0);
			expect(readFileSync(join(all.root, 'compiled', 'p.xlsx')).equals(readFileSync(join(all.root, 'source', 'p.xlsx')))).toBe(true);
		} finally {
			all.remove();
		}
	});

	test('is compiled once, and again after a change to any of its sources', () => {
		runCompiled('check', []);
		const first = bundleTime();
		const manifest = JSON.parse(readFileSync(join(compiledFolder(code), 'check.json'), 'utf8')) as { inputs: string[] };
		expect(manifest.inputs).toContain('src/cli/check-report.ts');
		expect(manifest.inputs).toContain('scripts/check.ts');
		expect(manifest.inputs.some((input) => input.includes('node_modules'))).toBe(false);

		expect(runCompiled('check', []).stdout).toMatch(/files checked: /);
		expect(bundleTime()).toBe(first);

		const report = join(code, 'src', 'cli', 'check-report.ts');
		writeFileSync(report, readFileSync(report, 'utf8').replace("'file')} checked: ", "'file')} read: "));
		const edited = runCompiled('check', []);
		expect(edited.stdout).toMatch(/\d+ files read: 1 error/);
		expect(bundleTime()).toBeGreaterThan(first);
	});

	test('a source that does not compile is reported by file, line and column, without a stack trace', () => {
		const report = join(code, 'src', 'cli', 'check-report.ts');
		const text = readFileSync(report, 'utf8');
		const lines = text.split('\n');
		// A broken line inside summaryLine: line numbers are 1-based, so the new line is `line`.
		const line = lines.findIndex((l) => l.startsWith('export function summaryLine')) + 2;
		writeFileSync(report, [...lines.slice(0, line - 1), '\tconst = 1;', ...lines.slice(line - 1)].join('\n'));
		try {
			const result = runCompiled('check', []);
			expect(result.status).toBe(1);
			expect(result.stderr).toContain('scripts/check.ts does not compile');
			expect(result.stderr).toContain(`src/cli/check-report.ts:${line}:`);
			expect(result.stderr).not.toMatch(STACK_FRAME);
		} finally {
			writeFileSync(report, text);
		}
		expect(runCompiled('check', []).status).toBe(1);
	});

	test('where the compiled script cannot be kept, the script runs from source with the same report', () => {
		const folder = compiledFolder(code);
		rmSync(folder, { recursive: true, force: true });
		writeFileSync(folder, 'not a folder');
		try {
			const result = runCompiled('check', ['--format', 'json']);
			expect(result).toEqual(runScript('check', ['--format', 'json'], box.root));
			expect(result.status).toBe(1);
		} finally {
			rmSync(folder, { force: true });
		}
	});
});
