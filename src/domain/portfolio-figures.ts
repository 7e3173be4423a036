/**
 * Portfolio-level figures: the 80/20 concentration of revenue and the number
 * of key accounts each account manager owns.
 */
import type { Account } from '../loader/portfolio';
import type { Person } from '../schema/person';
import type { Settings } from '../schema/settings';
import type { AccountFigures } from './figures';

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
	/** Currency of every amount here: the settings' currency. */
	currency: string;
	fiscalYear: number;
	/** Total revenue this fiscal year of the accounts counted. */
	total: number;
	/** Accounts with revenue this year in the settings' currency, largest first. */
	accounts: ConcentrationEntry[];
	/** Slugs of accounts left out because their plan uses another currency. */
	otherCurrency: string[];
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

/** Revenue this fiscal year, accounts sorted by revenue with their cumulative share. */
export function concentrationOf(entries: Entry[], settings: Settings, fiscalYear: number): Concentration {
	const counted = entries.filter((e) => e.figures.currency === settings.currency && (e.figures.revenueThisYear ?? 0) > 0);
	const otherCurrency = entries.filter((e) => e.figures.currency !== settings.currency).map((e) => e.account.slug);
	const total = counted.reduce((sum, e) => sum + e.figures.revenueThisYear!, 0);
	const sorted = [...counted].sort((a, b) => b.figures.revenueThisYear! - a.figures.revenueThisYear! || a.account.slug.localeCompare(b.account.slug));
	let running = 0;
	const accounts = sorted.map((e) => {
		running += e.figures.revenueThisYear!;
		return { slug: e.account.slug, name: e.account.plan.data.name, revenue: e.figures.revenueThisYear!, share: e.figures.revenueThisYear! / total, cumulativeShare: running / total };
	});
	const reach = accounts.findIndex((a) => a.cumulativeShare >= PARETO_SHARE - 1e-9);
	const paretoCount = accounts.length === 0 ? 0 : reach + 1;
	return {
		currency: settings.currency,
		fiscalYear,
		total,
		accounts,
		otherCurrency,
		top: accounts[0],
		paretoCount,
		paretoShare: accounts.length === 0 ? 0 : paretoCount / accounts.length,
	};
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
