/**
 * Makes a .pptx package reproducible: the same deck and date give the same
 * bytes. pptxgenjs stamps the clock into `docProps/core.xml` (created,
 * modified) and the zip stamps it into every entry; here both become the
 * deck's date (midnight UTC), the parts are written in a fixed order
 * (`[Content_Types].xml` first, as Office does) without folder entries, XML
 * compressed and pictures stored as they are (PNG is compressed already).
 */
import JSZip from 'jszip';

/** `docProps/core.xml` with its created and modified dates set to `stamp` (W3CDTF, e.g. `2026-11-24T00:00:00Z`). */
export function stampCore(xml: string, stamp: string): string {
	return xml.replace(/(<dcterms:(created|modified)\b[^>]*>)[^<]*(<\/dcterms:\2>)/g, `$1${stamp}$3`);
}

const CONTENT_TYPES = '[Content_Types].xml';

/** Part names in writing order: content types first, then by name. */
function partOrder(names: string[]): string[] {
	const rest = names.filter((n) => n !== CONTENT_TYPES).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
	return names.includes(CONTENT_TYPES) ? [CONTENT_TYPES, ...rest] : rest;
}

/** The package `pptx` rewritten reproducibly as of `today` (YYYY-MM-DD). */
export async function reproducible(pptx: Buffer, today: string): Promise<Buffer> {
	const source = await JSZip.loadAsync(pptx);
	const date = new Date(`${today}T00:00:00Z`);
	const target = new JSZip();
	const files = Object.values(source.files).filter((f) => !f.dir);
	for (const name of partOrder(files.map((f) => f.name))) {
		const data = await source.file(name)!.async('nodebuffer');
		const picture = /\.(png|jpe?g|gif)$/i.test(name);
		const content = name === 'docProps/core.xml' ? Buffer.from(stampCore(data.toString('utf8'), `${today}T00:00:00Z`)) : data;
		target.file(name, content, { date, createFolders: false, compression: picture ? 'STORE' : 'DEFLATE', compressionOptions: picture ? null : { level: 6 } });
	}
	return target.generateAsync({ type: 'nodebuffer', platform: 'DOS', streamFiles: false });
}
