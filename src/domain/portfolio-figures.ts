/**
 * Portfolio-level figures: the 80/20 concentration of revenue and the number
 * of key accounts each account manager owns.
 */
import type { Account } from '../loader/portfolio.ts';
import type { Person } from '../schema/person.ts';
import type { Settings } from '../schema/settings.ts';
import type { AccountFigures } from './figures/index.ts';

/** The share of revenue the Pareto ("80/20") rule looks at. */
export const PARETO_SHARE = 0.8;

export interface ConcentrationEntry {
	slug: string;
	name: string;
	revenue: number;
	/** This account's share of total revenue (0..1). */
	share: number;
	/** Share of the accounts up to and including this one, largest first. */
	cumulativeShare: number;
}

export interface Concentration {
	/** Currency of every amount here: the settings' (reporting) currency. */
	currency: string;
	fiscalYear: number;
	/** Total revenue this fiscal year of the accounts counted, in the reporting currency. */
	total: number;
	/** Accounts with revenue this year, converted to the reporting currency, largest first. */
	accounts: ConcentrationEntry[];
	/** Slugs of accounts in another currency, counted at the settings' exchange rates. */
	converted: string[];
	/** Slugs of accounts left out because their currency has no exchange rate (the loader reports it as an error). */
	unconverted: string[];
	/** The largest account, when there is revenue at all. */
	top: ConcentrationEntry | undefined;
	/** How many of the largest accounts it takes to reach 80% of revenue. */
	paretoCount: number;
	/** `paretoCount` as a fraction of the accounts counted. */
	paretoShare: number;
}

export interface ManagerLoad {
	/** Person id. */
	person: string;
	name: string;
	/** Slugs of the accounts this person owns. */
	accounts: string[];
	count: number;
	/** `maxKeyAccountsPerManager` from the settings. */
	max: number;
	overloaded: boolean;
}

interface Entry {
	account: Account;
	figures: AccountFigures;
}

/**
 * `amount` in `currency` converted to the settings' reporting currency at the
 * settings' exchange rates; undefined when the currency has no rate (or there is no amount).
 */
export function toReporting(amount: number | undefined, currency: string, settings: Settings): number | undefined {
	if (amount === undefined) return undefined;
	if (currency === settings.currency) return amount;
	const rate = settings.exchangeRates?.rates[currency];
	return rate === undefined ? undefined : amount * rate;
}

/** True when amounts in `currency` can be counted in the reporting currency. */
export function convertible(currency: string, settings: Settings): boolean {
	return toReporting(0, currency, settings) !== undefined;
}

/** Revenue this fiscal year in the reporting currency, accounts sorted by revenue with their cumulative share. */
export function concentrationOf(entries: Entry[], settings: Settings, fiscalYear: number): Concentration {
	const withRevenue = entries.map((e) => ({ e, revenue: toReporting(e.figures.revenueThisYear, e.figures.currency, settings) ?? 0 }));
	const counted = withRevenue.filter(({ e, revenue }) => convertible(e.figures.currency, settings) && revenue > 0);
	const other = entries.filter((e) => e.figures.currency !== settings.currency);
	const total = counted.reduce((sum, c) => sum + c.revenue, 0);
	const sorted = [...counted].sort((a, b) => b.revenue - a.revenue || a.e.account.slug.localeCompare(b.e.account.slug));
	let running = 0;
	const accounts = sorted.map(({ e, revenue }) => {
		running += revenue;
		return { slug: e.account.slug, name: e.account.plan.data.name, revenue, share: revenue / total, cumulativeShare: running / total };
	});
	const reach = accounts.findIndex((a) => a.cumulativeShare >= PARETO_SHARE - 1e-9);
	const paretoCount = accounts.length === 0 ? 0 : reach + 1;
	return {
		currency: settings.currency,
		fiscalYear,
		total,
		accounts,
		converted: other.filter((e) => convertible(e.figures.currency, settings)).map((e) => e.account.slug),
		unconverted: other.filter((e) => !convertible(e.figures.currency, settings)).map((e) => e.account.slug),
		top: accounts[0],
		paretoCount,
		paretoShare: accounts.length === 0 ? 0 : paretoCount / accounts.length,
	};
}

/** One offering's whitespace potential across the portfolio. */
export interface OfferingPotential {
	/** Offering id (settings.yaml). */
	offering: string;
	name: string;
	/** Sum of the potential cells' values, converted to the reporting currency. */
	potential: number;
	/** Slugs of the accounts with potential for it. */
	accounts: string[];
}

/** Total whitespace potential per offering of the settings, in the reporting currency, in offering order. */
export function whitespaceTotals(entries: Entry[], settings: Settings): OfferingPotential[] {
	return settings.offerings.map((o) => {
		const withPotential = entries.filter((e) => (e.figures.whitespace.potentialByOffering[o.id] ?? 0) > 0);
		const potential = withPotential.reduce((sum, e) => sum + (toReporting(e.figures.whitespace.potentialByOffering[o.id], e.figures.currency, settings) ?? 0), 0);
		return { offering: o.id, name: o.name, potential, accounts: withPotential.map((e) => e.account.slug) };
	});
}

/** Key accounts per owner, keyed by person id, compared with the maximum in the settings. */
export function managerLoads(accounts: Account[], people: ReadonlyMap<string, Person>, settings: Settings): Record<string, ManagerLoad> {
	const loads: Record<string, ManagerLoad> = {};
	for (const account of accounts) {
		const id = account.plan.data.owner;
		loads[id] ??= { person: id, name: people.get(id)?.name ?? id, accounts: [], count: 0, max: settings.maxKeyAccountsPerManager, overloaded: false };
		loads[id].accounts.push(account.slug);
		loads[id].count++;
		loads[id].overloaded = loads[id].count > settings.maxKeyAccountsPerManager;
	}
	return loads;
}
