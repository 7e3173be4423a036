/**
 * Plan history as the site shows it: read and judged once per build
 * (`history/plans.ts`), shared by the account pages, the dashboard and the
 * `changes.xml` feed.
 */
import { shared } from '../build/process-store.ts';
import { collector } from '../build/gc.ts';
import { recentChanges, type RecentChange } from '../domain/review/recent.ts';
import { today } from '../build/today.ts';
import { portfolioHistory, type HistoryEntry, type PortfolioHistory } from '../history/plans.ts';
import { sitePortfolio } from './site-portfolio.ts';

/** The portfolio's history, once per build. */
export function siteHistory(): PortfolioHistory {
	const portfolio = sitePortfolio();
	return shared('site-history', () => new WeakMap<object, PortfolioHistory>()).get(portfolio) ?? remember(portfolio);
}

function remember(portfolio: ReturnType<typeof sitePortfolio>): PortfolioHistory {
	const history = portfolioHistory(process.cwd(), portfolio);
	// Judging left the garbage of every version it read (20,000 at 1,000 accounts × 20 commits); collected now, it no
	// longer sets how far V8 lets the heap grow while the pages render (the image-free build's peak: 1.41 → 1.2–1.3 GB).
	collector()({ type: 'major' });
	shared('site-history', () => new WeakMap<object, PortfolioHistory>()).set(portfolio, history);
	return history;
}

/** One account's commits, newest first (empty without history). */
export function accountHistory(slug: string): HistoryEntry[] {
	return siteHistory().accounts.get(slug) ?? [];
}

/** What changed across the portfolio in the last 30 days, newest first. */
export function recentPortfolioChanges(): RecentChange<HistoryEntry>[] {
	return recentChanges([...siteHistory().accounts.values()].flat(), today());
}
