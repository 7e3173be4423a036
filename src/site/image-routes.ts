/** The one-pager images of the site: one job per image of the analysed portfolio (the paths come from `onepager/jobs.ts`). */
import type { PortfolioAnalysis } from '../domain/analysis.ts';
import { jobsOf, type ImageJob } from '../onepager/jobs.ts';
import { siteAnalysis } from './page-view.ts';

const byAnalysis = new WeakMap<PortfolioAnalysis, Map<string, ImageJob>>();

/** Every image of the site's portfolio by path (`accounts/<slug>/onepager`), as of the current analysis. */
function jobsByPath(): Map<string, ImageJob> {
	const analysis = siteAnalysis();
	let jobs = byAnalysis.get(analysis);
	if (!jobs) byAnalysis.set(analysis, (jobs = new Map(jobsOf(analysis).map((job) => [job.path, job]))));
	return jobs;
}

/** Every image of the site's portfolio, in account order. */
export function siteImageJobs(): ImageJob[] {
	return [...jobsByPath().values()];
}

/** The image at a path, from the current content (the dev server reads an edited plan again). */
export function siteImageJob(path: string): ImageJob | undefined {
	return jobsByPath().get(path);
}
