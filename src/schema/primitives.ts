/**
 * Building blocks shared by every schema: dates, ids, links, money and the
 * "internal-only" marker. Keeping them here means one definition of what a
 * valid date or link is, for the build, `npm run check` and the tests alike.
 */
import { z } from 'astro/zod';

declare module 'zod/v4/core' {
	interface GlobalMeta {
		/** True for fields that must never reach a customer-facing output. */
		internal?: boolean;
	}
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `value` is a real calendar date written as YYYY-MM-DD. */
export function isCalendarDate(value: string): boolean {
	const m = ISO_DATE.exec(value);
	if (!m) return false;
	const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
	// Days 1–28 exist in every month (a plan holds tens of dates: this skips making a Date for most of them). Date.UTC
	// reads years 0–99 as 1900–1999, so those are never a match below: not here either.
	if (y >= 100 && mo >= 1 && mo <= 12 && d >= 1 && d <= 28) return true;
	const date = new Date(Date.UTC(y, mo - 1, d));
	return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/**
 * Earliest and latest years a date may have. Every output must be able to
 * carry a date: iCalendar and Excel need four-digit years (year 0100 wrote
 * `DTSTART:1000301…`, which no calendar reads), and a plan's dates are about
 * the customer's last and next decades, so anything outside is a typo.
 */
export const DATE_YEARS = { min: 1900, max: 2199 } as const;

/** True when a `YYYY-MM-DD` string's year lies within `DATE_YEARS`. */
function inDateYears(value: string): boolean {
	const y = Number(value.slice(0, 4));
	return y >= DATE_YEARS.min && y <= DATE_YEARS.max;
}

/**
 * A calendar date, `YYYY-MM-DD`, kept as a string so that time zones never
 * shift it. A `Date` (from a parser that makes them) is folded back to the
 * same string when it is a date alone; a date and time is refused like the
 * same text written untagged, never moved to the UTC day.
 */
export const isoDate = z.preprocess(
	(value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().replace(/T00:00:00\.000Z$/, '') : value),
	z
		.string({ error: 'expected a date written as YYYY-MM-DD' })
		.refine(isCalendarDate, {
			error: (issue) =>
				ISO_DATE.test(String(issue.input))
					? `"${String(issue.input)}" is not a date on the calendar`
					: `"${String(issue.input)}" is not a date: write it as YYYY-MM-DD`,
			abort: true,
		})
		.refine(inDateYears, {
			error: (issue) => `"${String(issue.input)}" is outside the years ${DATE_YEARS.min}–${DATE_YEARS.max} that Keyplan accepts: check the year`,
		}),
);

/** An identifier used for cross-references: lower-case letters, digits and dashes. */
export const id = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'use lower-case letters, digits and single dashes (e.g. "cfo-anna")' });

/** Safe link schemes only: a plan must never carry a `javascript:` or `data:` link. */
export const SAFE_SCHEMES = ['https:', 'http:', 'mailto:'] as const;

/** A link that opens in a browser or mail client. */
export const url = z.string().refine(
	(value) => {
		try {
			return (SAFE_SCHEMES as readonly string[]).includes(new URL(value).protocol);
		} catch {
			return false;
		}
	},
	// abort: checks added on top of this one (e.g. a placeholder) only run on a link that passed.
	{ error: (issue) => `"${String(issue.input)}" is not a link Keyplan accepts: use an https:, http: or mailto: address`, abort: true },
);

/** An e-mail address. */
export const email = z.email({ error: (issue) => `"${String(issue.input)}" is not an e-mail address` });

/**
 * Largest amount of money a plan may hold: ten trillion. Larger values are
 * typos, and a bound keeps every total finite and printable: 1,000 accounts
 * at this bound sum to 10^16, far from where doubles overflow to Infinity
 * (`1e308` once showed as `€∞` and made the 80/20 curve `NaN`).
 */
export const MAX_MONEY = 1e13;

/** An amount of money in the plan's currency, as a plain number (no symbols, no thousands separators). */
export const money = z
	// Only for a value that is not a number: a schema-wide `error` would also word the range check below.
	.number({ error: (issue) => (issue.code === 'invalid_type' ? 'expected an amount as a plain number, e.g. 1250000' : undefined) })
	.nonnegative()
	.max(MAX_MONEY, { error: `an amount is at most ${MAX_MONEY.toExponential()} (ten trillion): check for extra digits` });

/** Largest count (employees, people, units): a billion. Like `MAX_MONEY`, a bound that keeps every figure finite. */
export const MAX_COUNT = 1e9;

/** A whole number of things, 1 or more, at most `MAX_COUNT`. */
export const count = z
	.number()
	.int()
	.positive()
	.max(MAX_COUNT, { error: 'a count is at most 1,000,000,000: check for extra digits' });

/** Largest number of days a settings threshold may span: a century. Dates moved by more leave the calendar outputs can carry. */
export const MAX_DAYS = 36_500;

/** A currency as its three-letter ISO 4217 code, e.g. EUR, GBP, USD. */
export const currencyCode = z.string().regex(/^[A-Z]{3}$/, { error: 'use a three-letter ISO 4217 code such as EUR, USD or GBP' });

/** Fiscal or calendar year as a four-digit number. */
export const year = z.number().int().min(1990).max(2100);

/**
 * One entry per fiscal year: a single entry (as plans wrote it before
 * several years were possible), or a list of entries. Either way the parsed
 * value is a list.
 */
export function perYear<T extends z.ZodType>(entry: T) {
	return z.union([entry, z.array(entry)]).transform((value): z.output<T>[] => (Array.isArray(value) ? value : [value]));
}

/**
 * The path of entry `index` of a per-year field: the field itself when it
 * holds one entry (which may be written without a list), else the entry.
 */
export function perYearPath(path: readonly (string | number)[], count: number, index: number): (string | number)[] {
	return count === 1 ? [...path] : [...path, index];
}

/** A list of short strings; a single string is accepted for one item. */
export const textList = z.preprocess((v) => (typeof v === 'string' ? [v] : v), z.array(z.string().min(1)));

/** Marks a schema as internal-only: it never reaches a customer-facing output. */
export function internal<T extends z.ZodType>(schema: T, description: string): T {
	return schema.meta({ description, internal: true });
}

/** Documents a field; the description is what the site's field reference shows. */
export function field<T extends z.ZodType>(schema: T, description: string): T {
	return schema.meta({ description });
}

/** Five-step scale used for influence, likelihood and impact. */
export const level = z.enum(['very-low', 'low', 'medium', 'high', 'very-high']);
export type Level = z.infer<typeof level>;
