/**
 * How figures read on a slide: compact money, short dates, percentages and
 * day counts. Pure presentation, locale-independent and deterministic.
 */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `3.52M EUR`, `850k EUR`, `950 EUR`. */
export function money(amount: number, currency: string): string {
	const abs = Math.abs(amount);
	const sign = amount < 0 ? '-' : '';
	if (abs >= 1e9) return `${sign}${trim((abs / 1e9).toFixed(2))}B ${currency}`;
	if (abs >= 1e6) return `${sign}${trim((abs / 1e6).toFixed(abs >= 1e8 ? 0 : 2))}M ${currency}`;
	if (abs >= 1e4) return `${sign}${Math.round(abs / 1e3)}k ${currency}`;
	return `${sign}${Math.round(abs).toLocaleString('en-US')} ${currency}`;
}

function trim(fixed: string): string {
	return fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
}

/** `10 Dec 2026` from `2026-12-10`. */
export function date(iso: string): string {
	const [y, m, d] = iso.split('-').map(Number);
	return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** `10 Dec` from `2026-12-10`. */
export function shortDate(iso: string): string {
	const [, m, d] = iso.split('-').map(Number);
	return `${d} ${MONTHS[m - 1]}`;
}

/** `Dec 2026` from `2026-12-10`. */
export function monthYear(iso: string): string {
	const [y, m] = iso.split('-').map(Number);
	return `${MONTHS[m - 1]} ${y}`;
}

/** `1 Jan – 31 Dec 2026`, or with both years when they differ. */
export function dateRange(start: string, end: string): string {
	return start.slice(0, 4) === end.slice(0, 4) ? `${shortDate(start)} – ${date(end)}` : `${date(start)} – ${date(end)}`;
}

/** `62%` from 0.62. */
export function percent(fraction: number): string {
	return `${Math.round(fraction * 100)}%`;
}

/** `1 day`, `402 days`. */
export function days(n: number): string {
	const abs = Math.abs(n);
	return `${abs} day${abs === 1 ? '' : 's'}`;
}

/** `Decision maker` from `decision-maker`. */
export function humanise(id: string): string {
	const words = id.replace(/-/g, ' ');
	return words.charAt(0).toUpperCase() + words.slice(1);
}

/** `7.9` from 7.86. */
export function score(value: number): string {
	return value.toFixed(1);
}
