/**
 * `npm run check -- --watch` at scale: how long from saving a plan with a new
 * mistake until the watching check reports it, and that it reports only that
 * (one new problem, nothing resolved); then the same for the fix. Used by
 * `npm run bench` (its own row), or on its own:
 * `tsx bench/watch.ts [--accounts N] [--rounds R]` (a generated project) or
 * `tsx bench/watch.ts --root <project>`.
 */
import { spawn } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CommandError, parseCommandLine, runCommand } from '../src/present/command-line';
import { generateProject } from './generate';
import { benchEnv, stopProcess } from './measure';

/** What the watch benchmark measured: each save's time to its report, in ms, and the median of the new mistakes'. */
export interface WatchFigures {
	/** Time from saving a new mistake to its line in the watch's output, per round. */
	introduced: number[];
	/** Time from saving the fix to its "resolved" line, per round. */
	fixed: number[];
	medianMs: number;
	accounts: number;
}

const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];

/**
 * Starts `check --watch` in `root` (as `npm run check` runs it, compiled, unless `command` gives node's
 * arguments), saves `rounds` mistakes and fixes in different plans, and times each report.
 */
export async function measureWatch(root: string, slugs: readonly string[], rounds = 3, env: NodeJS.ProcessEnv = benchEnv(), command = [join(root, 'scripts', 'compiled.mjs'), 'scripts/check.ts', '--watch']): Promise<WatchFigures> {
	const child = spawn(process.execPath, command, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
	let output = '';
	let errors = '';
	const waiters: (() => void)[] = [];
	child.stdout.on('data', (chunk: Buffer) => {
		output += chunk.toString();
		for (const wake of waiters.splice(0)) wake();
	});
	child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
	/** Waits until the output from `from` on matches; returns when it did, in ms since `since`. */
	const until = async (pattern: RegExp, from: number, since: number, timeout = 60_000): Promise<number> => {
		while (!pattern.test(output.slice(from))) {
			if (performance.now() - since > timeout || child.exitCode !== null) throw new CommandError(`bench: check --watch did not report ${pattern} within ${timeout / 1000} s:\n${output.slice(from).slice(-2000)}${errors}`);
			await new Promise<void>((wake) => waiters.push(wake));
		}
		return performance.now() - since;
	};
	try {
		await until(/Watching content\//, 0, performance.now(), 300_000);
		const introduced: number[] = [];
		const fixed: number[] = [];
		for (let round = 0; round < rounds; round++) {
			const slug = slugs[(round * 7) % slugs.length];
			const file = join(root, 'content', 'accounts', slug, 'plan.mdx');
			const text = readFileSync(file, 'utf8');
			const broken = text.replace(/^tier: .*$/m, 'tier: platinum');
			// A moment between saves, as between a person's saves: the previous report is out, its caches written.
			await new Promise((r) => setTimeout(r, 500));
			let from = output.length;
			let start = performance.now();
			writeFileSync(file, broken);
			introduced.push(await until(/saved: 1 new, 0 resolved[^\n]*\n {2}error [^\n]*tier: "platinum"/, from, start));
			await new Promise((r) => setTimeout(r, 500));
			from = output.length;
			start = performance.now();
			writeFileSync(file, text);
			fixed.push(await until(/saved: 0 new, 1 resolved[^\n]*\n {2}resolved: error [^\n]*tier: "platinum"/, from, start));
		}
		return { introduced, fixed, medianMs: median(introduced), accounts: slugs.length };
	} finally {
		await stopProcess(child);
	}
}

// Run on its own.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	await runCommand(async () => {
		const { values } = parseCommandLine(process.argv.slice(2), { accounts: { type: 'string', default: '1000' }, rounds: { type: 'string', default: '3' }, root: { type: 'string' } }, 'Usage: tsx bench/watch.ts [--accounts N] [--rounds R] [--root <project>]');
		const project = values.root ? undefined : generateProject(Number(values.accounts));
		const root = values.root ?? project!.root;
		try {
			const slugs = project ? project.accounts.map((a) => a.slug) : readFileSync(join(root, '.astro/collections/collections.json'), 'utf8').match(/accounts\/([^/]+)\/plan\.mdx/g)!.map((m) => m.split('/')[1]);
			const figures = await measureWatch(root, slugs, Number(values.rounds), benchEnv({ KEYPLAN_CACHE_DIR: join(root, 'node_modules', '.cache') }));
			console.log(JSON.stringify(figures));
			return 0;
		} finally {
			if (project) rmSync(project.root, { recursive: true, force: true });
		}
	});
}
