/**
 * The images themselves: every sample image shows its account's name and
 * first objective; PNGs are 1920×1080, not blank, at most 250 KB and the
 * same bytes every time; OCR reads the name back; and with extreme text
 * nothing is drawn in the outer margin.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { analysePortfolio } from '../../src/domain/analysis';
import { jobsOf, type ImageJob } from '../../src/onepager/jobs';
import { renderSheet } from '../../src/onepager/render';
import { CANVAS, MARGIN } from '../../src/present/theme';
import { extremePortfolio, sampleAnalysis, TODAY } from './fixtures';
import { drawnText, EMOJI_IMAGE, hasTesseract, ocr, ocrShows, pixels, textBoxes } from './helpers';

const analysis = sampleAnalysis();
const jobs = jobsOf(analysis);
const firstWords = (text: string, n = 4) => text.split(/\s+/).slice(0, n).join(' ');

describe('the sample portfolio', () => {
	it('has an account and a customer one-pager per account, and a renewal one-pager per renewal plan', () => {
		for (const a of analysis.accounts) {
			const kinds = jobs.filter((j) => j.slug === a.slug).map((j) => j.kind);
			expect(kinds).toEqual(a.account.renewal ? ['account', 'customer', 'renewal'] : ['account', 'customer']);
		}
	});

	it('shows each account name and its first objective (in the SVG text before path conversion)', async () => {
		for (const job of jobs) {
			const text = await drawnText(job.sheet);
			expect(text, job.path).toContain(job.name);
			// The customer variant shows only the objectives shared with the customer.
			const objectives = (analysis.accounts.find((a) => a.slug === job.slug)?.account.plan.data.objectives ?? []).filter((o) => job.kind !== 'customer' || o.shared);
			if (job.kind !== 'renewal' && objectives[0]) expect(text, job.path).toContain(firstWords(objectives[0].title));
		}
	}, 60_000);
});

describe('rendered files', () => {
	const sample = jobs.filter((j) => j.slug === (jobs.find((x) => x.kind === 'renewal') ?? jobs[0]).slug);
	const rendered = new Map<ImageJob, { svg: string; png: Buffer }>();
	const dir = mkdtempSync(join(tmpdir(), 'keyplan-onepager-'));
	beforeAll(async () => {
		for (const job of sample) rendered.set(job, await renderSheet(job.sheet));
	}, 90_000);

	it('are 1920×1080 PNGs of at most 250 KB, and SVGs of the same size', async () => {
		for (const [job, { svg, png }] of rendered) {
			const meta = await sharp(png).metadata();
			expect([meta.format, meta.width, meta.height], job.path).toEqual(['png', CANVAS.width, CANVAS.height]);
			expect(png.length, job.path).toBeLessThanOrEqual(250 * 1024);
			expect(svg.startsWith(`<svg width="${CANVAS.width}" height="${CANVAS.height}"`)).toBe(true);
		}
	});

	it('are not blank', async () => {
		for (const [job, { png }] of rendered) {
			const { channels } = await sharp(png).stats();
			expect(Math.max(...channels.map((c) => c.stdev)), job.path).toBeGreaterThan(20);
		}
	});

	it('are the same bytes when rendered again', async () => {
		const [job, first] = [...rendered][0];
		const again = await renderSheet(structuredClone(job.sheet));
		expect(again.svg).toBe(first.svg);
		expect(again.png.equals(first.png)).toBe(true);
	});

	it.skipIf(!hasTesseract)('read back by OCR, show the account name', async () => {
		for (const [job, { png }] of rendered) {
			const read = await ocr(png, join(dir, `${job.kind}.png`));
			expect(ocrShows(read, job.name), `${job.path}: ${read.slice(0, 200)}`).toBe(true);
		}
	}, 60_000);
});

describe('extreme text', () => {
	const extreme = jobsOf(analysePortfolio(extremePortfolio(), TODAY));

	it('keeps every text box inside the margin', async () => {
		for (const job of extreme) {
			const boxes = await textBoxes(job.sheet);
			expect(boxes.length).toBeGreaterThan(50);
			for (const b of boxes) {
				const where = `${job.kind}: "${b.text}" at ${b.x},${b.y} ${b.width}×${b.height}`;
				expect(b.x, where).toBeGreaterThanOrEqual(MARGIN);
				expect(b.x + b.width, where).toBeLessThanOrEqual(CANVAS.width - MARGIN + 0.5);
				expect(b.y, where).toBeLessThanOrEqual(CANVAS.height - MARGIN);
				expect(b.y - b.height, where).toBeGreaterThanOrEqual(MARGIN - 12);
			}
		}
	});

	it('draws nothing in the outer margin, and draws CJK and emoji', async () => {
		const strips = [
			{ left: 0, top: 0, width: CANVAS.width, height: MARGIN },
			{ left: 0, top: CANVAS.height - MARGIN, width: CANVAS.width, height: MARGIN },
			{ left: 0, top: 0, width: MARGIN, height: CANVAS.height },
			{ left: CANVAS.width - MARGIN, top: 0, width: MARGIN, height: CANVAS.height },
		];
		for (const job of extreme) {
			const { png } = await renderSheet(job.sheet);
			const image = await pixels(png);
			expect([image.width, image.height]).toEqual([CANVAS.width, CANVAS.height]);
			const background = image.at(0, 0);
			for (const strip of strips) {
				const raw = await sharp(png).extract(strip).removeAlpha().raw().toBuffer();
				const stray: number[] = [];
				for (let i = 0; i < raw.length && stray.length < 3; i += 3) {
					if (raw[i] !== background[0] || raw[i + 1] !== background[1] || raw[i + 2] !== background[2]) stray.push(i / 3);
				}
				expect(stray, `${job.kind}: pixels drawn in the margin strip ${JSON.stringify(strip)}`).toEqual([]);
			}
			expect(png.length).toBeLessThanOrEqual(250 * 1024);
		}
		expect(await drawnText(extreme[0].sheet)).toContain(`Li Wei 李伟 ${EMOJI_IMAGE} Ünal`);
	}, 60_000);
});
