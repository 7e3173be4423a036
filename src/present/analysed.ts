/**
 * The analysis of a loaded portfolio, once per process: the site's pages,
 * endpoints and integrations share one analysis per build (and per date)
 * instead of one each. Process state, so it lives here and not in the
 * domain, whose functions only compute.
 */
import { shared } from '../build/process-store.ts';
import { today as clockToday } from '../build/today.ts';
import { analysePortfolio, type PortfolioAnalysis } from '../domain/analysis.ts';
import type { Portfolio } from '../loader/portfolio.ts';

// Shared by every copy of this module in the process (pages are bundled apart from integrations).
const memo = shared('analysis-memo', () => new WeakMap<Portfolio, Map<string, PortfolioAnalysis>>());

/**
 * `analysePortfolio`, remembered per portfolio object and date: the site's
 * pages and endpoints share one analysis per build instead of one each.
 */
export function analysisOf(portfolio: Portfolio, today: string = clockToday()): PortfolioAnalysis {
	let byDate = memo.get(portfolio);
	if (!byDate) memo.set(portfolio, (byDate = new Map()));
	let analysis = byDate.get(today);
	if (!analysis) byDate.set(today, (analysis = analysePortfolio(portfolio, today)));
	return analysis;
}
