/**
 * Scenario repositories with real commits (as Starlight's git tests do): a
 * sandbox of the sample content turned into a git repository, with commits
 * at fixed dates and a fixed author, so that history is reproducible.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Sandbox } from './sandbox';

/** Runs git in the sandbox as a fixed author at a fixed date. */
export function gitIn(root: string, args: string[], date = '2026-11-01'): string {
	const when = `${date}T12:00:00Z`;
	return execFileSync('git', args, {
		cwd: root,
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'pipe'],
		env: { ...process.env, GIT_AUTHOR_DATE: when, GIT_COMMITTER_DATE: when, GIT_AUTHOR_NAME: 'Sofia Marín', GIT_AUTHOR_EMAIL: 'sofia@example.com', GIT_COMMITTER_NAME: 'Sofia Marín', GIT_COMMITTER_EMAIL: 'sofia@example.com' },
	});
}

/** Makes the sandbox a repository on branch `main` with everything committed at `date`. */
export function initRepository(box: Sandbox, date = '2026-10-01'): void {
	gitIn(box.root, ['init', '-q', '-b', 'main']);
	gitIn(box.root, ['config', 'commit.gpgsign', 'false']);
	writeFileSync(join(box.root, '.gitignore'), 'node_modules/\ndist/\n');
	commitAll(box, 'Sample portfolio', date);
}

/** Commits every change in the sandbox (additions and removals too). */
export function commitAll(box: Sandbox, subject: string, date = '2026-11-01'): void {
	gitIn(box.root, ['add', '-A']);
	gitIn(box.root, ['commit', '-q', '--allow-empty', '-m', subject], date);
}
