/**
 * What Pagefind reads of a built page. Only the index sees this; the served
 * page is unchanged.
 */

/** `<svg>` elements, outermost first: an `<svg>` inside another is removed with it. */
function withoutSvg(html: string): string {
	if (!html.includes('<svg')) return html;
	let kept = '';
	let from = 0;
	let depth = 0;
	for (const tag of html.matchAll(/<svg\b|<\/svg>/g)) {
		if (tag[0] !== '</svg>') {
			if (depth++ === 0) kept += html.slice(from, tag.index);
		} else if (depth > 0 && --depth === 0) from = tag.index + tag[0].length;
	}
	// An <svg> left open runs to the end of the page.
	return depth > 0 ? kept : kept + html.slice(from);
}

/** An opening tag marked `data-pagefind-ignore` (for the index, Pagefind's default): the element's name, then the tag. */
const IGNORED = /<([a-z][a-z0-9-]*)\b[^>]*?\sdata-pagefind-ignore(?:="index")?(?=[\s/>])[^>]*>/g;

/** Where the element whose opening tag ends at `start` ends (after its closing tag); -1 when it does not end in `html`. */
function endOf(html: string, name: string, start: number): number {
	const tags = new RegExp(`<(/?)${name}\\b[^>]*>`, 'g');
	tags.lastIndex = start;
	let depth = 1;
	for (let tag = tags.exec(html); tag; tag = tags.exec(html)) {
		if (tag[1]) {
			if (--depth === 0) return tags.lastIndex;
		} else if (!tag[0].endsWith('/>')) depth++;
	}
	return -1;
}

/**
 * Elements marked `data-pagefind-ignore`, which Pagefind reads and leaves out
 * of the index (the findings, the table of contents, the history…): removed
 * unless they hold filters, metadata or an image, which Pagefind reads even
 * there (its result image is the page's first `<img>`).
 * Tags are counted as text: in a built page a `<` in text or in an attribute
 * value is escaped, and scripts and styles are split off before.
 */
function withoutIgnored(html: string): string {
	if (!html.includes('data-pagefind-ignore')) return html;
	let kept = '';
	let from = 0;
	const ignored = new RegExp(IGNORED.source, 'g');
	for (let tag = ignored.exec(html); tag; tag = ignored.exec(html)) {
		const end = endOf(html, tag[1], ignored.lastIndex);
		const inside = html.slice(ignored.lastIndex, end);
		if (end < 0 || inside.includes('data-pagefind-') || inside.includes('<img')) continue;
		kept += html.slice(from, tag.index);
		from = ignored.lastIndex = end;
	}
	return kept + html.slice(from);
}

/**
 * The page as Pagefind should read it: a space between adjacent tags, so
 * that text in neighbouring elements stays separate words in excerpts; and
 * without what Pagefind reads and then ignores: the `class` attributes
 * (two fifths of an account page, mostly Astro's scoped-style classes), the
 * charts' `<svg>` elements and the parts marked `data-pagefind-ignore`. The index is byte for byte the same as from
 * the whole page, in half the time. Only the index sees this; the served page
 * is unchanged.
 */
export function pageForSearch(html: string): string {
	// Odd parts of the split are <script>/<style> elements, kept byte for byte. A `class="` outside them is an
	// attribute: text and attribute values carry their quotes escaped. Spaced before the SVGs go: the spaces
	// around a chart are part of what Pagefind reads.
	return html
		.split(/(<(script|style)\b[\s\S]*?<\/\2>)/i)
		.map((part, i) => (i % 3 === 0 ? withoutIgnored(withoutSvg(part.replace(/>(?=<)/g, '> ')).replace(/ class="[^"]*"/g, '')) : i % 3 === 1 ? part : ''))
		.join('');
}
