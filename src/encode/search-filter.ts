/**
 * The search filters' encoder. Pagefind's default UI writes a filter's values
 * into its panel as HTML (`{@html value}` in its Svelte filter list), so a
 * value the index holds as `<img …>` becomes an element on the search page:
 * an industry, a region or an owner's name from a plan could add markup there.
 * Its titles, excerpts and metadata are escaped; only the filter values are not.
 *
 * Measured with Pagefind 1.6.0 (`tests/site/search-filters.test.ts` pins it):
 * while indexing, Pagefind decodes character references twice, in text and in
 * attribute values alike, so `&amp;lt;b&amp;gt;` in a page is indexed as `<b>`.
 * A value therefore reaches the index escaped once, and the UI shows its text,
 * only when the page carries it escaped three times: twice here, once more by
 * Astro, which escapes every attribute value it writes.
 */

/** `&`, `<` and `>` as HTML text: what Pagefind's UI needs to show a value as text. */
function escaped(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * A filter value for a page's `data-filter` attribute, which the element's
 * `data-pagefind-filter="name[data-filter]"` names: Pagefind indexes it
 * escaped once, and its UI shows the text as written in the plan.
 */
export function searchFilterValue(value: string): string {
	return escaped(escaped(value));
}
