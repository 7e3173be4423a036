/** Geometry for the build-time SVG charts: linear scales, paths, date positions. */
import { daysBetween } from '../domain/dates.ts';

/** A linear map from a domain [d0, d1] to a range [r0, r1]. */
export function scale(d0: number, d1: number, r0: number, r1: number): (value: number) => number {
	const span = d1 - d0 || 1;
	return (value) => r0 + ((value - d0) / span) * (r1 - r0);
}

/** `M x y L x y …` through the points, rounded to 0.1 px for compact, stable output. */
export function linePath(points: readonly { x: number; y: number }[]): string {
	return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${round(p.x)} ${round(p.y)}`).join(' ');
}

/** Rounds to one decimal, the precision of every coordinate the charts write. */
export function round(value: number): number {
	return Math.round(value * 10) / 10;
}

/** A scale over calendar dates (`YYYY-MM-DD`) to x positions. */
export function dateScale(from: string, to: string, x0: number, x1: number): (date: string) => number {
	const total = daysBetween(from, to) || 1;
	return (date) => x0 + (daysBetween(from, date) / total) * (x1 - x0);
}

/** January 1st of every year strictly inside (from, to], for axis ticks. */
export function yearTicks(from: string, to: string): string[] {
	const ticks: string[] = [];
	for (let y = Number(from.slice(0, 4)) + 1; y <= Number(to.slice(0, 4)); y++) ticks.push(`${y}-01-01`);
	return ticks;
}

/** The earliest and latest of the given dates (undefined ones ignored). */
export function dateExtent(dates: (string | undefined)[]): [string, string] {
	const known = dates.filter((d): d is string => d !== undefined).sort();
	return [known[0], known[known.length - 1]];
}
