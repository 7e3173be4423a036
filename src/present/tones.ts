/**
 * How states are shown: each maps to a tone (colour family of a badge) and a
 * word, so colour is never the only carrier of meaning.
 */
import type { HealthBand } from '../domain/health.ts';
import type { RenewalPhase } from '../domain/figures/index.ts';
import type { Heat, LevelBand } from '../domain/figures/risks.ts';
import type { Severity } from '../schema/problem.ts';
import type { CellStatus } from '../schema/whitespace.ts';

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

/** Whitespace cells: ours green, potential blue, a competitor red, none grey; unknown is styled apart (dashed). */
export const cellTone: Record<CellStatus, Tone> = { ours: 'good', potential: 'accent', competitor: 'bad', none: 'neutral', unknown: 'neutral' };

/** A high threat is bad news, a medium one a warning. */
export const bandTone: Record<LevelBand, Tone> = { high: 'bad', medium: 'warn', low: 'neutral' };

/** Cell colours of the risk grid, coolest first. */
export const heatClass: Record<Heat, string> = { low: 'heat-1', medium: 'heat-2', high: 'heat-3', critical: 'heat-4' };

/** Stance colour as a CSS custom property. */
export const stanceColour = (stance: string) => `var(--stance-${stance})`;

