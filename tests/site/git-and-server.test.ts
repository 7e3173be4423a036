/** Build-time git dates, and the e2e static server's path handling. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { lastCommitDate } from '../../src/site/git';
import { resolvePath, serve } from '../e2e/support/server';

const REPO = join(import.meta.dirname, '..', '..');

describe('lastCommitDate', () => {
	test('is a date for a committed file of this checkout', () => {
		expect(lastCommitDate('package.json', REPO) ?? 'not a checkout').toMatch(/^\d{4}-\d{2}-\d{2}$|^not a checkout$/);
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
