/**
 * How states are shown: each maps to a tone (colour family of a badge) and a
 * word, so colour is never the only carrier of meaning.
 */
import type { HealthBand } from '../domain/health';
import type { RenewalPhase } from '../domain/figures';
import type { Severity } from '../schema/problem';

/** Colour family of a badge. */
export type Tone = 'good' | 'warn' | 'bad' | 'info' | 'neutral' | 'accent';

export const healthTone: Record<HealthBand, Tone> = { healthy: 'good', watch: 'warn', 'at-risk': 'bad' };
export const healthLabel: Record<HealthBand, string> = { healthy: 'Healthy', watch: 'Watch', 'at-risk': 'At risk' };

export const phaseTone: Record<RenewalPhase, Tone> = { 'no-contract': 'neutral', operational: 'info', renewal: 'warn', ended: 'bad' };
export const phaseLabel: Record<RenewalPhase, string> = { 'no-contract': 'No contract', operational: 'Operational', renewal: 'Renewal phase', ended: 'Ended' };

export const severityTone: Record<Severity, Tone> = { error: 'bad', warning: 'warn', info: 'info' };
export const severityLabel: Record<Severity, string> = { error: 'Error', warning: 'Warning', info: 'Note' };

export const statusTone: Record<string, Tone> = { open: 'neutral', 'in-progress': 'info', done: 'good', blocked: 'bad' };

export const stageTone: Record<string, Tone> = { idea: 'neutral', qualified: 'info', proposal: 'accent', negotiation: 'warn', won: 'good', lost: 'bad' };

/** Stance colour as a CSS custom property. */
export const stanceColour = (stance: string) => `var(--stance-${stance})`;

/** Five-step scale positions, for grids and dots. */
export const LEVELS = ['very-low', 'low', 'medium', 'high', 'very-high'] as const;
export const levelIndex = (level: string) => LEVELS.indexOf(level as (typeof LEVELS)[number]);
