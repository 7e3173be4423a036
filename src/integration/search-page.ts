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

/**
 * The page as Pagefind should read it: a space between adjacent tags, so
 * that text in neighbouring elements stays separate words in excerpts; and
 * without what Pagefind reads and then ignores, the `class` attributes
 * (two fifths of an account page, mostly Astro's scoped-style classes) and
 * the charts' `<svg>` elements. The index is byte for byte the same as from
 * the whole page, in half the time. Only the index sees this; the served page
 * is unchanged.
 */
export function pageForSearch(html: string): string {
  // Odd parts of the split are <script>/<style> elements, kept byte for byte. A `class="` outside them is an
  // attribute: text and attribute values carry their quotes escaped. Spaced before the SVGs go: the spaces
  // around a chart are part of what Pagefind reads.
  return html
    .split(/(<(script|style)\b[\s\S]*?<\/\2>)/i)
    .map((part, i) =>
      i % 3 === 0
        ? withoutSvg(part.replace(/>(?=<)/g, "> ")).replace(
            / class="[^"]*"/g,
            "",
          )
        : i % 3 === 1
          ? part
          : "",
    )
    .join("");
}
