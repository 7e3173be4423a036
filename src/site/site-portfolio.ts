/**
 * The portfolio as the site sees it: the project's content loaded once per
 * build (`loader/project.ts`), shared with the validate integration, the
 * images and the calendars. The validate integration has already refused
 * invalid content, so pages can rely on every reference resolving. Under
 * `npm run dev` an edited plan is read again on the next request.
 */
import type { Portfolio } from '../loader/portfolio.ts';
import { freshProject, loadedProject } from '../loader/project.ts';

/** The validated portfolio of the project the site is built from. */
export function sitePortfolio(): Portfolio {
	const root = process.cwd();
	return (import.meta.env.MODE === 'development' ? freshProject(root) : loadedProject(root)).portfolio;
}
