/**
 * The one formatting module: money, dates, percentages, counts and labels as
 * people read them, for the site, the one-pagers, the calendars and the
 * messages of `npm run check` alike. Built on `Intl` with fixed locales and
 * UTC, so the output never depends on the machine: same input, same text.
 */

const DATE_PARTS = new Intl.DateTimeFormat('en-US', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const MONTH_LONG = new Intl.DateTimeFormat('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** Parts already worked out, by date: a portfolio repeats the same few hundred dates thousands of times. */
const partsByDate = new Map<string, { day: string; month: string; year: string }>();

/** Day, short month and year of a `YYYY-MM-DD` date. */
function parts(iso: string): { day: string; month: string; year: string } {
	let out = partsByDate.get(iso);
	if (out) return out;
	out = { day: '', month: '', year: '' };
	for (const p of DATE_PARTS.formatToParts(new Date(`${iso}T00:00:00Z`))) if (p.type === 'day' || p.type === 'month' || p.type === 'year') out[p.type] = p.value;
	partsByDate.set(iso, out);
	return out;
}

/** `2026-12-10` → `10 Dec 2026`; `—` when missing. */
export function formatDate(date: string | undefined): string {
	if (!date) return '—';
	const { day, month, year } = parts(date);
	return `${day} ${month} ${year}`;
}

/** `2026-12-10` → `10 Dec` (for compact lists within the year). */
export function formatShortDate(date: string): string {
	const { day, month } = parts(date);
	return `${day} ${month}`;
}

/** `2026-12-10` → `Dec 2026`. */
export function formatMonth(date: string): string {
	const { month, year } = parts(date);
	return `${month} ${year}`;
}

/** `2026-12-10` → `December 2026` (agenda headings). */
export function formatLongMonth(date: string): string {
	return MONTH_LONG.format(new Date(`${date.slice(0, 7)}-01T00:00:00Z`));
}

/** `1 Jan – 31 Dec 2026`, or with both years when they differ. */
export function formatDateRange(start: string, end: string): string {
	return start.slice(0, 4) === end.slice(0, 4) ? `${formatShortDate(start)} – ${formatDate(end)}` : `${formatDate(start)} – ${formatDate(end)}`;
}

const compactMoney = new Map<string, Intl.NumberFormat>();
const exactMoney = new Map<string, Intl.NumberFormat>();

/** A cached formatter per currency: building one is the expensive part. */
function formatter(cache: Map<string, Intl.NumberFormat>, currency: string, make: () => Intl.NumberFormat): Intl.NumberFormat {
	let f = cache.get(currency);
	if (!f) cache.set(currency, (f = make()));
	return f;
}

/** `3520000, EUR` → `€3.52M`, `120000` → `€120K`; exact below ten thousand (`€9,500`); `—` when missing. */
export function formatMoney(amount: number | undefined, currency: string): string {
	if (amount === undefined) return '—';
	if (Math.abs(amount) < 10_000) return formatMoneyExact(amount, currency);
	// en-US spells compact amounts with capitals: €3.52M, €120K.
	return formatter(compactMoney, currency, () => new Intl.NumberFormat('en-US', { style: 'currency', currency, notation: 'compact', maximumFractionDigits: 2 })).format(amount);
}

/** `3520000, EUR` → `€3,520,000`; `—` when missing. */
export function formatMoneyExact(amount: number | undefined, currency: string): string {
	if (amount === undefined) return '—';
	return formatter(exactMoney, currency, () => new Intl.NumberFormat('en-US', { style: 'currency', currency, maximumFractionDigits: 0 })).format(amount);
}

/** Percent formatters by number of digits: making an `Intl.NumberFormat` costs far more than using one. */
const percentFormats = new Map<number, Intl.NumberFormat>();

/** `0.3214` → `32%`; `—` when missing. */
export function formatPercent(fraction: number | undefined, digits = 0): string {
	if (fraction === undefined || !Number.isFinite(fraction)) return '—';
	let format = percentFormats.get(digits);
	if (!format) percentFormats.set(digits, (format = new Intl.NumberFormat('en-US', { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits })));
	return format.format(fraction);
}

const NUMBER = new Intl.NumberFormat('en-US');

/** `8200` → `8,200`; `—` when missing. */
export function formatNumber(value: number | undefined): string {
	return value === undefined ? '—' : NUMBER.format(value);
}

/** `7.86` → `7.9` (scorecard scores out of 10). */
export function formatScore(value: number): string {
	return value.toFixed(1);
}

/** `decision-maker` → `Decision maker`, `at-risk` → `At risk`. */
export function label(value: string | undefined): string {
	if (!value) return '—';
	const words = value.replace(/-/g, ' ');
	return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A contact's role or stance as people read it: `unknown` → `Not assessed` (never mistaken for neutral), else as `label`. */
export function assessedLabel(value: string | undefined): string {
	return value === 'unknown' ? 'Not assessed' : label(value);
}

/** `12` → `in 12 days`, `-3` → `3 days ago`, `0` → `today`. */
export function relativeDays(days: number | undefined): string {
	if (days === undefined) return '';
	if (days === 0) return 'today';
	return days > 0 ? `in ${formatDays(days)}` : `${formatDays(days)} ago`;
}

/** `1 day`, `402 days` (the sign is dropped). */
export function formatDays(n: number): string {
	return plural(Math.abs(n), 'day');
}

/** `1 action`, `3 actions`. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
	return `${count} ${count === 1 ? singular : pluralForm}`;
}

/** `48 → 62 (at-risk → watch)`; `—` for a side without a score (added, removed, not valid). */
export function formatHealthMove(before: { score: number; band: string } | undefined, after: { score: number; band: string } | undefined): string {
	const show = (h: typeof before) => (h ? String(h.score) : '—');
	const bands = before && after && before.band !== after.band ? ` (${before.band} → ${after.band})` : '';
	return `${show(before)} → ${show(after)}${bands}`;
}

/** `EUR` → `€`, `GBP` → `£`, `CHF` → `CHF`: the symbol amounts are shown with (the workbook's number formats); the code when Intl does not know it. */
export function currencySymbol(currency: string): string {
	try {
		return new Intl.NumberFormat('en-US', { style: 'currency', currency }).formatToParts(0).find((p) => p.type === 'currency')?.value ?? currency;
	} catch {
		return currency;
	}
}

/**
 * How a locale (`de`, `en-US`, `fr-CH`) writes numbers and dates, for reading
 * what people typed: its decimal separator, and whether the day comes before
 * the month; `undefined` for a locale Intl does not know.
 */
export function localeConventions(locale: string): { decimal: '.' | ','; dayFirst: boolean } | undefined {
	try {
		const [canonical] = Intl.getCanonicalLocales(locale);
		const decimal = new Intl.NumberFormat(canonical).formatToParts(1.5).find((p) => p.type === 'decimal')?.value;
		const parts = new Intl.DateTimeFormat(canonical, { day: 'numeric', month: 'numeric', year: 'numeric' }).formatToParts(new Date(Date.UTC(2026, 11, 31)));
		return { decimal: decimal === ',' ? ',' : '.', dayFirst: parts.findIndex((p) => p.type === 'day') < parts.findIndex((p) => p.type === 'month') };
	} catch {
		return undefined;
	}
}
