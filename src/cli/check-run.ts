/**
 * One run of `npm run check`: load the content, hand that load on (the
 * command writes the editor schemas from it), analyse the accounts and put their findings on their lines. The
 * one-shot command and `--watch` (which runs it again on every save, with
 * its caches kept in memory) share it.
 */
import { analysePortfolio } from '../domain/analysis.ts';
import { locateFindings } from '../loader/locate.ts';
import type { ParseCache } from '../loader/parse-cache.ts';
import { openPositionCache, type PositionCache } from '../loader/position-cache.ts';
import { loadPortfolio, type LoadResult } from '../loader/portfolio.ts';
import type { CheckResult } from './check-report.ts';

/** The caches a run uses: by default those on disk, opened for this run. */
export interface CheckCaches {
	parse?: ParseCache;
	places?: PositionCache;
	/** Runs on each load before it is analysed: the command writes the editor's schemas from it (no second read). */
	afterLoad?: (loaded: LoadResult) => void;
}

/** What one check run found, with the load it came from. */
export interface CheckRun {
	result: CheckResult;
	loaded: LoadResult;
}

/** Checks the project at `root` as of `date`; `account` limits the report to one account. */
export function runCheck(root: string, date: string, account?: string, caches: CheckCaches = {}): CheckRun {
	const loaded = loadPortfolio(root, undefined, undefined, { places: true, cache: caches.parse });
	caches.afterLoad?.(loaded);
	const { portfolio, problems, files } = loaded;
	const analysis = analysePortfolio(portfolio, date);
	const places = caches.places ?? openPositionCache(root);
	locateFindings([...analysis.accounts.flatMap((a) => a.findings), ...analysis.portfolioFindings], portfolio.accounts, places);
	places.save();
	const filesChecked = account ? files.filter((f) => f.startsWith(`content/accounts/${account}/`)).length : files.length;
	return { result: { problems, analysis, filesChecked, account }, loaded };
}
