/**
 * The one-pager part of `npm run bench`, on a sample of a project's images
 * (the images of its first accounts: every layout, since generated accounts
 * cycle through the samples):
 * - per-image time of the PNGs (what the site serves), one at a time in this
 *   process and on the worker pool (all cores), each started and warmed up
 *   before the clock starts (the pool's start-up is reported apart: a build
 *   starts it once, as the build begins);
 * - baseline (b): a bare satori + sharp render of the same element trees
 *   (fonts loaded, warmed up), per image;
 * - parallel speed-up: one-at-a-time wall time ÷ worker-pool wall time;
 * - warm run: every image reused from the cache; PNG and SVG sizes.
 *
 * `bench/index.ts` runs it as a child process (so that its peak RSS is read
 * like every other command's): `tsx bench/onepagers.ts --root <project>
 * --accounts <k> --json`. Run alone, it measures the working folder's
 * portfolio and prints the figures.
 */
import { mkdtempSync, realpathSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import satori from 'satori';
import sharp from 'sharp';
import { CommandError, parseCommandLine, runCommand, UsageError } from '../src/present/command-line';
import { analysePortfolio } from '../src/domain/analysis';
import { loadPortfolio } from '../src/loader/portfolio';
import { satoriFontOptions } from '../src/onepager/fonts';
import { jobsOf } from '../src/onepager/jobs';
import { renderImages } from '../src/onepager/pipeline';
import { createPool } from '../src/onepager/pool';
import { layoutOf, renderPng } from '../src/onepager/render';
import type { Sheet } from '../src/onepager/spec';
import { PNG_OPTIONS } from '../src/onepager/spec';
import { CANVAS } from '../src/present/theme';
import { formatProblem } from '../src/schema/problem';

/** The one-pager figures, all wall times in milliseconds. */
export interface OnepagerFigures {
	images: number;
	accounts: number;
	cores: number;
	load: number;
	poolMs: number;
	serialMs: number;
	/** The same images on a pool of one worker: one at a time, in a worker set up as the pool's are. */
	oneWorkerMs: number;
	/** Share of the machine's cores this process kept busy while the pool drew (CPU time ÷ (wall time × cores)). */
	poolBusy: number;
	/** Milliseconds from creating the pool until every worker had loaded its fonts and warmed up. */
	poolStartMs: number;
	/** Bare satori + sharp, per image. */
	bareEachMs: number;
	warmMs: number;
	warmReused: number;
	pngBytes: { min: number; max: number };
	svgBytes: { min: number; max: number };
}

/** Measures the images of the first `accounts` accounts (by slug) of the project in `root`. */
export async function measureOnepagers(root: string, today: string, accounts: number): Promise<OnepagerFigures> {
	const { portfolio, problems } = loadPortfolio(root);
	const errors = problems.filter((p) => p.severity === 'error');
	if (errors.length > 0) {
		throw new CommandError(`${errors.map(formatProblem).join('\n')}\n\nbench: ${errors.length} content error(s), so there is nothing to measure: fix them first (npm run check lists them too).`);
	}
	const slugs = portfolio.accounts.map((a) => a.slug).sort().slice(0, accounts);
	const jobs = jobsOf(analysePortfolio(portfolio, today), new Set(slugs));
	const n = jobs.length;
	if (n === 0) throw new CommandError('bench: the portfolio has no accounts, so there are no one-pagers to measure.');
	const cores = availableParallelism();
	const temp = mkdtempSync(join(tmpdir(), 'keyplan-bench-onepagers-'));
	try {
		const run = (name: string, parallel: number, cache = name) => renderImages(jobs, { outDir: join(temp, name), cacheDir: join(temp, `cache-${cache}`), parallel });
		const timeAll = async (render: (sheet: Sheet) => Promise<unknown>) => {
			const started = performance.now();
			await Promise.all(jobs.map((j) => render(j.sheet)));
			return performance.now() - started;
		};
		// One at a time, in this process, warmed up on the first sheet.
		await renderPng(jobs[0].sheet);
		const serialMs = await timeAll(renderPng);
		// The worker pool, started and warmed up before timing, as the build starts it when it begins.
		const poolStarted = performance.now();
		const workers = createPool(cores, { warmUp: jobs[0].sheet });
		await workers.ready();
		const poolStartMs = performance.now() - poolStarted;
		// Busy: the CPU time of this process and of the workers (their own processes) while they drew.
		const cpuBefore = { own: process.cpuUsage(), workers: workers.stats().cpuMs };
		const poolMs = await timeAll((sheet) => workers.renderPng(sheet));
		const own = process.cpuUsage(cpuBefore.own);
		const poolBusy = ((own.user + own.system) / 1000 + workers.stats().cpuMs - cpuBefore.workers) / (poolMs * cores);
		await workers.close();
		// One worker: the pool's speed-up without the differences between this process's thread and a worker's (a worker
		// has a larger young generation than this thread, so it draws faster one at a time than this process does).
		const single = createPool(1, { warmUp: jobs[0].sheet });
		await single.ready();
		const oneWorkerMs = await timeAll((sheet) => single.renderPng(sheet));
		await single.close();
		// PNG and slide SVG through the cache: file sizes, and the warm run below reuses them.
		const pool = await run('pool', cores);

		// Bare: the same element trees straight through satori and sharp, fonts loaded and warmed up.
		const fonts = satoriFontOptions();
		const trees = jobs.map((j) => layoutOf(j.sheet));
		const bare = async (tree: (typeof trees)[number]) => {
			const svg = await satori(tree as unknown as Parameters<typeof satori>[0], { width: CANVAS.width, height: CANVAS.height, fonts });
			return sharp(Buffer.from(svg), { density: 72 }).png(PNG_OPTIONS).toBuffer();
		};
		await bare(trees[0]);
		const bareStart = performance.now();
		for (const tree of trees) await bare(tree);
		const bareEachMs = (performance.now() - bareStart) / n;

		const warm = await run('warm', cores, 'pool');
		const sizes = (ext: string) => pool.files.filter((f) => f.endsWith(ext)).map((f) => statSync(join(temp, 'pool', f)).size);
		const range = (list: number[]) => ({ min: Math.min(...list), max: Math.max(...list) });
		return {
			images: n,
			accounts: slugs.length,
			cores,
			load: loadavg()[0],
			poolMs,
			serialMs,
			oneWorkerMs,
			poolBusy,
			poolStartMs,
			bareEachMs,
			warmMs: warm.ms,
			warmReused: warm.reused,
			pngBytes: range(sizes('.png')),
			svgBytes: range(sizes('.svg')),
		};
	} finally {
		rmSync(temp, { recursive: true, force: true });
	}
}

/** The figures as plain lines. */
export function describeOnepagers(f: OnepagerFigures): string {
	const ms = (n: number) => `${Math.round(n)} ms`;
	const kb = (b: number) => `${Math.round(b / 1024)} KB`;
	return [
		`One-pagers: ${f.images} images (1920×1080 PNG + SVG) of ${f.accounts} accounts, ${f.cores} cores, load average ${f.load.toFixed(1)}`,
		`  PNG, worker pool (${f.cores} workers):   ${ms(f.poolMs)} total, ${ms(f.poolMs / f.images)} per image (pool started in ${ms(f.poolStartMs)})`,
		`  PNG, one at a time in-process:     ${ms(f.serialMs)} total, ${ms(f.serialMs / f.images)} per image`,
		`  bare satori + sharp, same layouts:   ${ms(f.bareEachMs)} per image (warm, in-process)`,
		`  PNG, one worker:                     ${ms(f.oneWorkerMs)} total, ${ms(f.oneWorkerMs / f.images)} per image`,
		`  parallel speed-up:                   ×${(f.serialMs / f.poolMs).toFixed(2)} over one at a time in-process, ×${(f.oneWorkerMs / f.poolMs).toFixed(2)} over one worker, on ${f.cores} cores (${Math.round(100 * f.poolBusy)} % of them busy)`,
		`  warm (${f.warmReused} reused):                  ${ms(f.warmMs)} total, ${(f.warmMs / f.images).toFixed(1)} ms per image`,
		`  PNG sizes: ${kb(f.pngBytes.min)}–${kb(f.pngBytes.max)} (limit 250 KB); SVG ${kb(f.svgBytes.min)}–${kb(f.svgBytes.max)}`,
	].join('\n');
}

const usage = 'Usage: tsx bench/onepagers.ts [--root <project>] [--accounts <k>] [--json]';

// Run as a command (not imported).
if (process.argv[1] && realpathSync(process.argv[1]) === realpathSync(import.meta.filename)) {
	await runCommand(async () => {
		const { values } = parseCommandLine(process.argv.slice(2), { root: { type: 'string' }, accounts: { type: 'string' }, json: { type: 'boolean', default: false } }, usage);
		const accounts = values.accounts === undefined ? Infinity : Number(values.accounts);
		if (!(accounts >= 1)) throw new UsageError(`--accounts must be a positive number\n\n${usage}`);
		const figures = await measureOnepagers(values.root ?? process.cwd(), process.env.KEYPLAN_TODAY ?? '2026-11-24', accounts);
		console.log(values.json ? JSON.stringify(figures) : describeOnepagers(figures));
		return 0;
	});
}
