/**
 * The `cacheKey` of each account's pages (its plan page, renewal page and
 * cadence calendar) for Astro's incremental build
 * (`experimental.incrementalBuild`): a digest of everything they show, so a
 * rebuild after editing one plan renders that account's pages again and
 * copies the others from the last build. Astro adds the page's code to the
 * key itself (a hash of its module graph, the config and the lock file).
 *
 * The key is taken from what the page is rendered from, not from the files it
 * came from: the account's analysed view (its plan, figures and findings, the
 * portfolio rules' included, so a rule that judges an account against the
 * others is covered too), its history, and what every page shows (today, the settings, our
 * people). A value a page shows and this digest leaves out would be a stale
 * page, so the view is taken whole.
 */
import { createHash, type Hash } from 'node:crypto';
import type { PortfolioAnalysis } from '../domain/analysis.ts';
import { siteAnalysis } from './page-view.ts';
import type { PortfolioHistory } from '../history/plans.ts';
import { siteHistory } from './history.ts';

const byAnalysis = new WeakMap<PortfolioAnalysis, Map<string, string>>();

/**
 * JSON of anything the analysis holds: maps and sets as their entries,
 * functions (the name resolvers, whose data is the people and the plan's
 * contacts, both in the digest) left out.
 */
function serialised(value: unknown): string {
	return JSON.stringify(value, (_key, v: unknown) => (v instanceof Map ? [...v] : v instanceof Set ? [...v] : typeof v === 'function' ? undefined : v));
}

/** The digest so far plus `value`, each part ended so that two parts cannot run into one. */
function add(hash: Hash, value: unknown): Hash {
	return hash.update(serialised(value) ?? 'undefined').update('\u0000');
}

/** The cache key of every account's pages in `analysis`, by slug, given the portfolio's history. */
export function pageKeysOf(analysis: PortfolioAnalysis, history: PortfolioHistory): Map<string, string> {
	const site = add(add(add(add(createHash('sha256'), analysis.today), analysis.settings), analysis.people), history.note).digest('hex');
	return new Map(
		analysis.accounts.map((view) => [view.slug, add(add(add(createHash('sha256'), site), view), history.accounts.get(view.slug) ?? []).digest('hex')]),
	);
}

/** The cache key of every account's pages in the site's portfolio, by slug (computed once per analysis). */
export function accountPageKeys(): Map<string, string> {
	const analysis = siteAnalysis();
	let keys = byAnalysis.get(analysis);
	if (!keys) byAnalysis.set(analysis, (keys = pageKeysOf(analysis, siteHistory())));
	return keys;
}
