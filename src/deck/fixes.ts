/**
 * Repairs for known defects of pptxgenjs 4.0.1's packages that PowerPoint
 * (though not LibreOffice) complains about, applied while the package is
 * rewritten (`package.ts`):
 * - `[Content_Types].xml` names a slide master per slide (`slideMaster2.xml`
 *   …) though there is one (gitbrent/PptxGenJS#1444), and declares default
 *   types for media the deck does not have, `jpg` as the unregistered
 *   `image/jpg` among them (#1449): keep only overrides of parts that exist
 *   and defaults of extensions in use.
 * - a slide background with a solid fill lacks the effect list the schema
 *   requires in `<p:bgPr>` (#1442): add an empty one.
 * - speaker notes are one run with line breaks inside its text, which not
 *   every client shows as breaks: make each line a paragraph of its own.
 */

/** `[Content_Types].xml` with only the overrides of existing parts and the defaults of extensions in use. */
export function fixContentTypes(xml: string, parts: readonly string[]): string {
	const names = new Set(parts);
	const extensions = new Set(parts.map((p) => p.slice(p.lastIndexOf('.') + 1).toLowerCase()));
	return xml
		.replace(/<Override PartName="\/([^"]+)"[^>]*\/>/g, (override, name: string) => (names.has(name) ? override : ''))
		.replace(/<Default Extension="([^"]+)"[^>]*\/>/g, (entry, ext: string) => (extensions.has(ext.toLowerCase()) ? entry : ''));
}

/** A slide's XML with an empty effect list in every background's properties that has none. */
export function fixBackgrounds(xml: string): string {
	return xml.replace(/<p:bgPr>([^]*?)<\/p:bgPr>/g, (bg, inner: string) => (/<a:effect(Lst|Dag)\b/.test(inner) ? bg : `<p:bgPr>${inner}<a:effectLst/></p:bgPr>`));
}

/** A notes slide's XML with each line of a multi-line run as a paragraph of its own (an empty line as an empty paragraph). */
export function fixNotes(xml: string): string {
	return xml.replace(/<a:p><a:r>(<a:rPr[^>]*\/>)<a:t>([^<]*\n[^<]*)<\/a:t><\/a:r>(<a:endParaRPr[^>]*\/>)<\/a:p>/g, (_, run: string, text: string, end: string) =>
		text
			.split(/\r?\n/)
			.map((line) => (line ? `<a:p><a:r>${run}<a:t>${line}</a:t></a:r></a:p>` : `<a:p>${end}</a:p>`))
			.join(''),
	);
}

/** A part's content repaired; `parts` are the names of every part of the package. */
export function fixPart(name: string, content: string, parts: readonly string[]): string {
	if (name === '[Content_Types].xml') return fixContentTypes(content, parts);
	if (/^ppt\/slides\/slide\d+\.xml$/.test(name)) return fixBackgrounds(content);
	if (/^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(name)) return fixNotes(content);
	return content;
}
