/**
 * Content mistakes as the development server shows them. `npm run build`
 * refuses content with errors (src/integration/validate.ts); `npm run dev`
 * keeps serving the site and shows each error on the pages it concerns: an
 * account's on its page (also when the plan is too broken to show at all),
 * settings' and people's on every page. Each request reads the content again
 * when it changed, so a fixed file clears its errors on reload.
 */
import { freshProject } from '../loader/project.ts';
import type { Problem } from '../schema/problem.ts';

/** The content errors of the project, under `npm run dev` only (a build never gets this far with any). */
export function devProblems(): readonly Problem[] {
	if (import.meta.env.MODE !== 'development') return [];
	return freshProject(process.cwd()).problems.filter((p) => p.severity === 'error');
}

/** The account folder a problem's file is in, if any. */
const slugOf = (file: string): string | undefined => /^content\/accounts\/([^/]+)\//.exec(file)?.[1];

/** The errors in an account's files (plan and renewal plan). */
export function accountProblems(slug: string): Problem[] {
	return devProblems().filter((p) => slugOf(p.file) === slug);
}

/** The errors outside every account (settings, people, the content folder): they concern every page. */
export function siteProblems(): Problem[] {
	return devProblems().filter((p) => slugOf(p.file) === undefined);
}

/** Accounts whose plan is in error so that it cannot be shown: they get a page listing their errors instead. */
export function brokenAccounts(shown: ReadonlySet<string>): string[] {
	const slugs = devProblems().flatMap((p) => (p.file.endsWith('/plan.mdx') ? [slugOf(p.file)] : []));
	return [...new Set(slugs)].filter((slug): slug is string => slug !== undefined && !shown.has(slug)).sort();
}
