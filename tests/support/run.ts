/** Runs the project's command-line scripts as a user would, in a given folder. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { REPO } from './sandbox';

export interface RunResult {
	status: number | null;
	stdout: string;
	stderr: string;
}

/** Runs `scripts/<name>.ts` with tsx in `cwd`, with KEYPLAN_TODAY fixed. */
export function runScript(name: string, args: string[], cwd: string, env: Record<string, string> = {}): RunResult {
	const result = spawnSync(join(REPO, 'node_modules', '.bin', 'tsx'), [join(REPO, 'scripts', `${name}.ts`), ...args], {
		cwd,
		encoding: 'utf8',
		env: { ...process.env, KEYPLAN_TODAY: '2026-11-24', FORCE_COLOR: '0', ...env },
	});
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
