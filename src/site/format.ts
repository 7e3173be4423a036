/**
 * Presentation formatting only: numbers, money, dates and enum labels as people
 * read them. Deterministic (no locale or time-zone dependence beyond `en`).
 */

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `2026-12-10` → `10 Dec 2026`; `—` when missing. */
export function formatDate(date: string | undefined): string {
	if (!date) return '—';
	const [y, m, d] = date.split('-').map(Number);
	return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** `2026-12-10` → `10 Dec` (for compact lists within the year). */
export function formatShortDate(date: string): string {
	const [, m, d] = date.split('-').map(Number);
	return `${d} ${MONTHS[m - 1]}`;
}

/** `3520000, EUR` → `€3.52M`; exact amounts below ten thousand. */
export function formatMoney(amount: number | undefined, currency: string): string {
	if (amount === undefined) return '—';
	const compact = Math.abs(amount) >= 10_000;
	// en-US spells compact amounts with capitals: €3.52M, €120K.
	return new Intl.NumberFormat('en-US', {
		style: 'currency',
		currency,
		notation: compact ? 'compact' : 'standard',
		maximumFractionDigits: compact ? 2 : 0,
	}).format(amount);
}

/** `3520000, EUR` → `€3,520,000`. */
export function formatMoneyExact(amount: number | undefined, currency: string): string {
	if (amount === undefined) return '—';
	return new Intl.NumberFormat('en-GB', { style: 'currency', currency, maximumFractionDigits: 0 }).format(amount);
}

/** `0.3214` → `32%`; `—` when missing. */
export function formatPercent(fraction: number | undefined, digits = 0): string {
	if (fraction === undefined || !Number.isFinite(fraction)) return '—';
	return `${(fraction * 100).toFixed(digits)}%`;
}

/** `8200` → `8,200`. */
export function formatNumber(value: number | undefined): string {
	return value === undefined ? '—' : value.toLocaleString('en-GB');
}

/** `decision-maker` → `Decision maker`, `at-risk` → `At risk`. */
export function label(value: string | undefined): string {
	if (!value) return '—';
	const words = value.replace(/-/g, ' ');
	return words.charAt(0).toUpperCase() + words.slice(1);
}

/** `12` → `in 12 days`, `-3` → `3 days ago`, `0` → `today`. */
export function relativeDays(days: number | undefined): string {
	if (days === undefined) return '';
	if (days === 0) return 'today';
	const n = Math.abs(days);
	const unit = n === 1 ? 'day' : 'days';
	return days > 0 ? `in ${n} ${unit}` : `${n} ${unit} ago`;
}

/** `1 action`, `3 actions`. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
	return `${count} ${count === 1 ? singular : pluralForm}`;
}
