/**
 * What an image is, apart from its data: the layout version and the PNG
 * encoding. Both are part of every cache key.
 */
import type { RenewalSheet } from './renewal-sheet.ts';
import type { AccountSheet } from './sheet.ts';

/** Bump when a layout changes how an unchanged sheet looks: every cached image is then re-rendered. */
export const LAYOUT_VERSION = 1;

/** Any one-pager's data. */
export type Sheet = AccountSheet | RenewalSheet;

/**
 * sharp's PNG options: a 256-colour palette keeps a slide far under 250 KB
 * while text stays crisp; fixed effort, no metadata, so bytes are stable.
 */
export const PNG_OPTIONS = { palette: true, colours: 256, quality: 100, dither: 0, effort: 4, compressionLevel: 9, adaptiveFiltering: false } as const;
