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
import { CommandError } from '../src/present/command-line';

/** What a measured command did. */
export interface Measured {
	/** Wall time in milliseconds. */
	ms: number;
	/** Peak resident set of the largest process, in bytes; undefined when the OS figure could not be read. */
	peakRss?: number;
	/** Peak of the whole process tree's resident memory added up (sampled every 200 ms), in bytes; undefined where /proc cannot be read. */
	treeRss?: number;
	/** Its standard output and error, one after the other. */
	output: string;
}

/**
 * Runs argv[2:], then writes "<wall ms> <ru_maxrss> <tree peak bytes>" to argv[1]; exits with the command's status.
 * While it runs, every 200 ms it adds up the resident memory of the command's whole process tree (the command, its
 * child processes such as Pagefind's indexer or git, found through /proc): the memory a machine must have for it,
 * which the largest single process understates. One scan reads /proc once (about 1 ms on this machine).
 */
const PYTHON_WRAPPER = `
import os, resource, subprocess, sys, time
PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096
def tree_rss(root):
    parent, rss = {}, {}
    try:
        pids = [int(p) for p in os.listdir("/proc") if p.isdigit()]
    except OSError:
        return 0
    for pid in pids:
        try:
            with open("/proc/%d/stat" % pid) as f:
                stat = f.read()
            with open("/proc/%d/statm" % pid) as f:
                rss[pid] = int(f.read().split()[1]) * PAGE
            parent[pid] = int(stat[stat.rindex(")") + 2:].split()[1])
        except (OSError, ValueError, IndexError):
            pass
    total = 0
    for pid in rss:
        p = pid
        while p in parent and p != root and p > 1:
            p = parent[p]
        if p == root:
            total += rss[pid]
    return total
start = time.perf_counter()
child = subprocess.Popen(sys.argv[2:])
peak = 0
while child.poll() is None:
    if os.path.isdir("/proc"):
        peak = max(peak, tree_rss(child.pid))
    time.sleep(0.2)
code = child.returncode
ms = (time.perf_counter() - start) * 1000
with open(sys.argv[1], "w") as f:
    f.write("%f %d %d" % (ms, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, peak))
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
	if (m === 'python3')
		return 'peak RSS: getrusage(RUSAGE_CHILDREN).ru_maxrss of each command (python3 wrapper), the largest single process of its tree; "whole tree": the resident memory of all its processes added up, sampled every 200 ms from /proc (shared pages counted in each process, so it errs high)';
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
	let treeRss: number | undefined;
	if (m !== 'none' && existsSync(file)) {
		// GNU time may write "Command exited with non-zero status" first: the figures are on the last line.
		const [wall, rss, tree] = readFileSync(file, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
		rmSync(file, { force: true });
		ms = m === 'gnu-time' ? wall * 1000 : wall;
		// ru_maxrss is in kilobytes on Linux (and GNU time's %M too), in bytes on macOS.
		peakRss = m === 'python3' && platform() === 'darwin' ? rss : rss * 1024;
		if (m === 'python3' && tree > 0) treeRss = tree;
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
	return { ms, peakRss, treeRss, output };
}

/**
 * Stops a child process and resolves once it has exited and closed its streams (SIGKILL after `graceMs`):
 * `check --watch` writes its caches on SIGTERM and `astro dev` its own files, so a caller that removes their
 * folder right after `kill()` races those writes (ENOTEMPTY, as CI once saw).
 */
export async function stopProcess(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM', graceMs = 10_000): Promise<void> {
	if (child.exitCode !== null || child.signalCode !== null) return;
	const closed = new Promise<void>((resolve) => child.once('close', () => resolve()));
	child.kill(signal);
	const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
	await closed;
	clearTimeout(timer);
}
