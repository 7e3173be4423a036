/**
 * Hand-written parts beside a maintained library, measured side by side on
 * the same machine and run (`npm run bench` reports them; standalone:
 * `tsx bench/libraries.ts [--images N] [--json]`):
 * - the one-pager worker pool (src/onepager/pool.ts) against tinypool in
 *   process mode (`runtime: 'child_process'`), both with one worker per core,
 *   drawing the same PNGs after a warm-up;
 * - src/onepager/svg-compact.ts against svgo's default preset on the slide
 *   SVGs Satori writes: bytes, time, and whether resvg still draws the same
 *   pixels.
 */
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { optimize } from 'svgo';
import Tinypool from 'tinypool';
import { today } from '../src/build/today.ts';
import { analysePortfolio } from '../src/domain/analysis.ts';
import { loadPortfolio } from '../src/loader/portfolio.ts';
import { jobsOf } from '../src/onepager/jobs.ts';
import { createPool } from '../src/onepager/pool.ts';
import { renderPng, sheetSvg, svgToPng } from '../src/onepager/render.ts';
import type { Sheet } from '../src/onepager/spec.ts';
import { compactSvg } from '../src/onepager/svg-compact.ts';
import { parseCommandLine, runCommand } from '../src/present/command-line.ts';

/** Rounds of each pool, in turn. */
const ROUNDS = 3;

/** What the comparison found. */
export interface LibraryFigures {
	images: number;
	workers: number;
	pool: { ownMs: number; tinypoolMs: number; samePngs: boolean };
	svg: { sheets: number; rawBytes: number; compact: { bytes: number; ms: number; samePixels: boolean }; svgo: { bytes: number; ms: number; samePixels: boolean } };
}

/** Draws every sheet once through `draw`, all queued at once, and returns the wall time. */
async function timed(sheets: readonly Sheet[], draw: (sheet: Sheet) => Promise<Uint8Array>): Promise<{ ms: number; pngs: Uint8Array[] }> {
	const start = performance.now();
	const pngs = await Promise.all(sheets.map(draw));
	return { ms: performance.now() - start, pngs };
}

/** Measures both comparisons on the sheets of the project at `root`. */
export async function libraryFigures(root: string, images = 20): Promise<LibraryFigures> {
	const analysis = analysePortfolio(loadPortfolio(root).portfolio, today());
	const all = jobsOf(analysis).map((j) => j.sheet);
	const sheets = Array.from({ length: images }, (_, i) => all[i % all.length]);
	const workers = availableParallelism();

	const own = createPool(workers);
	const tiny = new Tinypool({ filename: fileURLToPath(new URL('./tinypool-worker.ts', import.meta.url)), runtime: 'child_process', minThreads: workers, maxThreads: workers });
	let pool: LibraryFigures['pool'];
	try {
		// Warm-up: fonts loaded and code compiled in every worker of both.
		await timed(sheets.slice(0, workers * 2), async (s) => (await own.renderPng(s)).png);
		await timed(sheets.slice(0, workers * 2), async (s) => Buffer.from((await tiny.run(s)) as string, 'base64'));
		// Rounds in turn (ours, theirs, ours, theirs…), the fastest of each kept: a busy machine's drift weighs on both alike.
		let a = { ms: Infinity, pngs: [] as Uint8Array[] };
		let b = { ms: Infinity, pngs: [] as Uint8Array[] };
		for (let round = 0; round < ROUNDS; round++) {
			const ours = await timed(sheets, async (s) => (await own.renderPng(s)).png);
			const theirs = await timed(sheets, async (s) => Buffer.from((await tiny.run(s)) as string, 'base64'));
			if (ours.ms < a.ms) a = ours;
			if (theirs.ms < b.ms) b = theirs;
		}
		pool = { ownMs: a.ms, tinypoolMs: b.ms, samePngs: a.pngs.every((png, i) => Buffer.from(png).equals(Buffer.from(b.pngs[i]))) };
	} finally {
		await own.close();
		await tiny.destroy();
	}

	const unique = all.slice(0, Math.min(all.length, 6));
	const raws = await Promise.all(unique.map((s) => sheetSvg(s)));
	const svg = { sheets: unique.length, rawBytes: 0, compact: { bytes: 0, ms: 0, samePixels: true }, svgo: { bytes: 0, ms: 0, samePixels: true } };
	for (const [i, raw] of raws.entries()) {
		const reference = await renderPng(unique[i]);
		svg.rawBytes += Buffer.byteLength(raw);
		let start = performance.now();
		const compact = compactSvg(raw);
		svg.compact.ms += performance.now() - start;
		svg.compact.bytes += Buffer.byteLength(compact);
		start = performance.now();
		const optimised = optimize(raw).data;
		svg.svgo.ms += performance.now() - start;
		svg.svgo.bytes += Buffer.byteLength(optimised);
		svg.compact.samePixels &&= (await svgToPng(compact)).equals(reference);
		svg.svgo.samePixels &&= (await svgToPng(optimised)).equals(reference);
	}
	return { images, workers, pool, svg };
}

/** The figures as report lines. */
export function libraryLines(f: LibraryFigures): string[] {
	const kb = (bytes: number) => `${Math.round(bytes / f.svg.sheets / 1024)} KB`;
	return [
		`worker pool, ${f.images} one-pagers on ${f.workers} workers: Keyplan's ${Math.round(f.pool.ownMs)} ms, tinypool (child_process) ${Math.round(f.pool.tinypoolMs)} ms (${(f.pool.tinypoolMs / f.pool.ownMs).toFixed(2)}×); same PNGs: ${f.pool.samePngs ? 'yes' : 'no'}`,
		`slide SVG, ${f.svg.sheets} sheets, Satori's ${kb(f.svg.rawBytes)} each: svg-compact ${kb(f.svg.compact.bytes)} in ${(f.svg.compact.ms / f.svg.sheets).toFixed(0)} ms (same pixels: ${f.svg.compact.samePixels ? 'yes' : 'no'}), svgo ${kb(f.svg.svgo.bytes)} in ${(f.svg.svgo.ms / f.svg.sheets).toFixed(0)} ms (same pixels: ${f.svg.svgo.samePixels ? 'yes' : 'no'})`,
	];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	await runCommand(async () => {
		const { values } = parseCommandLine(process.argv.slice(2), { images: { type: 'string', default: '20' }, root: { type: 'string' }, json: { type: 'boolean', default: false } }, 'Usage: tsx bench/libraries.ts [--images N] [--root <project>] [--json]');
		const figures = await libraryFigures(values.root ?? process.cwd(), Number(values.images));
		console.log(values.json ? JSON.stringify(figures) : libraryLines(figures).join('\n'));
		return 0;
	});
}
