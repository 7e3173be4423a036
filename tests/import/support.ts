/** Shared set-up for import tests: a sandbox with every sample account under git, and an import run in it. */
import { execFileSync } from 'node:child_process';
import { copyFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { runImport, type ImportOptions, type ImportResult } from '../../src/import/import-run';
import { REPO, sandbox, type Sandbox } from '../support/sandbox';

export const FIXTURES = join(import.meta.dirname, 'fixtures');

/** A sandbox with all sample accounts, committed to a fresh git repository (so tests can ask git what changed). */
export function portfolioSandbox(): Sandbox {
	const box = sandbox(readdirSync(join(REPO, 'content', 'accounts')));
	const git = (...args: string[]) => execFileSync('git', args, { cwd: box.root, stdio: 'pipe' });
	git('init', '-q');
	git('add', '-A');
	git('-c', 'user.email=test@example.com', '-c', 'user.name=test', 'commit', '-qm', 'base');
	return box;
}

/** `git diff --numstat` of the sandbox: added and removed lines per file. */
export function numstat(box: Sandbox): Map<string, { added: number; removed: number }> {
	const out = execFileSync('git', ['diff', '--numstat'], { cwd: box.root, encoding: 'utf8' });
	return new Map(
		out
			.trim()
			.split('\n')
			.filter(Boolean)
			.map((line) => {
				const [added, removed, file] = line.split('\t');
				return [file, { added: Number(added), removed: Number(removed) }];
			}),
	);
}

/** Copies a fixture into the sandbox (imports read files relative to the project) and imports it. */
export function importFixture(box: Sandbox, fixture: string, options: Partial<ImportOptions> & Pick<ImportOptions, 'kind'>): Promise<ImportResult> {
	copyFileSync(join(FIXTURES, fixture), join(box.root, fixture));
	return runImport({ root: box.root, file: fixture, preset: 'generic', dryRun: false, today: '2026-11-24', ...options });
}
