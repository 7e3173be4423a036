/**
 * The one-pagers' visual language: canvas, margins, type scale and the
 * colours shared with the site (accent blue, health bands green / amber /
 * red, stance from champion green to blocker red).
 */
import type { HealthBand } from '../domain/health';
import type { Stance } from '../schema/contacts';

/** Slide size: 16:9 at 1920×1080. */
export const CANVAS = { width: 1920, height: 1080 } as const;

/** Outer margin: nothing is ever drawn in it but the background. */
export const MARGIN = 56;

/** Width and height inside the margin. */
export const INNER = { width: CANVAS.width - 2 * MARGIN, height: CANVAS.height - 2 * MARGIN } as const;

/** Line height as a multiple of the font size, for every text box. */
export const LINE_HEIGHT = 1.3;

/** Palette: the site's light tokens (`src/styles/tokens.css`), accent #1f5fbf. */
export const COLORS = {
	background: '#eef1f5',
	card: '#ffffff',
	fg: '#18202c',
	muted: '#566173',
	faint: '#8a94a3',
	line: '#dfe3e9',
	track: '#e6eaf0',
	accent: '#1f5fbf',
	accentSoft: '#e3ecfa',
} as const;

/** Semantic tones used for figures, dates and chips. */
export type Tone = 'good' | 'warn' | 'bad' | 'neutral' | 'accent';

/** Foreground and soft background of each tone. */
export const TONES: Readonly<Record<Tone, { fg: string; bg: string }>> = {
	good: { fg: '#136c37', bg: '#e2f3e8' },
	warn: { fg: '#9a5600', bg: '#fdf0d8' },
	bad: { fg: '#b3261e', bg: '#fde6e3' },
	neutral: { fg: '#566173', bg: '#eef1f5' },
	accent: { fg: '#1f5fbf', bg: '#e3ecfa' },
};

/** Health band → tone and label. */
export const HEALTH: Readonly<Record<HealthBand, { tone: Tone; label: string }>> = {
	healthy: { tone: 'good', label: 'Healthy' },
	watch: { tone: 'warn', label: 'Watch' },
	'at-risk': { tone: 'bad', label: 'At risk' },
};

/** Stance colour, champion (green) to blocker (red). */
export const STANCE: Readonly<Record<Stance, string>> = {
	champion: '#15803d',
	supporter: '#65a30d',
	neutral: '#8a94a3',
	sceptic: '#d97706',
	blocker: '#dc2626',
};
