/**
 * The portfolio as the site sees it: loaded once per build through the same
 * loader as `npm run check`. The validate integration has already refused
 * invalid content, so pages can rely on every reference resolving.
 */
import { loadPortfolio, type Portfolio } from '../loader/portfolio';

let cached: Portfolio | undefined;

/** The validated portfolio of the project the site is built from. */
export function sitePortfolio(): Portfolio {
	if (cached && import.meta.env.MODE !== 'development') return cached;
	cached = loadPortfolio(process.cwd()).portfolio;
	return cached;
}
