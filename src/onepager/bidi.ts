/**
 * Right-to-left text in the right visual order. Satori 0.63 reorders text
 * itself, but only word by word with a simplified algorithm: brackets and
 * punctuation next to Arabic or Hebrew end up on the wrong side, and a word
 * mixing fonts (Arabic letters, Latin punctuation) is drawn in logical
 * order. So a line holding right-to-left text is split here, with the
 * Unicode Bidirectional Algorithm (bidi-js), into level runs in visual order;
 * each run is drawn as its own box, right-to-left runs with `direction: rtl`,
 * which Satori shapes (and mirrors brackets in) right to left.
 */
import bidiFactory from 'bidi-js';
import { graphemes } from './text-fit.ts';

/** Characters that make Satori reorder a text (its own test, plus RLM and ALM). */
const RTL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\u200f\u061c\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u;

type Bidi = ReturnType<typeof bidiFactory>;
let bidi: Bidi | undefined;
const engine = (): Bidi => (bidi ??= bidiFactory());

/** True when a text holds right-to-left characters. */
export function hasRtl(text: string): boolean {
	return RTL.test(text);
}

/** The direction of a paragraph from its first strong character (like `dir="auto"`); left to right when none. */
export function paragraphDirection(text: string): 'ltr' | 'rtl' {
	for (const ch of text) {
		const type = engine().getBidiCharTypeName(ch);
		if (type === 'L') return 'ltr';
		if (type === 'R' || type === 'AL') return 'rtl';
	}
	return 'ltr';
}

/** A run of one direction, its text in logical order. */
export interface Run {
	text: string;
	rtl: boolean;
}

/**
 * A line split into runs of one embedding level, in visual order (left to
 * right), by the Unicode Bidirectional Algorithm with the given paragraph
 * direction. Runs never split a grapheme.
 */
export function visualRuns(line: string, direction: 'ltr' | 'rtl'): Run[] {
	if (!line) return [];
	const { levels } = engine().getEmbeddingLevels(line, direction);
	// One level per grapheme (a joiner or selector must stay with its emoji).
	const runs: { start: number; end: number; level: number }[] = [];
	let at = 0;
	for (const g of graphemes(line)) {
		const level = levels[at];
		const last = runs[runs.length - 1];
		if (last && last.level === level) last.end = at + g.length;
		else runs.push({ start: at, end: at + g.length, level });
		at += g.length;
	}
	// Rule L2: from the highest level down to the lowest odd one, reverse every sequence of runs at that level or higher.
	const highest = Math.max(...runs.map((r) => r.level));
	const lowestOdd = Math.min(...runs.map((r) => (r.level % 2 ? r.level : r.level + 1)));
	for (let level = highest; level >= lowestOdd; level--) {
		for (let i = 0; i < runs.length; ) {
			if (runs[i].level < level) {
				i++;
				continue;
			}
			let j = i;
			while (j < runs.length && runs[j].level >= level) j++;
			runs.splice(i, j - i, ...runs.slice(i, j).reverse());
			i = j;
		}
	}
	return runs.map((r) => ({ text: line.slice(r.start, r.end), rtl: r.level % 2 === 1 }));
}
