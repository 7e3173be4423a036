/**
 * `npm run onepagers` and `npm run bench` on careless arguments and broken
 * output folders or content: a plain message naming what is wrong and what to
 * do, never a stack trace, and never a user's file overwritten.
 */
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { foreignFiles, MANIFEST } from '../../src/present/output-guard';
import { HEALTHY, sandbox } from '../support/sandbox';
import { runFile, runScript } from '../support/run';
import { useTempDirs } from '../support/temp';

const STACK_FRAME = /^\s+at .+:\d+:\d+\)?$/m;
const temp = useTempDirs();
const outDir = temp.outDir;

describe('npm run onepagers --out', () => {
	test('a file instead of a folder is a usage error (exit 2)', () => {
		const box = temp.keep(sandbox());
		const file = join(outDir(), 'slides.pptx');
		writeFileSync(file, 'my deck');
		const result = runScript('onepagers', ['--out', file, '--account', HEALTHY], box.root);
		expect(result.status).toBe(2);
		expect(result.stderr).toMatch(/^--out .*slides\.pptx: is a file, not a folder: choose a folder/);
		expect(result.stderr).not.toMatch(STACK_FRAME);
		expect(readFileSync(file, 'utf8')).toBe('my deck');
	});

	test('a read-only folder is a usage error (exit 2)', () => {
		const box = temp.keep(sandbox());
		chmodSync(box.root, 0o755);
		const dir = outDir();
		chmodSync(dir, 0o555);
		const result = runScript('onepagers', ['--out', dir, '--account', HEALTHY], box.root, {}, { unprivileged: true });
		chmodSync(dir, 0o755);
		expect(result.stderr).not.toMatch(STACK_FRAME);
		expect(result.status).toBe(2);
		expect(result.stderr).toMatch(/^--out .*: the folder is not writable: choose a folder you can write to, or change its permissions/);
	});

	test.each([
		['corrupt JSON', '{"accounts/x/onepager.png": "ab'],
		['the wrong shape', '["accounts/x/onepager.png"]'],
	])('a manifest with %s stops it, naming the manifest and what to do; nothing is written', (_, text) => {
		const box = temp.keep(sandbox());
		const dir = outDir();
		writeFileSync(join(dir, MANIFEST), text);
		mkdirSync(join(dir, 'accounts', HEALTHY), { recursive: true });
		writeFileSync(join(dir, 'accounts', HEALTHY, 'onepager.png'), 'my own slide');
		const result = runScript('onepagers', ['--out', dir, '--account', HEALTHY], box.root);
		expect(result.status).toBe(1);
		expect(result.stderr).toContain(`${MANIFEST}: `);
		expect(result.stderr).toContain('Nothing was written. If you did not change it on purpose, delete it and run again');
		expect(result.stderr).not.toMatch(STACK_FRAME);
		expect(readFileSync(join(dir, 'accounts', HEALTHY, 'onepager.png'), 'utf8')).toBe('my own slide');
		expect(readFileSync(join(dir, MANIFEST), 'utf8')).toBe(text);
	});

	test('a folder or link where an image goes is in the way, whatever the manifest says', () => {
		const dir = outDir();
		mkdirSync(join(dir, 'a.png'));
		expect(foreignFiles(dir, ['a.png', 'b.png'])).toEqual(['a.png']);
	});
});

describe('npm run bench on broken content', () => {
	test.each(['bench/index.ts', 'bench/onepagers.ts'])('%s lists the content errors plainly and exits 1', (file) => {
		const box = temp.keep(sandbox());
		box.editPlan(HEALTHY, (doc) => doc.set('owner', 'jdoe'));
		const result = runFile(file, [], box.root);
		expect(result.status).toBe(1);
		expect(result.stdout + result.stderr).toMatch(new RegExp(`content/accounts/${HEALTHY}/plan\\.mdx:\\d+:8: owner: unknown person "jdoe"`));
		expect(result.stderr).toContain('so there is nothing to measure');
		expect(result.stdout + result.stderr).not.toMatch(STACK_FRAME);
	});
});
