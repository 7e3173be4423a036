/**
 * Colour emoji for the one-pagers: Twemoji SVGs from the @twemoji/svg
 * package, handed to Satori as `graphemeImages` (grapheme → data URI), so
 * Satori draws each emoji as a 1 em image in the text. Only graphemes a
 * sheet shows are read, once per process. Emoji Twemoji lacks stay "�".
 */
import { existsSync, readFileSync } from 'node:fs';
import { packageFile } from './packages.ts';

/** The package the emoji images come from (its version is part of the image cache key). */
export const EMOJI_PACKAGE = '@twemoji/svg';

/** Graphemes that may be emoji: pictographs, flags (regional indicators), keycaps. */
const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}|\u20e3/u;

/** Asks for emoji presentation of the character before it. */
const EMOJI_PRESENTATION = '\ufe0f';

const images = new Map<string, string | undefined>();

/** Twemoji file names for a grapheme: all code points in hex joined by "-", then without U+FE0F. */
function candidates(grapheme: string): string[] {
	const codes = [...grapheme].map((c) => (c.codePointAt(0) ?? 0).toString(16));
	const full = codes.join('-');
	const bare = codes.filter((c) => c !== 'fe0f').join('-');
	return bare === full ? [full] : [full, bare];
}

/** True when a grapheme looks like an emoji (it may still be drawn as text when a font covers it). */
export function isEmojiLike(grapheme: string): boolean {
	return EMOJI.test(grapheme);
}

/** True when a grapheme asks for emoji presentation (U+FE0F), e.g. "©️" rather than "©". */
export function wantsEmojiPresentation(grapheme: string): boolean {
	return grapheme.includes(EMOJI_PRESENTATION);
}

/** The grapheme's Twemoji SVG as a data URI, or undefined when it is not an emoji Twemoji has. */
export function emojiImage(grapheme: string): string | undefined {
	if (!isEmojiLike(grapheme)) return undefined;
	if (images.has(grapheme)) return images.get(grapheme);
	let uri: string | undefined;
	for (const name of candidates(grapheme)) {
		const file = packageFile(`${EMOJI_PACKAGE}/${name}.svg`);
		if (!existsSync(file)) continue;
		uri = `data:image/svg+xml;base64,${readFileSync(file).toString('base64')}`;
		break;
	}
	images.set(grapheme, uri);
	return uri;
}
