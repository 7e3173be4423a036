/**
 * Draws the README's picture of a deck as LibreOffice renders it:
 * `npx tsx tests/deck/readme-picture.ts` writes the sample's strategic deck
 * (`npm run deck -- --tier strategic`), converts it with LibreOffice Impress
 * (slides, and the notes page of the first account slide) and lays the pages
 * out on one sheet: docs/deck-strategic.png.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { runScript } from '../support/run';
import { REPO } from '../support/sandbox';
import { pageCount, pngPages, SHARED_CACHE, toPdf } from './support';

const CELL = { width: 640, height: 360 };
const GAP = 24;
const COLUMNS = 3;

const dir = mkdtempSync(join(tmpdir(), 'keyplan-readme-deck-'));
try {
	const pptx = join(dir, 'review.pptx');
	const result = runScript('deck', ['--out', pptx, '--tier', 'strategic'], REPO, { ...SHARED_CACHE, KEYPLAN_TODAY: process.env.KEYPLAN_TODAY ?? '2026-11-24' });
	if (result.status !== 0) throw new Error(result.stderr);
	const slides = pngPages(toPdf(pptx, join(dir, 'slides')), join(dir, 'slides-png'), 96);
	const notes = toPdf(pptx, join(dir, 'notes'), { notes: true });
	// With notes, LibreOffice writes the slides first, then one notes page per slide: slide 3 is the first account.
	const notesPage = pngPages(notes, join(dir, 'notes-png'), 96)[pageCount(notes) / 2 + 2];
	const pages = [...slides.slice(0, COLUMNS * 2 - 1), notesPage];
	const rows = Math.ceil(pages.length / COLUMNS);
	const tiles = await Promise.all(
		pages.map(async (png, i) => ({
			input: await sharp(png).resize({ ...CELL, fit: 'contain', background: '#dde2ea' }).png().toBuffer(),
			left: GAP + (i % COLUMNS) * (CELL.width + GAP),
			top: GAP + Math.floor(i / COLUMNS) * (CELL.height + GAP),
		})),
	);
	await sharp({ create: { width: GAP + COLUMNS * (CELL.width + GAP), height: GAP + rows * (CELL.height + GAP), channels: 3, background: '#dde2ea' } })
		.composite(tiles)
		.png({ palette: true, colours: 256, compressionLevel: 9 })
		.toFile(join(REPO, 'docs', 'deck-strategic.png'));
	console.log('wrote docs/deck-strategic.png');
} finally {
	rmSync(dir, { recursive: true, force: true });
}
