/**
 * Building Satori element trees without JSX or React: `h()` makes an
 * element, `text()` makes a text box whose content was measured and clamped
 * to its width and line count (with Satori's `lineClamp` as a second guard).
 * Text with right-to-left characters is laid out line by line as measured,
 * each line in bidi runs in visual order (see `bidi.ts`).
 *
 * Satori aligns text (right, centre, right-to-left) by its laid-out width
 * but draws it word by word, up to a pixel wider (kerning between a letter
 * and an ellipsis, say), and lays boxes out in whole pixels. So aligned text
 * is laid out like right-to-left text: each line in run boxes as wide as
 * measured, to the next pixel, which the box aligns; nothing is drawn
 * outside it.
 */
import { hasRtl, paragraphDirection, visualRuns } from './bidi.ts';
import type { Weight } from './fonts.ts';
import type { Coverage, IsImage } from './glyphs.ts';
import { drawableText } from './glyphs.ts';
import { fitText, type Measurer, type TextStyle } from './text-fit.ts';
import { LINE_HEIGHT } from '../present/theme.ts';

/** Inline CSS as Satori reads it (camel-cased properties). */
export type Style = Record<string, string | number>;

/** An element as Satori reads it: the shape React elements have. */
export interface El {
	type: string;
	props: { style?: Style; children?: Child | Child[]; [attribute: string]: unknown };
}

/** Anything that may appear among an element's children. */
export type Child = El | string | null | undefined | false;

/**
 * An element with a style and children. Sizes are border-box and boxes do
 * not shrink unless asked to, so every width and height in a layout is the
 * outer size it was planned with.
 */
export function h(type: string, style: Style, ...children: (Child | Child[])[]): El {
	const flat = children.flat().filter((c): c is El | string => c !== null && c !== undefined && c !== false);
	return { type, props: { style: { boxSizing: 'border-box', flexShrink: 0, ...style }, children: flat } };
}

/** An element with attributes (for inline SVG: `svg`, `path`, `circle`…). */
export function el(type: string, attributes: Record<string, unknown>, ...children: Child[]): El {
	return { type, props: { ...attributes, children: children.filter(Boolean) } };
}

/** What a layout needs to fit text: a measurer, the fonts' coverage and the emoji drawn as images. */
export interface Fit {
	measurer: Measurer;
	covers: Coverage;
	isImage?: IsImage;
}

/** How a text box looks and how much room it has. */
export interface TextBox {
	size: number;
	weight?: Weight;
	color?: string;
	/** Width of the box in px: the text is clamped to it. */
	width: number;
	/** Maximum number of lines (default 1). */
	lines?: number;
	style?: Style;
}

/** Height in px of `lines` lines of text at `size`. */
export function textHeight(size: number, lines: number): number {
	return Math.ceil(size * LINE_HEIGHT) * lines;
}

const ALIGN: Record<string, string> = { right: 'flex-end', end: 'flex-end', center: 'center' };

/** Width of a bidi run's box: its measured width, to the next whole pixel (Satori lays boxes out in whole pixels). */
function runWidth(measurer: Measurer, text: string, style: TextStyle): number {
	return Math.ceil(measurer.width(text, style));
}

/** Measures lines as `bidiLines` lays them out: the runs' boxes side by side (one run for left-to-right text). */
function runsMeasurer(measurer: Measurer, direction: 'ltr' | 'rtl'): Measurer {
	return {
		width: (line, style) =>
			direction === 'ltr' && !hasRtl(line) ? runWidth(measurer, line, style) : visualRuns(line, direction).reduce((sum, run) => sum + runWidth(measurer, run.text, style), 0),
	};
}

/**
 * Right-to-left or aligned text as lines of bidi runs: one row per measured
 * line (so Satori does not wrap it again), aligned in the box, each run a
 * box of one direction as wide as measured (a right-to-left run is padded on
 * the left by what it draws beyond its laid-out width, as Satori draws it
 * from the right). No `overflow: hidden` here: under a clipping box Satori
 * 0.63 drops the dots of Arabic letters; the measured lines fit without it.
 */
function bidiLines(lines: string[], box: TextBox, lineHeight: number, direction: 'ltr' | 'rtl', measurer: Measurer, style: TextStyle): El[] {
	const justifyContent = ALIGN[String(box.style?.textAlign ?? '')] ?? 'flex-start';
	return lines.map((line) =>
		h(
			'div',
			{ display: 'flex', flexDirection: 'row', justifyContent, width: box.width, height: lineHeight },
			visualRuns(line, direction).map((run) => {
				const width = runWidth(measurer, run.text, style);
				const layout = Math.ceil(measurer.layoutWidth?.(run.text, style) ?? width);
				return h('div', { display: 'block', whiteSpace: 'pre', direction: run.rtl ? 'rtl' : 'ltr', width, ...(run.rtl ? { paddingLeft: width - layout } : {}) }, run.text);
			}),
		),
	);
}

/** The style text is measured in: the box's size, weight and (numeric) letter spacing. */
function fitStyle(box: TextBox): TextStyle {
	const spacing = box.style?.letterSpacing;
	return { size: box.size, weight: box.weight ?? 400, ...(typeof spacing === 'number' ? { letterSpacing: spacing } : {}) };
}

/** A text box: drawable glyphs only, measured and clamped with an ellipsis. */
export function text(fit: Fit, content: string, box: TextBox): El {
	const fs = fitStyle(box);
	const weight = fs.weight;
	const lines = box.lines ?? 1;
	const drawable = drawableText(content, fit.covers, fit.isImage);
	const inRuns = hasRtl(drawable) || ALIGN[String(box.style?.textAlign ?? '')] !== undefined;
	const direction = inRuns ? paragraphDirection(drawable) : 'ltr';
	const fitted = fitText(drawable, fs, box.width, lines, inRuns ? runsMeasurer(fit.measurer, direction) : fit.measurer);
	const lineHeight = Math.ceil(box.size * LINE_HEIGHT);
	const style: Style = {
		display: 'block',
		width: box.width,
		maxHeight: textHeight(box.size, lines),
		fontSize: box.size,
		fontWeight: weight,
		lineHeight: `${lineHeight}px`,
		color: box.color ?? 'inherit',
		overflowWrap: 'break-word',
		lineClamp: lines,
		...box.style,
	};
	if (!inRuns) return h('div', style, fitted.text);
	const { lineClamp: _clamp, overflowWrap: _wrap, textAlign: _align, ...rest } = style;
	return h('div', { ...rest, display: 'flex', flexDirection: 'column' }, bidiLines(fitted.lines, box, lineHeight, direction, fit.measurer, fs));
}
