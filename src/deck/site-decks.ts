/**
 * The decks on the built site: one per account owner (`decks/owner-<id>.pptx`)
 * and one per tier (`decks/tier-<tier>.pptx`), for owners and tiers that have
 * accounts. The paths are defined here once, for the build integration that
 * writes the decks and the pages that link them.
 */
import { deckPath, type SiteDeckKind } from '../present/paths.ts';
import type { PortfolioAnalysis } from '../domain/analysis.ts';
import { plural } from '../domain/format.ts';
import { tierGroups } from '../domain/portfolio-order.ts';
import { describeSelection, selectAccounts, type DeckSelection } from '../domain/selection.ts';

/** One deck of the site. */
export interface SiteDeck {
	kind: SiteDeckKind;
	/** The person id or tier. */
	key: string;
	/** Path under the site's output folder, e.g. `decks/owner-sofia-marin.pptx`. */
	path: string;
	/** What it is about, e.g. "Sofia Marin's accounts". */
	title: string;
	/** "4 accounts". */
	size: string;
	selection: DeckSelection;
}

/** The site deck of one group. */
function siteDeck(analysis: PortfolioAnalysis, kind: SiteDeckKind, key: string, selection: DeckSelection): SiteDeck {
	const accounts = selectAccounts(analysis, selection).length;
	return { kind, key, path: deckPath(kind, key), title: describeSelection(analysis, selection), size: plural(accounts, 'account'), selection };
}

/** Every deck of the site: per owner (by name), then per tier (in the settings' order); none for a group without accounts. */
export function siteDecks(analysis: PortfolioAnalysis): SiteDeck[] {
	const owners = [...new Set(analysis.accounts.map((a) => a.account.plan.data.owner))].sort((a, b) =>
		(analysis.people.get(a)?.name ?? a).localeCompare(analysis.people.get(b)?.name ?? b),
	);
	return [
		...owners.map((owner) => siteDeck(analysis, 'owner', owner, { owner })),
		...tierGroups(analysis.accounts, analysis.settings.tiers).map(({ tier }) => siteDeck(analysis, 'tier', tier, { tier })),
	];
}

export { deckPath, type SiteDeckKind };
