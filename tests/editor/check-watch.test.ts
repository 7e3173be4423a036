/**
 * `npm run check -- --watch`: after the full report, a saved mistake is
 * reported alone (one new problem, nothing resolved), and its fix as resolved,
 * through the same harness `npm run bench` times it with (bench/watch.ts).
 */
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { measureWatch } from '../../bench/watch';
import { changeReport, changes } from '../../src/cli/check-watch';
import { analysePortfolio } from '../../src/domain/analysis';
import { loadPortfolio } from '../../src/loader/portfolio';
import type { Problem } from '../../src/schema/problem';
import { REPO, sandbox } from '../support/sandbox';
import { useTempDirs } from '../support/temp';

const temp = useTempDirs();

describe('check --watch', () => {
	test('reports a saved mistake alone, and its fix as resolved', async () => {
		const box = temp.keep(sandbox(['nordwind-logistics', 'marlow-packaging']));
		const env = { ...process.env, KEYPLAN_TODAY: '2026-11-24', KEYPLAN_CACHE_DIR: join(box.root, '.cache') };
		const figures = await measureWatch(box.root, ['nordwind-logistics', 'marlow-packaging'], 2, env, [join(REPO, 'node_modules/tsx/dist/cli.mjs'), join(REPO, 'scripts/check.ts'), '--watch']);
		expect(figures.introduced).toHaveLength(2);
		expect(figures.fixed).toHaveLength(2);
	}, 120_000);

	test('a problem that only moved to another line is not new', () => {
		const at = (line: number, message = 'm'): Problem => ({ file: 'f', path: 'p', message, severity: 'error', line, column: 1 });
		expect(changes([at(3)], [at(4)])).toEqual({ added: [], resolved: [] });
		expect(changes([at(3)], [at(3, 'other')])).toEqual({ added: [at(3, 'other')], resolved: [at(3)] });
		const result = { problems: [at(3, 'other')], analysis: analysePortfolio(loadPortfolio(temp.keep(sandbox([])).root).portfolio, '2026-11-24'), filesChecked: 1 };
		expect(changeReport(['content/accounts/a/plan.mdx'], [at(3)], result, 12).split('\n').slice(0, 3)).toEqual([
			'content/accounts/a/plan.mdx saved: 1 new, 1 resolved (12 ms)',
			'  error f:3:1: p: other',
			'  resolved: error f:3:1: p: m',
		]);
	});
});
