/**
 * Writes a deck: its contents (`contents.ts`) drawn as slides (`slides.ts`)
 * into a reproducible .pptx (`package.ts`). The one-pagers come from the
 * image service (`onepager/image-service.ts`), so a deck reuses every image already
 * in the cache and renders only the missing ones, once. The package streams
 * to its file, each picture read when its turn comes: a deck of hundreds of
 * one-pagers never holds them all in memory.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import PptxGenJS from 'pptxgenjs';
import type { ImageService } from '../onepager/image-service.ts';
import type { DeckContents } from './contents.ts';
import { writePackage } from './package.ts';
import { addPictureSlides, addPortfolioSlides, addTitleSlide, FONT } from './slides.ts';
import type { ZipSink } from '../present/zip.ts';

/** Where a deck's pictures come from: the PNG of a one-pager job. */
export type PictureSource = Pick<ImageService, 'image' | 'prefetch'>;

/** The package pptxgenjs writes for `contents`: every slide, with a stand-in for each picture. */
async function slidesPackage(contents: DeckContents): Promise<Buffer> {
	const pptx = new PptxGenJS();
	pptx.layout = 'LAYOUT_WIDE';
	pptx.title = contents.properties.title;
	pptx.subject = contents.properties.subject;
	pptx.author = contents.properties.author;
	pptx.company = contents.properties.company;
	pptx.theme = { headFontFace: FONT, bodyFontFace: FONT };
	addTitleSlide(pptx, contents);
	addPortfolioSlides(pptx, contents);
	addPictureSlides(pptx, contents);
	return (await pptx.write({ outputType: 'nodebuffer', compression: false })) as Buffer;
}

/** Writes the .pptx of `contents` into `sink`, its pictures read from `images` one at a time; the same contents and images give the same bytes. */
export async function writeDeck(contents: DeckContents, images: PictureSource, sink: ZipSink): Promise<void> {
	const jobs = contents.pictures.map((p) => p.job);
	// Missing one-pagers are drawn on the pool while pptxgenjs writes the slides.
	images.prefetch(jobs);
	const picture = (index: number) => {
		const job = jobs[index];
		if (!job) throw new Error(`the deck's package stands in for picture ${index}, which the deck does not have`);
		return images.image(job, 'png');
	};
	await writePackage(await slidesPackage(contents), contents.today, picture, sink);
}

/** The .pptx of `contents` in memory (small decks, tests); `writeDeckFile` streams a deck to a file. */
export async function deckFile(contents: DeckContents, images: PictureSource): Promise<Buffer> {
	const chunks: Buffer[] = [];
	await writeDeck(contents, images, (chunk) => chunks.push(chunk));
	return Buffer.concat(chunks);
}

/** Writes the .pptx of `contents` to `file` (replacing it), streamed: only one picture in memory at a time. */
export async function writeDeckFile(contents: DeckContents, images: PictureSource, file: string): Promise<void> {
	const fd = openSync(file, 'w');
	try {
		await writeDeck(contents, images, (chunk) => {
			for (let at = 0; at < chunk.length; ) at += writeSync(fd, chunk, at);
		});
	} finally {
		closeSync(fd);
	}
}
