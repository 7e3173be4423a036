/**
 * The one-pagers' visual language: canvas, margins, type scale and the
 * colours, which are the site's: every colour is the light value of a token
 * in `src/styles/tokens.css` (`--name: light-dark(light, dark)`), read when
 * this module loads, so the site and the images share one palette.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HealthBand } from '../domain/health.ts';
import type { Stance } from '../schema/contacts.ts';
import { healthLabel } from './tones.ts';

/** Slide size: 16:9 at 1920×1080. */
export const CANVAS = { width: 1920, height: 1080 } as const;

/** Outer margin: nothing is ever drawn in it but the background. */
export const MARGIN = 56;

/** Width and height inside the margin. */
export const INNER = { width: CANVAS.width - 2 * MARGIN, height: CANVAS.height - 2 * MARGIN } as const;

/** Line height as a multiple of the font size, for every text box. */
export const LINE_HEIGHT = 1.3;

/**
 * The site's colour tokens (`src/styles/tokens.css`): next to this module, or,
 * once this module is bundled into the built site's code (the image routes),
 * under the project root the build runs in.
 */
export const TOKENS_CSS = [new URL('../styles/tokens.css', import.meta.url).pathname, join(process.cwd(), 'src', 'styles', 'tokens.css')].find((path) => existsSync(path)) ?? join(process.cwd(), 'src', 'styles', 'tokens.css');

/** The light value of every colour token in a style sheet: `--name: light-dark(light, dark)` or `--name: #hex`. */
export function lightTokens(css: string): Map<string, string> {
	const tokens = new Map<string, string>();
	for (const m of css.matchAll(/--([\w-]+):\s*(?:light-dark\(\s*)?(#[0-9a-f]{3,8})\b/gi)) if (!tokens.has(m[1])) tokens.set(m[1], m[2].toLowerCase());
	return tokens;
}

const tokens = lightTokens(readFileSync(TOKENS_CSS, 'utf8'));

/** The light value of a site token; a token that is missing stops the renderer with its name. */
function token(name: string): string {
	const value = tokens.get(name);
	if (value === undefined) throw new Error(`src/styles/tokens.css has no colour token --${name}, which the one-pagers use`);
	return value;
}

/** Which site token each colour of the images is. */
export const COLOR_TOKENS = {
	background: 'surface-2',
	card: 'surface',
	fg: 'fg',
	muted: 'muted',
	faint: 'faint',
	line: 'line',
	track: 'surface-2',
	accent: 'accent',
	accentSoft: 'accent-soft',
} as const;

/** Palette: the site's light colours, by role. */
export const COLORS = Object.fromEntries(Object.entries(COLOR_TOKENS).map(([role, name]) => [role, token(name)])) as Readonly<Record<keyof typeof COLOR_TOKENS, string>>;

/** Semantic tones used for figures, dates and chips. */
export type Tone = 'good' | 'warn' | 'bad' | 'neutral' | 'accent';

/** Which site tokens each tone's foreground and soft background are. */
export const TONE_TOKENS: Readonly<Record<Tone, { fg: string; bg: string }>> = {
	good: { fg: 'good', bg: 'good-soft' },
	warn: { fg: 'warn', bg: 'warn-soft' },
	bad: { fg: 'bad', bg: 'bad-soft' },
	neutral: { fg: 'muted', bg: 'surface-2' },
	accent: { fg: 'accent', bg: 'accent-soft' },
};

/** Foreground and soft background of each tone. */
export const TONES = Object.fromEntries(Object.entries(TONE_TOKENS).map(([tone, t]) => [tone, { fg: token(t.fg), bg: token(t.bg) }])) as Readonly<Record<Tone, { fg: string; bg: string }>>;

/** Health band → tone and label. */
export const HEALTH: Readonly<Record<HealthBand, { tone: Tone; label: string }>> = {
	healthy: { tone: 'good', label: healthLabel.healthy },
	watch: { tone: 'warn', label: healthLabel.watch },
	'at-risk': { tone: 'bad', label: healthLabel['at-risk'] },
};

/** Stance colour, champion (green) to blocker (red): the site's `--stance-<stance>`. */
// Read from the tokens named `--stance-*` (no schema import: this module also loads in the render workers).
export const STANCE = Object.fromEntries([...tokens].flatMap(([name, value]) => (name.startsWith('stance-') ? [[name.slice('stance-'.length), value]] : []))) as Readonly<Record<Stance, string>>;
