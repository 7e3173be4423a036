/** Runs the project's command-line scripts as a user would, in a given folder. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { REPO } from './sandbox';

export interface RunResult {
	status: number | null;
	stdout: string;
	stderr: string;
}

export interface RunOptions {
	/**
	 * Run as the unprivileged user `nobody` when the tests run as root, so
	 * that file permissions (an unreadable file, a read-only folder) apply;
	 * the working folder must then be readable by everyone.
	 */
	unprivileged?: boolean;
}

/** True when the tests run as root, where file permissions do not stop anything. */
export const RUNNING_AS_ROOT = process.getuid?.() === 0;

/** Runs a TypeScript file of the repository (e.g. `bench/index.ts`) with tsx in `cwd`, with KEYPLAN_TODAY fixed. */
export function runFile(file: string, args: string[], cwd: string, env: Record<string, string> = {}, options: RunOptions = {}): RunResult {
	const user = options.unprivileged && RUNNING_AS_ROOT ? { uid: 65534, gid: 65534 } : {};
	const result = spawnSync(join(REPO, 'node_modules', '.bin', 'tsx'), [join(REPO, file), ...args], {
		cwd,
		encoding: 'utf8',
		env: { ...process.env, KEYPLAN_TODAY: '2026-11-24', FORCE_COLOR: '0', ...env },
		...user,
	});
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs `scripts/<name>.ts` with tsx in `cwd`, with KEYPLAN_TODAY fixed. */
export function runScript(name: string, args: string[], cwd: string, env: Record<string, string> = {}, options: RunOptions = {}): RunResult {
	return runFile(`scripts/${name}.ts`, args, cwd, env, options);
}

/** The environment a user's shell would have: without the test runner's own variables (MODE=test, DEV=1, VITEST…), which Vite reads. */
export function userEnv(): NodeJS.ProcessEnv {
	return Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(VITEST|(NODE_ENV|TEST|MODE|DEV|PROD|SSR|BASE_URL)$)/.test(name)));
}
