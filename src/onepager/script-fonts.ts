/**
 * Fonts for the scripts the base fonts lack — Hebrew, Arabic, Japanese,
 * Korean and Chinese — chosen per sheet from the characters it shows. The
 * @fontsource packages split each font into subset files with a Unicode
 * range each (over a hundred numbered subsets for every CJK font); a sheet
 * loads only the subsets holding its characters, at 400 and 700 (Satori
 * draws 600 with 700, like a browser, and the measurer agrees). Latin-only
 * sheets load none.
 *
 * Arabic comes from IBM Plex Sans Arabic rather than Noto Sans Arabic: Noto
 * draws the dots of ب ت ي … as marks placed by GPOS offsets, and Satori 0.63
 * applies vertical mark offsets upside down (dots float above or sink into
 * the letter); Plex draws dotted letters whole.
 */
import { readFileSync } from 'node:fs';
import type { FontFile, Weight } from './font-files.ts';
import { packageFile } from './packages.ts';

/** One font package and the characters it is loaded for. */
interface ScriptFamily {
	/** npm package. */
	pkg: string;
	/** File name prefix inside `files/`. */
	prefix: string;
	/** Family name given to Satori, followed by the subset. */
	label: string;
	/** Characters this font is loaded for (others never trigger it, e.g. `≥` in a CJK font). */
	script: RegExp;
	/** Subsets to use: named ones, or every numbered one (`[0]`, `[1]`…). */
	subsets: readonly string[] | 'numbered';
}

/** CJK punctuation, symbols and full-width forms, used by all three CJK languages. */
const CJK_COMMON = '\\u3000-\\u303f\\u3190-\\u319f\\u31c0-\\u31ef\\u3200-\\u33ff\\ufe30-\\ufe4f\\uff00-\\uffef';

/**
 * The script fonts in fallback order. Han characters are taken from the
 * Japanese font first (it has the common Chinese characters too, and a
 * kanji-only company name like 北斗精機 is usually Japanese), then from the
 * Simplified Chinese one (伟, 们…); Hangul from the Korean one.
 */
const FAMILIES: readonly ScriptFamily[] = [
	{ pkg: '@fontsource/noto-sans-hebrew', prefix: 'noto-sans-hebrew', label: 'Noto Sans Hebrew', script: /\p{Script=Hebrew}/u, subsets: ['hebrew'] },
	{ pkg: '@fontsource/ibm-plex-sans-arabic', prefix: 'ibm-plex-sans-arabic', label: 'IBM Plex Sans Arabic', script: /\p{Script=Arabic}/u, subsets: ['arabic'] },
	{ pkg: '@fontsource/noto-sans-jp', prefix: 'noto-sans-jp', label: 'Noto Sans JP', script: new RegExp(`[\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Han}\\u30a0-\\u30ff${CJK_COMMON}]`, 'u'), subsets: 'numbered' },
	{ pkg: '@fontsource/noto-sans-kr', prefix: 'noto-sans-kr', label: 'Noto Sans KR', script: new RegExp(`[\\p{Script=Hangul}${CJK_COMMON}]`, 'u'), subsets: 'numbered' },
	{ pkg: '@fontsource/noto-sans-sc', prefix: 'noto-sans-sc', label: 'Noto Sans SC', script: new RegExp(`[\\p{Script=Han}\\p{Script=Bopomofo}${CJK_COMMON}]`, 'u'), subsets: 'numbered' },
];

/** The packages script fonts come from (their versions are part of the image cache key). */
export const SCRIPT_FONT_PACKAGES: readonly string[] = FAMILIES.map((f) => f.pkg);

/** The weights script fonts are loaded at. */
export const SCRIPT_WEIGHTS: readonly Weight[] = [400, 700];

/** A family's subsets, and for every code point in their ranges the first subset holding it. */
interface RangeIndex {
	subsets: string[];
	subsetOf: Map<number, number>;
}

const indexes = new Map<ScriptFamily, RangeIndex>();

/** Parses `unicode.json` (subset → CSS unicode-range) of a family's package (once). */
function indexOf(family: ScriptFamily): RangeIndex {
	let index = indexes.get(family);
	if (index) return index;
	const table = JSON.parse(readFileSync(packageFile(`${family.pkg}/unicode.json`), 'utf8')) as Record<string, string>;
	const wanted = (key: string) => (family.subsets === 'numbered' ? /^\[\d+\]$/.test(key) : family.subsets.includes(key));
	const subsets = Object.keys(table).filter(wanted);
	const subsetOf = new Map<number, number>();
	subsets.forEach((subset, i) => {
		for (const part of table[subset].split(',')) {
			const [from, to = from] = part.trim().replace(/^U\+/i, '').split('-');
			for (let cp = parseInt(from, 16); cp <= parseInt(to, 16); cp++) if (!subsetOf.has(cp)) subsetOf.set(cp, i);
		}
	});
	index = { subsets, subsetOf };
	indexes.set(family, index);
	return index;
}

function fileName(family: ScriptFamily, subset: string, weight: Weight): string {
	const id = subset.replace(/^\[(\d+)\]$/, '$1');
	return `${family.pkg}/files/${family.prefix}-${id}-${weight}-normal.woff`;
}

/**
 * The script font files that cover the given code points (those the base
 * fonts lack), in fallback order: by family, then by subset. The same code
 * points always give the same list.
 */
export function scriptFontFiles(codePoints: Iterable<number>): FontFile[] {
	const picked = FAMILIES.map(() => new Set<number>());
	for (const cp of codePoints) {
		const char = String.fromCodePoint(cp);
		for (let f = 0; f < FAMILIES.length; f++) {
			if (!FAMILIES[f].script.test(char)) continue;
			const subset = indexOf(FAMILIES[f]).subsetOf.get(cp);
			if (subset === undefined) continue;
			picked[f].add(subset);
			break;
		}
	}
	return FAMILIES.flatMap((family, f) => {
		if (picked[f].size === 0) return [];
		const { subsets } = indexOf(family);
		return [...picked[f]]
			.sort((a, b) => a - b)
			.flatMap((s) => SCRIPT_WEIGHTS.map((weight) => ({ family: `${family.label} ${subsets[s]}`, weight, file: fileName(family, subsets[s], weight) })));
	});
}
