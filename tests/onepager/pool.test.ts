/**
 * The worker pool: workers warm up and report ready; a PNG-only render and a
 * full render give the same bytes as rendering in this process; the pool
 * counts its renders and step times; closing rejects what is still queued.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { jobsOf } from '../../src/onepager/jobs';
import { createPool } from '../../src/onepager/pool';
import { renderPng, renderSheet } from '../../src/onepager/render';
import { sampleAnalysis } from './fixtures';

const jobs = jobsOf(sampleAnalysis()).slice(0, 3);
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
	}, 60_000);

	it('rejects queued renders when closed', async () => {
		const other = createPool(1);
		const queued = Promise.allSettled(jobs.map((j) => other.renderPng(j.sheet)));
		await other.close();
		for (const result of await queued) expect(result.status === 'rejected' && String(result.reason)).toMatch(/closed|exited|terminated/);
		await expect(other.renderPng(jobs[0].sheet)).rejects.toThrow(/closed/);
	}, 30_000);
});
