/**
 * The layers of src/ hold: dependency-cruiser, with the rules in
 * `.dependency-cruiser.cjs`, finds no import cycle (type-only imports
 * included) and no layer breach on the repository; and it does find them
 * when a temporary copy of src/ is given a cycle, a domain module that reads
 * process state, or a presentation folder that imports another.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { REPO } from '../support/sandbox';

const depcruise = (cwd: string) =>
	spawnSync(join(REPO, 'node_modules', '.bin', 'depcruise'), ['src', '--config', '.dependency-cruiser.cjs', '--output-type', 'err'], { cwd, encoding: 'utf8' });

const copies: string[] = [];
afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A copy of src/ and the rules, with `edit` applied (a line appended to a file). */
function copyWith(file: string, line: string): string {
	const dir = mkdtempSync(join(tmpdir(), 'keyplan-layers-'));
	copies.push(dir);
	for (const entry of ['src', 'tsconfig.json', '.dependency-cruiser.cjs']) cpSync(join(REPO, entry), join(dir, entry), { recursive: true });
	symlinkSync(join(REPO, 'node_modules'), join(dir, 'node_modules'), 'dir');
	appendFileSync(join(dir, file), `\n${line}\n`);
	return dir;
}

describe('the layers of src/', () => {
	test('hold on the repository', () => {
		const result = depcruise(REPO);
		expect(result.stdout + result.stderr, 'npx depcruise src --config .dependency-cruiser.cjs').toMatch(/no dependency violations found/);
		expect(result.status).toBe(0);
	}, 60_000);

	test.each([
		['a type-only cycle', 'src/schema/primitives.ts', "import type { Plan } from './plan';", /no-circular/],
		['the domain reading process state', 'src/domain/health.ts', "import { shared } from '../build/process-store';", /layer-domain: src\/domain\/health\.ts → src\/build\/process-store\.ts/],
		['the schema reaching up into the domain', 'src/schema/plan.ts', "import type { Health } from '../domain/health';", /layer-schema/],
		['a presentation folder importing another', 'src/deck/notes.ts', "import { digestText } from '../digest/text';", /no-sibling-deck: src\/deck\/notes\.ts → src\/digest\/text\.ts/],
	])('fail on %s', (_, file, line, rule) => {
		const result = depcruise(copyWith(file, line));
		expect(result.status).not.toBe(0);
		expect(result.stdout + result.stderr).toMatch(rule);
	}, 60_000);
});
