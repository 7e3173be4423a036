/** `npm run onepagers` never overwrites a file it did not write. */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { foreignFiles, recordWritten } from '../../src/present/output-guard';
import { HEALTHY, sandbox } from '../support/sandbox';
import { runScript } from '../support/run';
import { useTempDirs } from '../support/temp';

const temp = useTempDirs();
const outDir = temp.outDir;

describe('output guard', () => {
	test('a missing file is fine; a file Keyplan did not write is in the way', () => {
		const dir = outDir();
		expect(foreignFiles(dir, ['a.png'])).toEqual([]);
		writeFileSync(join(dir, 'a.png'), 'mine');
		expect(foreignFiles(dir, ['a.png'])).toEqual(['a.png']);
	});

	test('a file Keyplan wrote may be replaced, until someone changes it', () => {
		const dir = outDir();
		writeFileSync(join(dir, 'a.png'), 'rendered');
		recordWritten(dir, ['a.png']);
		expect(foreignFiles(dir, ['a.png'])).toEqual([]);
		writeFileSync(join(dir, 'a.png'), 'edited by hand');
		expect(foreignFiles(dir, ['a.png'])).toEqual(['a.png']);
	});

	test('the command refuses and leaves the user file untouched', () => {
		const box = temp.keep(sandbox());
		const dir = outDir();
		mkdirSync(join(dir, 'accounts', HEALTHY), { recursive: true });
		writeFileSync(join(dir, 'accounts', HEALTHY, 'onepager.png'), 'my own slide');
		const result = runScript('onepagers', ['--out', dir, '--account', HEALTHY], box.root);
		expect(result.status).toBe(1);
		expect(result.stderr).toContain(`accounts/${HEALTHY}/onepager.png: exists and was not written by Keyplan`);
		expect(result.stderr).toContain('Nothing was written');
		expect(readFileSync(join(dir, 'accounts', HEALTHY, 'onepager.png'), 'utf8')).toBe('my own slide');
	});
});
