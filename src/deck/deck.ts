/**
 * Writes a deck: its contents (`contents.ts`) drawn as slides (`slides.ts`)
 * into a reproducible .pptx (`package.ts`). The one-pagers come from the
 * image service (`onepager/images.ts`), so a deck reuses every image already
 * in the cache and renders only the missing ones, once.
 */
import PptxGenJS from 'pptxgenjs';
import type { ImageService } from '../onepager/images';
import type { DeckContents } from './contents';
import { reproducible } from './package';
import { addPictureSlides, addPortfolioSlides, addTitleSlide, FONT } from './slides';

/** Where a deck's pictures come from: the PNG of a one-pager job. */
export type PictureSource = Pick<ImageService, 'image' | 'prefetch'>;

/** The .pptx of `contents`, its pictures read from `images`; the same contents and images give the same bytes. */
export async function deckFile(contents: DeckContents, images: PictureSource): Promise<Buffer> {
	const jobs = contents.pictures.map((p) => p.job);
	images.prefetch(jobs);
	const png = await Promise.all(jobs.map((job) => images.image(job, 'png')));
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
	const written = (await pptx.write({ outputType: 'nodebuffer', compression: false })) as Buffer;
	return reproducible(written, contents.today, png);
}
