/**
 * `splitFrontmatter` reads MDX files line break by line break instead of with
 * a pattern (it runs on every file of every `check`): on any text made of
 * fences, near-fences, line breaks and words, it gives what the pattern it
 * replaces gives.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { splitFrontmatter, type MdxSource } from '../../src/loader/yaml-source';

/** The definition: the pattern `splitFrontmatter` used to run. */
function byPattern(text: string): MdxSource | undefined {
	const clean = text.replace(/^\uFEFF/, '');
	const match = /^---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/.exec(clean);
	if (!match) return undefined;
	return { frontmatter: match[1] ?? '', body: clean.slice(match[0].length), bodyLine: match[0].split('\n').length };
}

/** Pieces that make fences and almost-fences. */
const PIECE = fc.constantFrom('---', '--', '----', ' ---', '--- ', '---\t', '\n', '\r\n', '\r', ' ', '\t', 'name: X', 'note: ---', '  ---', '\uFEFF', '# Body', 'a', '');

describe('splitFrontmatter', () => {
	test('splits every text as the pattern does', () => {
		fc.assert(
			fc.property(fc.array(PIECE, { maxLength: 24 }), (pieces) => {
				const text = pieces.join('');
				expect(splitFrontmatter(text)).toEqual(byPattern(text));
			}),
			{ numRuns: 20_000 },
		);
	});

	test('texts that start with a fence, with the cases the pattern tries in its own order', () => {
		for (const text of ['---\n---\n---\n', '---\n---', '---\r\n\r\n---\r\nBody', '---\nname: X\n---', '---\n\n---\n', '\uFEFF---\na: 1\n---  \nBody\n', '---\na\r\n---\r', '---\n---x\n---\n']) {
			expect(splitFrontmatter(text), JSON.stringify(text)).toEqual(byPattern(text));
		}
		expect(splitFrontmatter('---\n---\n---\n')).toEqual({ frontmatter: '---', body: '', bodyLine: 4 });
	});
});
