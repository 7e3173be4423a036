/** What the search index reads: neighbouring elements stay separate words, scripts stay untouched. */
import { describe, expect, test } from 'vitest';
import { spacedForSearch } from '../../src/integration/pagefind';

describe('spacedForSearch', () => {
	test('separates text in adjacent inline elements', () => {
		const html = '<td><strong>Katrin Hoff</strong><span class="sub">Chief Operating Officer</span></td>';
		const text = spacedForSearch(html).replace(/<[^>]+>/g, '');
		expect(text).toContain('Katrin Hoff Chief Operating Officer');
		expect(html.replace(/<[^>]+>/g, '')).toContain('HoffChief');
	});

	test('leaves the inside of scripts and styles alone', () => {
		const html = '<div></div><script>if (a><b) x()</script><style>a>b{}</style>';
		expect(spacedForSearch(html)).toBe('<div> </div><script>if (a><b) x()</script><style>a>b{}</style>');
	});
});
