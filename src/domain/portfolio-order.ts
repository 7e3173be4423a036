/**
 * The order in which the portfolio is shown to people: by tier, most
 * important tier first (the order of `tiers` in `content/settings.yaml`), and
 * within a tier the analysis' order — lowest health first, then by name. The
 * dashboard's accounts table and the decks' portfolio slide both read it.
 */
import type { AccountAnalysis } from './analysis.ts';

/** Accounts of one tier, in the portfolio's order. */
export interface TierGroup {
	tier: string;
	accounts: AccountAnalysis[];
}

/** The accounts grouped by tier in the order of `tiers`; tiers without accounts are left out. */
export function tierGroups(accounts: readonly AccountAnalysis[], tiers: readonly string[]): TierGroup[] {
	return tiers.map((tier) => ({ tier, accounts: accounts.filter((a) => a.account.plan.data.tier === tier) })).filter((g) => g.accounts.length > 0);
}

/** The accounts in the dashboard's order: by tier, then lowest health first. */
export function dashboardOrder(accounts: readonly AccountAnalysis[], tiers: readonly string[]): AccountAnalysis[] {
	return tierGroups(accounts, tiers).flatMap((g) => g.accounts);
}
