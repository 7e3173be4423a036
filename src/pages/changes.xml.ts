/** `changes.xml`: the Atom feed of what changed across the portfolio (see `site/atom.ts`). */
import type { APIRoute } from 'astro';
import { today } from '../build/today.ts';
import { changesFeed } from '../site/atom.ts';
import { siteHistory } from '../site/history.ts';
import { sitePortfolio } from '../site/site-portfolio.ts';

export const prerender = true;

/** The feed as `application/atom+xml`. */
export const GET: APIRoute = () => {
	const portfolio = sitePortfolio();
	const names = new Map(portfolio.accounts.map((a) => [a.slug, a.plan.data.name]));
	const entries = [...siteHistory().accounts.values()].flat();
	return new Response(changesFeed(entries, names, portfolio.settings.organisation, today()), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
