/**
 * The worker pool: workers warm up and report ready; a PNG-only render and a
 * full render give the same bytes as rendering in this process; the pool
 * counts its renders, step times and its workers' CPU time; closing rejects
 * what is still queued and ends the worker processes, and so does the death
 * of the process that started them, however it dies.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { jobsOf } from '../../src/onepager/jobs';
import { createPool } from '../../src/onepager/pool';
import { renderPng, renderSheet } from '../../src/onepager/render';
import { sampleAnalysis } from './fixtures';

const jobs = jobsOf(sampleAnalysis()).slice(0, 3);

/** Whether a process is still running (a zombie that only waits to be reaped has ended). */
function running(pid: number): boolean {
	try {
		const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
		return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
	} catch {
		return false;
	}
}
const pool = createPool(2);
afterAll(() => pool.close());

describe('the render pool', () => {
	it('renders the same bytes as this process, PNG only or with the slide SVG', async () => {
		const [pngs, full] = await Promise.all([Promise.all(jobs.map((j) => pool.renderPng(j.sheet))), pool.render(jobs[0].sheet)]);
		for (const [i, job] of jobs.entries()) expect(pngs[i].png.equals(await renderPng(job.sheet)), job.path).toBe(true);
		const local = await renderSheet(jobs[0].sheet);
		expect(full.svg).toBe(local.svg);
		expect(full.png.equals(local.png)).toBe(true);
		expect(pngs[0]).not.toHaveProperty('svg');
		expect(full.steps.svg).toBeGreaterThan(0);

		const stats = pool.stats();
		expect(stats).toMatchObject({ size: 2, ready: 2, rendered: jobs.length + 1 });
		expect(stats.startMs).toBeGreaterThan(0);
		expect(stats.steps.satori).toBeGreaterThan(0);
		// The workers' CPU time since they were ready is reported (how it compares with the drawing time is `npm run bench`'s to measure).
		expect(stats.cpuMs).toBeGreaterThan(0);
	}, 60_000);

	it('rejects queued renders when closed', async () => {
		const other = createPool(1);
		const queued = Promise.allSettled(jobs.map((j) => other.renderPng(j.sheet)));
		await other.close();
		for (const result of await queued) expect(result.status === 'rejected' && String(result.reason)).toMatch(/closed|exited|terminated/);
		await expect(other.renderPng(jobs[0].sheet)).rejects.toThrow(/closed/);
	}, 30_000);

	it('ends its worker processes when closed', async () => {
		const other = createPool(2);
		await other.ready();
		const pids = other.pids();
		expect(pids).toHaveLength(2);
		expect(pids.every(running)).toBe(true);
		await other.close();
		expect(pids.filter(running)).toEqual([]);
	}, 30_000);

	it('keeps drawing on the workers left when an idle one dies', async () => {
		const other = createPool(2);
		await other.ready();
		const [gone, left] = other.pids();
		const exited = new Promise<void>((resolve) => {
			const poll = setInterval(() => !running(gone) && (clearInterval(poll), resolve()), 20);
		});
		process.kill(gone, 'SIGKILL');
		await exited;
		await new Promise((resolve) => setTimeout(resolve, 100)); // the pool hears of the exit
		const drawn = await Promise.all(jobs.slice(0, 2).map((j) => other.renderPng(j.sheet)));
		expect(drawn.every((d) => d.png.length > 0)).toBe(true);
		expect(running(left)).toBe(true);
		await other.close();
	}, 30_000);

	it('leaves no worker behind when the process that started it is killed', async () => {
		// A separate Node process (it runs the pool's TypeScript as it is) that starts a pool and dies with SIGKILL.
		const script = join(import.meta.dirname, 'scripts', 'pool-then-die.ts');
		let output = '';
		try {
			execFileSync(process.execPath, [script], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], timeout: 30_000 });
		} catch (error) {
			output = String((error as { stdout?: string }).stdout ?? '');
			expect((error as { signal?: string }).signal).toBe('SIGKILL');
		}
		const pids = JSON.parse(output.trim()) as number[];
		expect(pids).toHaveLength(2);
		// Their channel closed with the parent: each worker exits on its own. Looked at up to 300 times, 100 ms apart
		// (a count, not a clock: a busy machine gives them the time it takes, up to the test's own timeout).
		for (let look = 0; look < 300 && pids.some(running); look++) await new Promise((resolve) => setTimeout(resolve, 100));
		expect(pids.filter(running)).toEqual([]);
	}, 60_000);
});
