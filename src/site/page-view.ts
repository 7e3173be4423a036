/**
 * The analysed portfolio as pages see it: figures, findings and health come
 * from `src/domain` (computed once per build), pages only present them.
 */
import { accountAnalysis, type AccountAnalysis, type PortfolioAnalysis } from '../domain/analysis.ts';
import { analysisOf } from '../present/analysed.ts';
import { namesOf, type Names } from '../domain/names.ts';
import { today } from '../build/today.ts';
import { sitePortfolio } from './site-portfolio.ts';

/**
 * The portfolio analysed as of today (`KEYPLAN_TODAY` or the clock); the
 * domain remembers one analysis per loaded portfolio, so every page and
 * endpoint of a build shares it.
 */
export function siteAnalysis(): PortfolioAnalysis {
	return analysisOf(sitePortfolio(), today());
}

/** The view of one account; throws for an unknown slug (a bug in a page's paths). */
export function accountView(slug: string): AccountAnalysis {
	const found = accountAnalysis(siteAnalysis(), slug);
	if (!found) throw new Error(`no account "${slug}" in the portfolio`);
	return found;
}

/** Names of our people only (for pages about no one account). */
export function peopleNames(): Names {
	return (peopleNamesCache ??= namesOf(siteAnalysis().people));
}
let peopleNamesCache: Names | undefined;
