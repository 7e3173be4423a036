/**
 * A lighter SVG for slides, drawing exactly the same shapes. Satori writes
 * text as glyph outlines in absolute coordinates with one decimal
 * ("M99.8 76L96.5 76L101.4 61.4…"), which is most of a ~1 MB one-pager.
 * Here every such path is rewritten with relative commands, computed in
 * whole tenths so no rounding creeps in; zero-length lines (no area in a
 * filled outline) are dropped, horizontal and vertical lines use `h`/`v`,
 * repeated commands are implied. Overflow masks that nothing refers to are
 * removed. On the sample sheets this halves the file, and resvg draws the
 * result with exactly the same pixels (tests check it). Separators stay
 * conservative (a space between numbers unless the next is negative), for
 * slide programs with simple SVG parsers.
 *
 * Beside svgo 4's default preset, measured by `bench/libraries.ts` on six
 * sample slides (Satori writes 774 KB each): this gives 339 KB in 20–25 ms
 * per slide with the same pixels; svgo gives 284 KB in 280–300 ms and resvg
 * draws other pixels from it (it rounds coordinates). Exact pixels and a
 * twelfth of the time are why this stays.
 */

const ARITY: Record<string, number> = { M: 2, L: 2, Q: 4, C: 6, Z: 0 };

/** A length in tenths as SVG text: "12.5", ".5", "-3", no trailing zeros. */
function tenths(t: number): string {
	const a = Math.abs(t);
	const whole = Math.floor(a / 10);
	const frac = a % 10;
	const text = frac === 0 ? String(whole) : whole === 0 ? `.${frac}` : `${whole}.${frac}`;
	return t < 0 ? `-${text}` : text;
}

/** Numbers as path text: a space before each one that is not negative, unless it follows a command letter. */
function numbers(values: readonly number[], count: number, afterLetter: boolean): string {
	let out = '';
	for (let k = 0; k < count; k++) {
		const text = tenths(values[k]);
		out += (k > 0 || !afterLetter) && text.charCodeAt(0) !== 45 ? ` ${text}` : text;
	}
	return out;
}

/** Where `tenthsAt` reads. */
let cursor = 0;

/** Skips spaces and commas from `cursor`; the character code there (NaN at the end). */
function skipSeparators(d: string): number {
	let c = d.charCodeAt(cursor);
	while (c === 32 || c === 44) c = d.charCodeAt(++cursor);
	return c;
}

/** The number at `cursor` in whole tenths, the cursor moved past it; NaN when it is not a number with at most one decimal. */
function tenthsAt(d: string): number {
	let c = skipSeparators(d);
	const sign = c === 45 ? -1 : 1;
	if (sign < 0) c = d.charCodeAt(++cursor);
	let value = 0;
	let digits = 0;
	for (; c >= 48 && c <= 57; c = d.charCodeAt(++cursor), digits++) value = value * 10 + (c - 48);
	value *= 10;
	if (c === 46) {
		c = d.charCodeAt(++cursor);
		if (c >= 48 && c <= 57) {
			value += c - 48;
			digits++;
			c = d.charCodeAt(++cursor);
			if (c >= 48 && c <= 57) return NaN;
		}
	}
	return digits === 0 ? NaN : sign * value;
}

/**
 * A filled outline's path data (absolute M, L, Q, C, Z with at most one
 * decimal) in relative form; undefined when `d` is anything else (arcs,
 * relative commands, more decimals), which is then kept as it is.
 */
export function compactPathData(d: string): string | undefined {
	const v = [0, 0, 0, 0, 0, 0];
	let out = '';
	let previous = '';
	let x = 0;
	let y = 0;
	let startX = 0;
	let startY = 0;
	cursor = 0;
	while (!Number.isNaN(skipSeparators(d))) {
		const command = d[cursor++];
		const arity = ARITY[command];
		if (arity === undefined || (out === '' && command !== 'M')) return undefined;
		if (command === 'Z') {
			if (previous !== 'z') out += 'z';
			previous = 'z';
			x = startX;
			y = startY;
			continue;
		}
		for (let k = 0; k < arity; k++) {
			v[k] = tenthsAt(d);
			if (Number.isNaN(v[k])) return undefined;
		}
		const endX = v[arity - 2];
		const endY = v[arity - 1];
		if (command === 'L' && endX === x && endY === y) continue;
		let name = command.toLowerCase();
		let count = arity;
		if (out === '') name = 'M';
		else {
			for (let k = 0; k < arity; k++) v[k] -= k % 2 === 0 ? x : y;
			if (name === 'l' && v[1] === 0) [name, count] = ['h', 1];
			else if (name === 'l' && v[0] === 0) [name, count, v[0]] = ['v', 1, v[1]];
		}
		out += name === previous ? numbers(v, count, false) : name + numbers(v, count, true);
		// After a moveto, further pairs are implied linetos (absolute after `M`).
		previous = name === 'm' ? 'l' : name === 'M' ? 'L' : name;
		x = endX;
		y = endY;
		if (command === 'M') {
			startX = endX;
			startY = endY;
		}
	}
	return out === '' ? undefined : out;
}

/** The same drawing, lighter: glyph outlines in relative form, unused masks removed. */
export function compactSvg(svg: string): string {
	const used = new Set([...svg.matchAll(/url\(#([^)]+)\)|href="#([^"]+)"/g)].map((m) => m[1] ?? m[2]));
	return svg
		.replace(/<mask id="([^"]+)">(?:(?!<\/?mask)[\s\S])*<\/mask>/g, (mask, id: string) => (used.has(id) ? mask : ''))
		.replace(/<path ([^>]*?)d="([^"]*)"/g, (path, attributes: string, d: string) => {
			if (attributes.includes('stroke')) return path; // zero-length segments may draw caps
			const compact = compactPathData(d);
			return compact === undefined ? path : `<path ${attributes}d="${compact}"`;
		});
}
