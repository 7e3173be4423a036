/**
 * Rewrites the package pptxgenjs wrote so that the same deck and date give
 * the same bytes, and repairs its known defects (`fixes.ts`). pptxgenjs
 * stamps the clock into `docProps/core.xml` (created, modified) and the zip
 * stamps it into every entry; here both become the deck's date (midnight
 * UTC). Parts are written in a fixed order (`[Content_Types].xml` first, as
 * Office does) without folder entries, XML compressed and pictures stored
 * as they are (PNG is compressed already), streamed part by part (`zip.ts`).
 */
import JSZip from 'jszip';
import { xmlChars } from '../encode/xml.ts';
import { fixPart } from './fixes.ts';
import { standInIndex } from './stand-ins.ts';
import { zipWriter, type ZipSink } from '../present/zip.ts';

const CONTENT_TYPES = '[Content_Types].xml';

/** `docProps/core.xml` with its created and modified dates set to `stamp` (W3CDTF, e.g. `2026-11-24T00:00:00Z`). */
export function stampCore(xml: string, stamp: string): string {
	return xml.replace(/(<dcterms:(created|modified)\b[^>]*>)[^<]*(<\/dcterms:\2>)/g, `$1${stamp}$3`);
}

/** Part names in writing order: content types first, then by name. */
function partOrder(names: string[]): string[] {
	const rest = names.filter((n) => n !== CONTENT_TYPES).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
	return names.includes(CONTENT_TYPES) ? [CONTENT_TYPES, ...rest] : rest;
}

/**
 * Writes the package `pptx` reproducibly as of `today` (YYYY-MM-DD) into
 * `sink`, its known defects repaired and each picture stand-in replaced by
 * `picture(n)` (n the number the stand-in carries), asked for when its turn
 * comes, so that only one picture is in memory at a time.
 */
export async function writePackage(pptx: Buffer, today: string, picture: (index: number) => Promise<Buffer>, sink: ZipSink): Promise<void> {
	const source = await JSZip.loadAsync(pptx);
	const stamp = `${today}T00:00:00Z`;
	const zip = zipWriter(sink, new Date(stamp));
	const names = partOrder(Object.values(source.files).filter((f) => !f.dir).map((f) => f.name));
	for (const name of names) {
		const data = await source.file(name)!.async('nodebuffer');
		if (!/\.(xml|rels)$/.test(name)) {
			const index = standInIndex(data);
			zip.add(name, index === undefined ? data : await picture(index), false);
			// A turn of the event loop per picture: in a build, the search index is fed meanwhile (integration/pagefind.ts).
			await new Promise<void>((resolve) => setImmediate(resolve));
			continue;
		}
		// Plan text reaches every part through pptxgenjs, which does not drop what XML cannot carry: the encoder does, here, for every part.
		const text = fixPart(name, xmlChars(data.toString('utf8')), names);
		zip.add(name, name === 'docProps/core.xml' ? stampCore(text, stamp) : text, true);
	}
	zip.end();
}
