/**
 * Which images a portfolio gets, and where they go: for every account the
 * internal and the customer one-pager, and for every account with a renewal
 * plan the renewal one-pager — each as PNG and SVG, at the paths DESIGN.md
 * promises under `dist/`.
 */
import { analysePortfolio, type PortfolioAnalysis } from '../domain/analysis.ts';
import { shared } from '../build/process-store.ts';
import type { Portfolio } from '../loader/portfolio.ts';
import { accountSheet } from './account-sheet.ts';
import { customerSheet } from './customer-view.ts';
import type { Sheet } from './spec.ts';
import { renewalSheet } from './renewal-sheet.ts';
import type { SheetContext } from './sheet.ts';
import { imagePath, type ImageKind } from '../present/paths.ts';

export { imagePath, type ImageKind };

/** One image to produce. */
export interface ImageJob {
	slug: string;
	/** The account's name, for logs and the gallery. */
	name: string;
	kind: ImageKind;
	/** Output path without extension, relative to the output directory, e.g. `accounts/acme/onepager`. */
	path: string;
	sheet: Sheet;
}

// Shared by every copy of this module in the process (pages are bundled apart from integrations).
const everyJob = shared('image-jobs', () => new WeakMap<PortfolioAnalysis, ImageJob[]>());

/**
 * Every image of an analysed portfolio, in account order; `only` limits it
 * to some slugs. The whole list is made once per analysis: the build asks
 * for it when it starts, in the image routes, for the decks and when it is
 * done, and at 1,000 accounts making the 2,100 sheets takes over a second.
 */
export function jobsOf(analysis: PortfolioAnalysis, only?: ReadonlySet<string>): ImageJob[] {
	if (only) return everyJob.get(analysis)?.filter((job) => only.has(job.slug)) ?? jobsFor(analysis, only);
	let jobs = everyJob.get(analysis);
	if (!jobs) everyJob.set(analysis, (jobs = jobsFor(analysis)));
	return jobs;
}

function jobsFor(analysis: PortfolioAnalysis, only?: ReadonlySet<string>): ImageJob[] {
	const ctx: SheetContext = { organisation: analysis.settings.organisation, today: analysis.today, people: analysis.people };
	const accounts = [...analysis.accounts].sort((a, b) => a.slug.localeCompare(b.slug)).filter((a) => !only || only.has(a.slug));
	return accounts.flatMap((a) => {
		const name = a.account.plan.data.name;
		const jobs: ImageJob[] = [
			{ slug: a.slug, name, kind: 'account', path: imagePath(a.slug, 'account'), sheet: accountSheet(a, ctx) },
			{ slug: a.slug, name, kind: 'customer', path: imagePath(a.slug, 'customer'), sheet: customerSheet(a, ctx) },
		];
		const renewal = renewalSheet(a, ctx);
		if (renewal) jobs.push({ slug: a.slug, name, kind: 'renewal', path: imagePath(a.slug, 'renewal'), sheet: renewal });
		return jobs;
	});
}

/** Every image of a loaded portfolio as of `today`. */
export function portfolioJobs(portfolio: Portfolio, today: string, only?: ReadonlySet<string>): ImageJob[] {
	return jobsOf(analysePortfolio(portfolio, today), only);
}
