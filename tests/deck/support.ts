/**
 * Reading decks back as a user's tools would: the .pptx package unzipped
 * (parts, relationships, slide text, notes), and LibreOffice Impress
 * (headless) converting it to PDF, read with poppler's pdfinfo, pdftotext and
 * pdftoppm. Each conversion uses its own LibreOffice profile, so test files
 * can convert at the same time.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import JSZip from 'jszip';
import { imageService } from '../../src/onepager/image-service';
import { REPO } from '../support/sandbox';

/** The environment for `npm run deck` in a sandbox: the repository's one-pager cache, so an image is drawn once per test run. */
export const SHARED_CACHE = { KEYPLAN_CACHE_DIR: process.env.KEYPLAN_CACHE_DIR ?? join(REPO, 'node_modules', '.cache') };

/** The repository's image service: the cache `SHARED_CACHE` gives the command; renders in this process (test files run side by side). */
export function sharedImages() {
	return imageService(REPO, 1);
}

/** Every part of a package by name. */
export async function unzip(pptx: Buffer): Promise<Map<string, Buffer>> {
	const zip = await JSZip.loadAsync(pptx);
	const parts = new Map<string, Buffer>();
	for (const file of Object.values(zip.files)) if (!file.dir) parts.set(file.name, await file.async('nodebuffer'));
	return parts;
}

const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** The text runs (`<a:t>`) of an XML part, decoded. */
export function textRuns(xml: string): string[] {
	return [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => decode(m[1]));
}

/** The slide parts in slide order (`ppt/slides/slide1.xml`, …). */
export function slideNames(parts: Map<string, Buffer>): string[] {
	const number = (name: string) => Number(name.match(/(\d+)\.xml$/)![1]);
	return [...parts.keys()].filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n)).sort((a, b) => number(a) - number(b));
}

/** The text of slide `n` (1-based)'s speaker notes, a line per paragraph, without the slide number field. */
export function notesOf(parts: Map<string, Buffer>, n: number): string {
	const xml = parts.get(`ppt/notesSlides/notesSlide${n}.xml`)?.toString('utf8') ?? '';
	const body = xml.match(/<p:ph type="body"[^]*?<\/p:sp>/)?.[0] ?? '';
	const paragraphs = body.match(/<a:p>[^]*?<\/a:p>/g) ?? [];
	return paragraphs.map((p) => textRuns(p).join('')).join('\n').trim();
}

/** True when LibreOffice (soffice) and poppler (pdftotext, pdfinfo, pdftoppm) are installed. */
export const hasLibreOffice = spawnSync('soffice', ['--version']).status === 0 && spawnSync('pdfinfo', ['-v']).status === 0;

/** What to install when they are missing. */
export const INSTALL_HINT = 'LibreOffice and poppler are needed: apt-get install libreoffice-impress poppler-utils (.ci/run installs them)';

/**
 * Converts a deck to PDF with LibreOffice Impress, headless; with `notes`,
 * the PDF has a notes page after the slides (LibreOffice's own reading of
 * the speaker notes). Returns the PDF's path.
 */
export function toPdf(pptx: string, outDir: string, { notes = false } = {}): string {
	const profile = mkdtempSync(join(tmpdir(), 'keyplan-lo-'));
	mkdirSync(outDir, { recursive: true });
	const filter = notes ? 'pdf:impress_pdf_Export:{"ExportNotesPages":{"type":"boolean","value":"true"}}' : 'pdf';
	try {
		execFileSync('soffice', [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--convert-to', filter, '--outdir', outDir, pptx], { stdio: 'pipe', timeout: 180_000 });
	} finally {
		rmSync(profile, { recursive: true, force: true });
	}
	return join(outDir, basename(pptx).replace(/\.pptx$/i, '.pdf'));
}

/** Number of pages of a PDF (pdfinfo). */
export function pageCount(pdf: string): number {
	return Number(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }).match(/^Pages:\s+(\d+)/m)![1]);
}

/** Text of one page (1-based) or of the whole PDF (pdftotext), whitespace folded. */
export function pdfText(pdf: string, page?: number): string {
	const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
	return execFileSync('pdftotext', [...range, pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

/** The PDF's pages as PNG images (pdftoppm), in page order. */
export function pngPages(pdf: string, outDir: string, dpi = 100): Buffer[] {
	mkdirSync(outDir, { recursive: true });
	execFileSync('pdftoppm', ['-r', String(dpi), '-png', pdf, join(outDir, 'page')]);
	return readdirSync(outDir)
		.filter((f) => /^page-\d+\.png$/.test(f))
		.sort((a, b) => Number(a.match(/\d+/)![0]) - Number(b.match(/\d+/)![0]))
		.map((f) => readFileSync(join(outDir, f)));
}
