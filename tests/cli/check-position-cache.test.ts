/** Findings keep their lines when `check` answers from its caches: the same report warm as cold, and new lines after an edit. */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Problem } from '../../src/schema/problem';
import { expectPlaced } from '../support/placed';
import { runScript } from '../support/run';
import { sandbox } from '../support/sandbox';
import { useTempDirs } from '../support/temp';

const temp = useTempDirs();
const SLUG = 'brueckner-druckguss';

type Entry = Problem & { line: number | null; column: number | null };

describe('the position cache', () => {
	test('a warm run reports the same lines as a cold one, and an edit that moves lines moves them in the report', () => {
		const box = temp.keep(sandbox([SLUG]));
		const env = { KEYPLAN_CACHE_DIR: temp.outDir() };
		const check = () => JSON.parse(runScript('check', ['--format', 'json'], box.root, env).stdout) as Entry[];
		const cold = check();
		const inPlan = (entries: Entry[]) => entries.filter((e) => e.file.endsWith(`${SLUG}/plan.mdx`));
		expect(inPlan(cold).length).toBeGreaterThan(3);
		const cacheFiles = readdirSync(join(env.KEYPLAN_CACHE_DIR, 'keyplan-content'));
		expect(cacheFiles.some((f) => f.startsWith('positions-'))).toBe(true);
		expect(check()).toEqual(cold);

		// Two comment lines at the top of the frontmatter: every finding in the plan is two lines further down.
		box.editText(SLUG, (text) => text.replace(/^---\r?\n/, '---\n# moved\n# down\n'));
		const moved = check();
		const before = new Map(inPlan(cold).map((e) => [`${e.rule ?? ''}|${e.path}|${e.message}`, e.line]));
		expect(inPlan(moved).length).toBe(inPlan(cold).length);
		let shifted = 0;
		for (const entry of inPlan(moved)) {
			const was = before.get(`${entry.rule ?? ''}|${entry.path}|${entry.message}`) ?? 0;
			// A finding with no better place than the file's first line stays there.
			expect(entry.line).toBe(was === 1 ? 1 : was + 2);
			if (was > 1) shifted++;
			expectPlaced(box.root, { ...entry, line: entry.line ?? undefined, column: entry.column ?? undefined });
		}
		expect(shifted).toBeGreaterThan(3);
	});

	test('KEYPLAN_NO_CACHE writes no position cache', () => {
		const box = temp.keep(sandbox([SLUG]));
		const dir = temp.outDir();
		runScript('check', [], box.root, { KEYPLAN_CACHE_DIR: dir, KEYPLAN_NO_CACHE: '1' });
		expect(existsSync(join(dir, 'keyplan-content'))).toBe(false);
	});
});
