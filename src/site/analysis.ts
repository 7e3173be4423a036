/**
 * The analysed portfolio as pages see it: figures, findings and health come
 * from `src/domain` (computed once per build), pages only present them.
 */
import { analysisOf, type AccountAnalysis, type PortfolioAnalysis } from '../domain/analysis';
import { today } from '../domain/today';
import { sitePortfolio } from './portfolio';

/**
 * The portfolio analysed as of today (`KEYPLAN_TODAY` or the clock); the
 * domain remembers one analysis per loaded portfolio, so every page and
 * endpoint of a build shares it.
 */
export function siteAnalysis(): PortfolioAnalysis {
	return analysisOf(sitePortfolio(), today());
}

/** The analysis of one account; throws for an unknown slug (a bug in a page's paths). */
export function accountAnalysis(slug: string): AccountAnalysis {
	const found = siteAnalysis().accounts.find((a) => a.slug === slug);
	if (!found) throw new Error(`no account "${slug}" in the portfolio`);
	return found;
}

/** A person's display name, or a customer contact's, falling back to the id. */
export function nameOf(id: string | undefined, contacts: { id: string; name: string }[] = []): string {
	if (!id) return '—';
	return siteAnalysis().people.get(id)?.name ?? contacts.find((c) => c.id === id)?.name ?? id;
}

/** True when `id` is one of our people (and so has a page under /people/). */
export function isPerson(id: string | undefined): id is string {
	return id !== undefined && siteAnalysis().people.has(id);
}
