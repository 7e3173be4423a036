/**
 * Benchmark of the one-pager pipeline on the sample portfolio, in one process
 * on this machine:
 * - cold per-image time: every image rendered with an empty cache, on the
 *   worker pool (all cores) and one at a time in this process;
 * - pipeline overhead: the in-process pipeline's time per image against a bare
 *   satori + sharp render of the same element trees (fonts loaded, warmed up);
 * - parallel speed-up: one-at-a-time wall time ÷ worker-pool wall time;
 * - warm run: every image reused from the cache;
 * - PNG sizes.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import satori from 'satori';
import sharp from 'sharp';
import { CommandError, runCommand } from '../src/cli/args';
import { analysePortfolio } from '../src/domain/analysis';
import { loadPortfolio } from '../src/loader/portfolio';
import { satoriFontOptions } from '../src/onepager/fonts';
import { jobsOf } from '../src/onepager/jobs';
import { renderImages } from '../src/onepager/pipeline';
import { layoutOf } from '../src/onepager/render';
import { PNG_OPTIONS } from '../src/onepager/spec';
import { CANVAS } from '../src/onepager/theme';
import { formatProblem } from '../src/schema/problem';

// The project being measured: the working folder, as for every other command (npm scripts run in the project root).
const root = process.cwd();
const today = process.env.KEYPLAN_TODAY ?? '2026-11-24';
const cores = availableParallelism();
const ms = (n: number) => `${Math.round(n)} ms`;

await runCommand(async () => {
	const { portfolio, problems } = loadPortfolio(root);
	const errors = problems.filter((p) => p.severity === 'error');
	if (errors.length > 0) {
		throw new CommandError(`${errors.map(formatProblem).join('\n')}\n\nbench: ${errors.length} content error(s), so there is nothing to measure: fix them first (npm run check lists them too).`);
	}
	const temp = mkdtempSync(join(tmpdir(), 'keyplan-bench-onepagers-'));
	try {
		return await measure(portfolio, temp);
	} finally {
		rmSync(temp, { recursive: true, force: true });
	}
});

/** Runs the measurements in `temp` and prints them; 1 when a PNG is over the size limit. */
async function measure(portfolio: ReturnType<typeof loadPortfolio>['portfolio'], temp: string): Promise<number> {
	const jobs = jobsOf(analysePortfolio(portfolio, today));
	const n = jobs.length;
	if (n === 0) throw new CommandError('bench: the portfolio has no accounts, so there are no one-pagers to measure.');
	const run = (name: string, parallel: number, cache = name) => renderImages(jobs, { outDir: join(temp, name), cacheDir: join(temp, `cache-${cache}`), parallel });

	const pool = await run('pool', cores);
	const serial = await run('serial', 1);

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
	const bareEach = (performance.now() - bareStart) / n;

	const warm = await run('warm', cores, 'pool');
	const sizes = pool.files.filter((f) => f.endsWith('.png')).map((f) => statSync(join(temp, 'pool', f)).size);
	const svgSizes = pool.files.filter((f) => f.endsWith('.svg')).map((f) => statSync(join(temp, 'pool', f)).size);
	const kb = (b: number) => `${Math.round(b / 1024)} KB`;

	console.log(`One-pager benchmark: ${n} images (1920×1080 PNG + SVG) of the sample portfolio, ${cores} cores, load average ${loadavg()[0].toFixed(1)}`);
	console.log(`  cold, worker pool (${cores} workers): ${ms(pool.ms)} total, ${ms(pool.ms / n)} per image`);
	console.log(`  cold, one at a time in-process:     ${ms(serial.ms)} total, ${ms(serial.ms / n)} per image`);
	console.log(`  bare satori + sharp, same layouts:   ${ms(bareEach)} per image (warm, in-process)`);
	console.log(`  pipeline overhead:                   ×${(serial.ms / n / bareEach).toFixed(2)} (in-process pipeline per image ÷ bare render)`);
	console.log(`  parallel speed-up:                   ×${(serial.ms / pool.ms).toFixed(2)} on ${cores} cores`);
	console.log(`  warm (all ${warm.reused} reused):              ${ms(warm.ms)} total, ${(warm.ms / n).toFixed(1)} ms per image`);
	console.log(`  PNG sizes: ${kb(Math.min(...sizes))}–${kb(Math.max(...sizes))} (limit 250 KB); SVG ${kb(Math.min(...svgSizes))}–${kb(Math.max(...svgSizes))}`);
	return Math.max(...sizes) > 250 * 1024 ? 1 : 0;
}
