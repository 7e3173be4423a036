/** Section 3 of an account plan: what we sell, what they spend, what they committed to. */
import { z } from 'astro/zod';
import { currencyCode, field, internal, isoDate, money, perYear, year } from './primitives.ts';

/** Amounts by year: `{ 2025: 1200000, 2026: 1450000 }`. */
const byYear = z.record(
	z.string().regex(/^\d{4}$/, { error: 'use a four-digit year as the key, e.g. 2026' }),
	money,
);

export const financialsSchema = z.strictObject({
	currency: field(
		currencyCode.optional(),
		'Currency of every amount in this plan (ISO 4217 code); defaults to the reporting currency in settings. Another currency needs an exchange rate in settings.yaml.',
	),
	revenue: field(byYear.default({}), 'Our revenue with the customer by fiscal year (to date for the current year).'),
	walletSize: internal(
		byYear.default({}),
		'The customer\'s total spend in our categories by fiscal year; our revenue divided by it is our share of wallet.',
	),
	commitment: field(
		perYear(
			z.strictObject({
				year: field(year, 'Fiscal year the commitment is for.'),
				amount: field(money, 'Expected spend with us that the customer agreed to (not binding).'),
				agreed: field(isoDate.optional(), 'Date the customer agreed to it.'),
				agreedBy: field(z.string().optional(), 'Contact id of who agreed it.'),
			}),
		).default([]),
		'The customer\'s revenue commitment per fiscal year: { year, amount, agreed, agreedBy }, or a list of them, one per year; rules read the current fiscal year\'s.',
	),
	target: internal(
		perYear(
			z.strictObject({
				year: field(year, 'Fiscal year of the target.'),
				amount: field(money, 'Our own revenue target for the account.'),
			}),
		).default([]),
		'Our internal revenue target per fiscal year: { year, amount }, or a list of them, one per year.',
	),
});

export type Financials = z.infer<typeof financialsSchema>;
export type Commitment = Financials['commitment'][number];
