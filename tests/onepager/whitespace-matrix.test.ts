/**
 * The whitespace matrix on the internal one-pager: drawn where a column has
 * room for it (never squeezing another panel below what its rows need), left
 * out where none has, inside the margin, and never on the customer variant.
 */
import { describe, expect, it } from 'vitest';
import { jobsOf } from '../../src/onepager/jobs';
import { matrixPlace } from '../../src/onepager/layouts/account';
import type { AccountSheet } from '../../src/onepager/sheet';
import { CANVAS, MARGIN } from '../../src/present/theme';
import { sampleAnalysis } from './fixtures';
import { drawnText, textBoxes } from './helpers';

const jobs = jobsOf(sampleAnalysis());
const sheet = (slug: string, kind = 'account') => jobs.find((j) => j.slug === slug && j.kind === kind)!.sheet as AccountSheet;

describe('the whitespace matrix', () => {
	it('is on the internal sheet of every mapped account, never on the customer one', () => {
		const mapped = jobs.filter((j) => j.kind === 'account' && (j.sheet as AccountSheet).whitespace);
		expect(mapped.length).toBeGreaterThanOrEqual(3);
		for (const j of jobs.filter((j) => j.kind === 'customer')) expect((j.sheet as AccountSheet).whitespace, j.slug).toBeUndefined();
	});

	it('is drawn where a column has room: Marlow, with one contact, has it beside who\'s who', async () => {
		const marlow = sheet('marlow-packaging');
		const place = matrixPlace(marlow);
		expect(place?.column).toBe(1);
		const text = await drawnText(marlow);
		expect(text).toContain('WHITESPACE');
		for (const unit of ['Corrugated Board', 'Converting', 'Display Packaging']) expect(text).toContain(unit);
		expect(text).toContain('£82K');
		for (const b of await textBoxes(marlow)) {
			expect(b.x, b.text).toBeGreaterThanOrEqual(MARGIN);
			expect(b.x + b.width, b.text).toBeLessThanOrEqual(CANVAS.width - MARGIN + 0.5);
			expect(b.y, b.text).toBeLessThanOrEqual(CANVAS.height - MARGIN + 0.5);
		}
	});

	it('is left out where every column is full, rather than cutting another panel', async () => {
		const nordwind = sheet('nordwind-logistics');
		expect(nordwind.whitespace).toBeDefined();
		expect(matrixPlace(nordwind)).toBeUndefined();
		expect(await drawnText(nordwind)).not.toContain('WHITESPACE');
	});
});
