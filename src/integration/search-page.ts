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

/** The opening tag around `data-pagefind-ignore` (Pagefind's default, ignored for the index): the element's name, when it is an attribute of it. */
const IGNORED_TAG = /^<([a-z][a-z0-9-]*)\b[^>]*\sdata-pagefind-ignore(?:="index")?(?=[\s/>])[^>]*>$/;

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
	let kept = '';
	let from = 0;
	for (let at = html.indexOf('data-pagefind-ignore'); at >= 0; at = html.indexOf('data-pagefind-ignore', at + 1)) {
		const open = html.lastIndexOf('<', at);
		const close = html.indexOf('>', at);
		if (open < from || close < 0) continue;
		const name = IGNORED_TAG.exec(html.slice(open, close + 1))?.[1];
		if (!name) continue;
		const end = endOf(html, name, close + 1);
		if (end < 0) continue;
		const inside = html.slice(close + 1, end);
		if (inside.includes('data-pagefind-') || inside.includes('<img')) continue;
		kept += html.slice(from, open);
		from = end;
		at = end - 1;
	}
	return kept + html.slice(from);
}

/** Where the next `<script>` or `<style>` element starts at or after `from`, and the closing tag it ends with; undefined when none. */
function nextScriptOrStyle(html: string, from: number): { start: number; close: string } | undefined {
	for (let at = from; ; ) {
		const script = html.indexOf('<script', at);
		const style = html.indexOf('<style', at);
		const start = script < 0 ? style : style < 0 ? script : Math.min(script, style);
		if (start < 0) return undefined;
		const name = start === script ? 'script' : 'style';
		// `<scripts`, `<styler`: another tag.
		if (!/[A-Za-z0-9_]/.test(html.charAt(start + 1 + name.length))) return { start, close: `</${name}>` };
		at = start + 1;
	}
}

/**
 * The page as Pagefind should read it: a space between adjacent tags, so
 * that text in neighbouring elements stays separate words in excerpts; and
 * without what Pagefind reads and then ignores: the `class` attributes
 * (two fifths of an account page, mostly Astro's scoped-style classes), the
 * charts' `<svg>` elements and the parts marked `data-pagefind-ignore`.
 * The index is byte for byte the same as from the whole page, in half the
 * time. Only the index sees this; the served page is unchanged.
 */
export function pageForSearch(html: string): string {
	// A `class="` outside scripts and styles is an attribute: text and attribute values carry their quotes escaped.
	// Spaced before the SVGs go: the spaces around a chart are part of what Pagefind reads.
	const outside = (part: string) => withoutIgnored(withoutSvg(part.replaceAll('><', '> <')).replace(/ class="[^"]*"/g, ''));
	let page = '';
	let from = 0;
	// Scripts and styles (Astro writes their tags in lower case) are kept byte for byte.
	for (let next = nextScriptOrStyle(html, from); next; next = nextScriptOrStyle(html, from)) {
		const end = html.indexOf(next.close, next.start);
		if (end < 0) break;
		page += outside(html.slice(from, next.start)) + html.slice(next.start, end + next.close.length);
		from = end + next.close.length;
	}
	return page + outside(html.slice(from));
}
