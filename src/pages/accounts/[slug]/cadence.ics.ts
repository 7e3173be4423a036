/** `accounts/<slug>/cadence.ics`: one account's cadence meetings, renewal milestones and contract dates. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { accountAnalysis } from '../../../domain/analysis.ts';
import { analysisOf } from '../../../present/analysed.ts';
import { accountCalendar } from '../../../domain/calendar.ts';
import { today } from '../../../build/today.ts';
import { accountPageKeys } from '../../../site/page-keys.ts';
import { sitePortfolio } from '../../../site/site-portfolio.ts';

export const prerender = true;

/** One feed per account. */
export const getStaticPaths = (() => {
	// Written again only when the account's key changed (src/site/page-keys.ts): a rebuild copies the others.
	const keys = accountPageKeys();
	return sitePortfolio().accounts.map((account) => ({ params: { slug: account.slug }, cacheKey: keys.get(account.slug) }));
}) satisfies GetStaticPaths;

/** The account's calendar as `text/calendar`. */
export const GET: APIRoute = ({ params }) => {
	const analysis = analysisOf(sitePortfolio(), today());
	const entry = accountAnalysis(analysis, String(params.slug));
	if (!entry) return new Response(`no account "${params.slug}"`, { status: 404 });
	return new Response(accountCalendar(entry, analysis), {
		headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
	});
};
