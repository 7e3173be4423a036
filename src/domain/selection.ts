/**
 * Which accounts a deck shows: `--account` (one or more), `--owner`,
 * `--tier`, `--renewal` (accounts in their renewal window), or every account.
 * Criteria narrow each other; the accounts come in the dashboard's order.
 */
import type { AccountAnalysis, PortfolioAnalysis } from './analysis.ts';
import { label } from './format.ts';
import { dashboardOrder } from './portfolio-order.ts';
import { shown } from '../loader/slugs.ts';
import { didYouMean, listKnown } from '../schema/suggest.ts';

/** What a deck is about; every criterion given narrows the deck. */
export interface DeckSelection {
	/** Only these account slugs. */
	accounts?: readonly string[];
	/** Only accounts owned by this person id. */
	owner?: string;
	/** Only accounts of this tier. */
	tier?: string;
	/** Only accounts in their contract's renewal window. */
	renewal?: boolean;
}

/** Why a selection names something that does not exist: one message per unknown value, with the known ones. */
export function unknownInSelection(analysis: PortfolioAnalysis, selection: DeckSelection): string[] {
	const slugs = analysis.accounts.map((a) => a.slug).sort();
	const people = [...analysis.people.keys()].sort();
	const tiers = analysis.settings.tiers;
	const problems: string[] = [];
	for (const slug of selection.accounts ?? []) {
		if (!analysis.bySlug.has(slug)) problems.push(`--account: no account "${shown(slug)}"${didYouMean(slug, slugs)} (known: ${listKnown(slugs, 20)})`);
	}
	if (selection.owner !== undefined && !analysis.people.has(selection.owner)) {
		problems.push(`--owner: no person "${shown(selection.owner)}"${didYouMean(selection.owner, people)} (known: ${listKnown(people, 20)})`);
	}
	if (selection.tier !== undefined && !tiers.includes(selection.tier)) {
		problems.push(`--tier: no tier "${shown(selection.tier)}"${didYouMean(selection.tier, tiers)} (known: ${listKnown(tiers)})`);
	}
	return problems;
}

/** The selected accounts, in the dashboard's order (by tier, then lowest health first). */
export function selectAccounts(analysis: PortfolioAnalysis, selection: DeckSelection): AccountAnalysis[] {
	const only = selection.accounts?.length ? new Set(selection.accounts) : undefined;
	const chosen = analysis.accounts.filter((a) => {
		const plan = a.account.plan.data;
		return (
			(!only || only.has(a.slug)) &&
			(selection.owner === undefined || plan.owner === selection.owner) &&
			(selection.tier === undefined || plan.tier === selection.tier) &&
			(!selection.renewal || a.figures.renewalPhase === 'renewal')
		);
	});
	return dashboardOrder(chosen, analysis.settings.tiers);
}

/** The selection in words, e.g. "Sofia Marin's strategic accounts in their renewal window"; "All accounts" without criteria. */
export function describeSelection(analysis: PortfolioAnalysis, selection: DeckSelection): string {
	const named = (selection.accounts ?? []).map((slug) => analysis.bySlug.get(slug)?.account.plan.data.name ?? slug);
	const owner = selection.owner === undefined ? '' : `${analysis.people.get(selection.owner)?.name ?? selection.owner}'s `;
	const tier = selection.tier === undefined ? '' : `${label(selection.tier).toLowerCase()} `;
	const window = selection.renewal ? ' in their renewal window' : '';
	const narrowed = owner || tier || window;
	if (named.length > 0 && named.length <= 3 && !narrowed) return named.join(', ');
	if (named.length === 0 && !narrowed) return 'All accounts';
	const what = named.length === 0 ? 'accounts' : named.length === 1 ? `account ${named[0]}` : `${named.length} chosen accounts`;
	const text = `${owner}${tier}${what}${window}`;
	return text.charAt(0).toUpperCase() + text.slice(1);
}
