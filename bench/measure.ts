/**
 * Runs one measured command: wall time and peak resident set size, both read
 * around the child process, never estimated.
 *
 * Peak RSS comes from the OS: the command runs under a tiny python3 wrapper
 * that waits for it and reads `getrusage(RUSAGE_CHILDREN).ru_maxrss` — the
 * largest resident set reached by any one process of the tree that was
 * waited for (the command, its worker threads, and child processes such as
 * tsx's node or Pagefind's indexer). Without python3, GNU `/usr/bin/time -f
 * %M` gives the same figure; without either, RSS is reported as unknown.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { platform, tmpdir } from 'node:os';
import { join } from 'node:path';
import { CommandError } from '../src/cli/args';

/** What a measured command did. */
export interface Measured {
	/** Wall time in milliseconds. */
	ms: number;
	/** Peak resident set of the largest process, in bytes; undefined when the OS figure could not be read. */
	peakRss?: number;
	/** Its standard output and error, one after the other. */
	output: string;
}

/** Waits for argv[2:], then writes "<wall ms> <ru_maxrss>" to argv[1]; exits with the command's status. */
const PYTHON_WRAPPER = `
import resource, subprocess, sys, time
start = time.perf_counter()
code = subprocess.call(sys.argv[2:])
ms = (time.perf_counter() - start) * 1000
with open(sys.argv[1], "w") as f:
    f.write("%f %d" % (ms, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss))
sys.exit(code if code >= 0 else 128 - code)
`;

type Method = 'python3' | 'gnu-time' | 'none';
let method: Method | undefined;

/** How peak RSS is read on this machine (probed once). */
export function rssMethod(): Method {
	if (method) return method;
	if (spawnSync('python3', ['-c', 'import resource'], { stdio: 'ignore' }).status === 0) method = 'python3';
	else if (existsSync('/usr/bin/time') && spawnSync('/usr/bin/time', ['-f', '%M', 'true'], { stdio: 'ignore' }).status === 0) method = 'gnu-time';
	else method = 'none';
	return method;
}

/** One line describing the RSS method, for the report. */
export function rssMethodNote(): string {
	const m = rssMethod();
	if (m === 'python3') return 'peak RSS: getrusage(RUSAGE_CHILDREN).ru_maxrss of each command (python3 wrapper), the largest single process of its tree';
	if (m === 'gnu-time') return 'peak RSS: /usr/bin/time -f %M of each command, the largest single process of its tree';
	return 'peak RSS: unknown (neither python3 nor GNU /usr/bin/time is available)';
}

/** Environment of every measured command: a fixed date, no telemetry. */
export function benchEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
	return { ...process.env, KEYPLAN_TODAY: process.env.KEYPLAN_TODAY ?? '2026-11-24', ASTRO_TELEMETRY_DISABLED: '1', ...extra };
}

let running: ChildProcess | undefined;
let interrupted = false;

/**
 * Stops the command being measured, with its whole process tree (it runs in
 * its own process group), so that the benchmark can remove its temp folders.
 */
export function interrupt(signal: NodeJS.Signals): void {
	interrupted = true;
	if (running?.pid !== undefined && running.exitCode === null) {
		try {
			process.kill(-running.pid, signal);
		} catch {
			// already gone
		}
	}
}

/**
 * Runs `command args` in `cwd` and measures it. A failing command stops the
 * benchmark with its own output and a plain sentence (no stack trace).
 */
export async function measure(label: string, command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = benchEnv()): Promise<Measured> {
	if (interrupted) throw new CommandError('bench: interrupted.');
	const m = rssMethod();
	const file = join(tmpdir(), `keyplan-bench-rss-${process.pid}-${Date.now()}`);
	const [cmd, argv] =
		m === 'python3'
			? ['python3', ['-c', PYTHON_WRAPPER, file, command, ...args]]
			: m === 'gnu-time'
				? ['/usr/bin/time', ['-f', '%e %M', '-o', file, command, ...args]]
				: [command, args];
	const start = performance.now();
	const chunks: Buffer[] = [];
	const child = spawn(cmd, argv, { cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
	running = child;
	child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
	child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
	const exit = await new Promise<{ code: number | null; signal: NodeJS.Signals | null; error?: Error }>((resolve) => {
		child.on('error', (error) => resolve({ code: null, signal: null, error }));
		child.on('close', (code, signal) => resolve({ code, signal }));
	});
	running = undefined;
	let ms = performance.now() - start;
	const output = Buffer.concat(chunks).toString('utf8');
	let peakRss: number | undefined;
	if (m !== 'none' && existsSync(file)) {
		// GNU time may write "Command exited with non-zero status" first: the figures are on the last line.
		const [wall, rss] = readFileSync(file, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
		rmSync(file, { force: true });
		ms = m === 'gnu-time' ? wall * 1000 : wall;
		// ru_maxrss is in kilobytes on Linux (and GNU time's %M too), in bytes on macOS.
		peakRss = m === 'python3' && platform() === 'darwin' ? rss : rss * 1024;
	}
	if (interrupted) throw new CommandError(`bench: interrupted during ${label}.`);
	if (exit.error) throw new CommandError(`bench: ${label} could not be started: ${exit.error.message}`);
	if (exit.code !== 0) {
		// A build log of a thousand accounts is long: the tail on screen, all of it in a file.
		let shown = output.trim();
		const lines = shown.split('\n');
		if (lines.length > 200) {
			const log = join(tmpdir(), `keyplan-bench-failed-${process.pid}.log`);
			writeFileSync(log, output);
			shown = [`… (${lines.length - 200} earlier lines: the whole output is in ${log})`, ...lines.slice(-200)].join('\n');
		}
		throw new CommandError(`${shown}\n\nbench: ${label} failed (exit ${exit.code ?? exit.signal}), so there is nothing to measure: fix what is listed above first.`);
	}
	return { ms, peakRss, output };
}
