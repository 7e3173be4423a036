/** `calendar.ics`: every account's cadence meetings, renewal milestones and contract dates in one feed. */
import type { APIRoute } from 'astro';
import { analysisOf } from '../present/analysed.ts';
import { portfolioCalendar } from '../domain/calendar.ts';
import { today } from '../build/today.ts';
import { sitePortfolio } from '../site/site-portfolio.ts';

export const prerender = true;

/** The portfolio calendar as `text/calendar`. */
export const GET: APIRoute = () =>
	new Response(portfolioCalendar(analysisOf(sitePortfolio(), today())), {
		headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
	});
