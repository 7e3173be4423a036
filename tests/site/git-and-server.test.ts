/** Build-time git dates, and the e2e static server's path handling. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { lastCommitDate, lastCommitDates } from '../../src/site/git';
import { resolvePath, serve } from '../e2e/support/server';

const REPO = join(import.meta.dirname, '..', '..');

/** A repository with two content files: a.mdx committed on 2026-03-01 and changed on 2026-05-10, b.yaml committed on 2026-04-02. */
function repository(): string {
	const dir = mkdtempSync(join(tmpdir(), 'keyplan-git-'));
	const git = (args: string[], date?: string) =>
		execFileSync('git', args, { cwd: dir, env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date, GIT_AUTHOR_NAME: 'T', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 'T', GIT_COMMITTER_EMAIL: 't@example.com' } });
	git(['init', '-q']);
	mkdirSync(join(dir, 'content', 'people'), { recursive: true });
	const commit = (file: string, text: string, date: string) => {
		writeFileSync(join(dir, file), text);
		git(['add', '.']);
		git(['commit', '-q', '-m', file], `${date}T12:00:00Z`);
	};
	commit('content/a.mdx', 'one', '2026-03-01');
	commit('content/people/b.yaml', 'b', '2026-04-02');
	commit('content/a.mdx', 'two', '2026-05-10');
	return dir;
}

describe('lastCommitDate', () => {
	test('is the date of the last commit of each content file, from one git call', () => {
		const dir = repository();
		expect(lastCommitDate('content/a.mdx', dir)).toBe('2026-05-10');
		expect(lastCommitDate('content/people/b.yaml', dir)).toBe('2026-04-02');
		expect([...lastCommitDates(dir).keys()].sort()).toEqual(['content/a.mdx', 'content/people/b.yaml']);
	});

	test('is undefined outside a git checkout or for an unknown file, never an error', () => {
		const dir = mkdtempSync(join(tmpdir(), 'keyplan-nogit-'));
		writeFileSync(join(dir, 'plan.mdx'), '---\n---\n');
		expect(lastCommitDate('plan.mdx', dir)).toBeUndefined();
		expect(lastCommitDate('no/such/file.mdx', REPO)).toBeUndefined();
	});
});

describe('static server', () => {
	test('serves files and directory indexes, refuses to leave its root', async () => {
		const root = mkdtempSync(join(tmpdir(), 'keyplan-serve-'));
		writeFileSync(join(root, 'index.html'), '<h1>home</h1>');
		expect(resolvePath(root, '/')).toBe(join(root, 'index.html'));
		expect(resolvePath(root, '/../etc/passwd')).toBeUndefined();
		expect(resolvePath(root, '/%2e%2e/%2e%2e/etc/passwd')).toBeUndefined();
		const server = await serve(root);
		try {
			const home = await fetch(`${server.origin}/`);
			expect(home.status).toBe(200);
			expect(home.headers.get('content-type')).toContain('text/html');
			expect((await fetch(`${server.origin}/missing`)).status).toBe(404);
		} finally {
			await server.close();
		}
	});
});
