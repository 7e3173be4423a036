/** Helpers for the scripts tests: one text box rendered alone, and finding a name's boxes. */
import type { FontSet } from '../../src/onepager/font-set';
import { h, text, type TextBox as Box } from '../../src/onepager/h';
import { treeToSvg } from '../../src/onepager/render';
import type { TextBox } from './helpers';

/** Where `renderTextBox` puts the box on the canvas. */
const LEFT = 100;
const TOP = 100;

/**
 * Every `<text>` and emoji `<image>` (as text "[image]") of one text box laid
 * out by `text()` with a font set, at (LEFT, TOP) of an otherwise empty canvas.
 */
export async function renderTextBox(set: FontSet, content: string, box: Box): Promise<{ boxes: TextBox[]; left: number; top: number }> {
	const tree = h('div', { display: 'flex', width: 1920, height: 1080, paddingLeft: LEFT, paddingTop: TOP, fontFamily: 'Inter', backgroundColor: '#ffffff' }, text(set.fit, content, box));
	const svg = await treeToSvg(tree, false, set);
	const number = (tag: string, name: string) => Number(tag.match(new RegExp(` ${name}="([^"]*)"`))?.[1]);
	const boxes = [...svg.matchAll(/<text [^>]*>([^<]*)<\/text>|<image [^>]*>/g)].map((m) => ({
		x: number(m[0], 'x'),
		// An image's y is its top; a text's y its baseline, as `textBoxes` gives them.
		y: m[1] === undefined ? number(m[0], 'y') + number(m[0], 'height') : number(m[0], 'y'),
		width: number(m[0], 'width'),
		height: number(m[0], 'height'),
		text: m[1] ?? '[image]',
	}));
	return { boxes: boxes.filter((b) => b.text.trim()), left: LEFT, top: TOP };
}

/** The boxes drawing `name`: its words, or its characters for a name without spaces (CJK is drawn one box per character). */
export function boxesOfText(boxes: readonly TextBox[], name: string): TextBox[] {
	const parts = name.includes(' ') ? name.split(' ') : [...name];
	const found = parts.map((part) => boxes.find((b) => b.text === part));
	if (found.some((b) => !b)) throw new Error(`"${name}" is not drawn as ${JSON.stringify(parts)}`);
	return found as TextBox[];
}
