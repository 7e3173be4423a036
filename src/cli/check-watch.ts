/**
 * `npm run check -- --watch`: the full report once, then, whenever a file
 * under `content/` is saved, a new check whose report is only what changed:
 * the problems and findings that are new and those that are resolved. The
 * caches stay in memory between runs, so a save re-parses the saved file
 * alone (src/loader/parse-cache.ts); cross-file checks and the analysis run
 * again over everything, as they must.
 */
import { terminalText } from '../encode/terminal.ts';
import { existsSync, watch } from 'node:fs';
import { join } from 'node:path';
import { memoryParseCache } from '../loader/parse-cache.ts';
import { openPositionCache } from '../loader/position-cache.ts';
import type { Problem } from '../schema/problem.ts';
import { entries, problemLine, summaryLine, textReport, type CheckResult } from './check-report.ts';
import { runCheck, type CheckCaches } from './check-run.ts';

/** Caches for a watching check: the parse cache in memory, written to disk when the watch ends. */
export function watchCaches(root: string): CheckCaches & { flush(): void } {
	const parse = memoryParseCache(root);
	return { parse, places: openPositionCache(root), flush: () => parse.flush() };
}

/** A problem's identity across runs: not its line, which moves when lines above it are added or removed. */
const keyOf = (p: Problem): string => [p.severity, p.file, p.path, p.message, p.rule ?? ''].join('\u0000');

/** What changed from one run's problems and findings to the next's. */
export function changes(before: readonly Problem[], after: readonly Problem[]): { added: Problem[]; resolved: Problem[] } {
	const was = new Set(before.map(keyOf));
	const is = new Set(after.map(keyOf));
	return { added: after.filter((p) => !was.has(keyOf(p))), resolved: before.filter((p) => !is.has(keyOf(p))) };
}

/** The report of one re-check: a heading line, then the new problems (in the common format, for editors) and the resolved ones. */
export function changeReport(saved: readonly string[], before: readonly Problem[], after: CheckResult, ms: number): string {
	const { added, resolved } = changes(before, entries(after));
	// A saved file's name goes to the terminal like any plan value: escaped.
	const what = saved.length === 1 ? terminalText(saved[0]) : `${saved.length} files`;
	const head = added.length === 0 && resolved.length === 0 ? `${what} saved: nothing changed` : `${what} saved: ${added.length} new, ${resolved.length} resolved`;
	return [`${head} (${ms} ms)`, ...added.map((p) => `  ${problemLine(p)}`), ...resolved.map((p) => `  resolved: ${problemLine(p)}`), `  ${summaryLine(after)}`].join('\n');
}

/** What a watching check starts from. */
export interface WatchStart {
	root: string;
	date: string;
	account?: string;
	caches: CheckCaches & { flush(): void };
	first: CheckResult;
}

/** How long to wait after a save for the next (an editor's save may write a file in several steps). */
const SETTLE_MS = 40;

/** Prints the first report and re-checks on every save until the process is stopped; resolves to the exit code. */
export function watchCheck({ root, date, account, caches, first }: WatchStart): Promise<number> {
	console.log(textReport(first));
	console.log(`\nWatching content/ for changes (Ctrl+C to stop)…`);
	let before = entries(first);
	const saved = new Set<string>();
	let timer: NodeJS.Timeout | undefined;
	const recheck = () => {
		timer = undefined;
		// Editors and tools save through temporary files: name the files that are there now.
		const files = [...saved].filter((file) => existsSync(join(root, file))).sort();
		saved.clear();
		const start = performance.now();
		const { result } = runCheck(root, date, account, caches);
		console.log(changeReport(files, before, result, Math.round(performance.now() - start)));
		before = entries(result);
	};
	const watcher = watch(join(root, 'content'), { recursive: true }, (_, name) => {
		if (name) saved.add(`content/${String(name).replace(/\\/g, '/')}`);
		clearTimeout(timer);
		timer = setTimeout(recheck, SETTLE_MS);
	});
	return new Promise((resolve) => {
		const stop = () => {
			watcher.close();
			clearTimeout(timer);
			caches.flush();
			resolve(0);
		};
		process.once('SIGINT', stop);
		process.once('SIGTERM', stop);
	});
}
