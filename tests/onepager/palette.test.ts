/**
 * One palette for the site and the images: every colour a one-pager draws is
 * the light value of a colour token of the site (`src/styles/tokens.css`),
 * the one its role names. Fails when a colour differs between the two.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stance as stanceSchema } from '../../src/schema/contacts';
import { describe, expect, it } from 'vitest';
import { COLOR_TOKENS, COLORS, lightTokens, STANCE, TONE_TOKENS, TONES } from '../../src/present/theme';
import { REPO } from '../support/sandbox';

/** The site's tokens, read here declaration by declaration: name → [light, dark]. */
function siteTokens(): Map<string, [string, string]> {
	const css = readFileSync(join(REPO, 'src/styles/tokens.css'), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
	const root = css.slice(css.indexOf(':root {'), css.indexOf('}', css.indexOf(':root {')));
	const tokens = new Map<string, [string, string]>();
	for (const declaration of root.split(';')) {
		const m = /--([\w-]+):\s*light-dark\(\s*(#[0-9a-fA-F]+)\s*,\s*(#[0-9a-fA-F]+)\s*\)/.exec(declaration);
		if (m) tokens.set(m[1], [m[2].toLowerCase(), m[3].toLowerCase()]);
	}
	return tokens;
}

const site = siteTokens();
const light = (name: string) => site.get(name)?.[0];

describe('the images’ palette', () => {
	it('is the site’s: each role is the light value of its token, which has a dark value too', () => {
		for (const [role, name] of Object.entries(COLOR_TOKENS)) {
			expect(site.has(name), `--${name} (${role})`).toBe(true);
			expect(COLORS[role as keyof typeof COLORS], `${role} = --${name}`).toBe(light(name));
		}
		for (const [tone, names] of Object.entries(TONE_TOKENS)) {
			expect(TONES[tone as keyof typeof TONES], tone).toEqual({ fg: light(names.fg), bg: light(names.bg) });
		}
		for (const [stance, colour] of Object.entries(STANCE)) expect(colour, stance).toBe(light(`stance-${stance}`));
		// Every stance a plan may give has its colour.
		for (const value of stanceSchema.options) expect(STANCE[value], value).toMatch(/^#[0-9a-f]{6}$/);
	});

	it('has no colour of its own: every hex colour in the one-pager code is a site token’s light value', () => {
		const lights = new Set([...site.values()].map(([l]) => l));
		const dir = join(REPO, 'src/onepager');
		const files = (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts'));
		for (const file of files) {
			for (const [hex] of readFileSync(join(dir, file), 'utf8').matchAll(/#[0-9a-fA-F]{6}\b/g)) expect(lights.has(hex.toLowerCase()), `${hex} in src/onepager/${file}`).toBe(true);
		}
		for (const colour of [...Object.values(COLORS), ...Object.values(TONES).flatMap((t) => [t.fg, t.bg]), ...Object.values(STANCE)]) expect(lights.has(colour), colour).toBe(true);
	});

	it('reads the light value of light-dark() and plain tokens', () => {
		const tokens = lightTokens(':root { --a: light-dark(#ABCDEF, #000000); --b:#123456; --c: 1rem; }');
		expect([...tokens]).toEqual([
			['a', '#abcdef'],
			['b', '#123456'],
		]);
	});
});
