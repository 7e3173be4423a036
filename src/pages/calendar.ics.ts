/** `calendar.ics`: every account's cadence meetings, renewal milestones and contract dates in one feed. */
import type { APIRoute } from 'astro';
import { analysisOf } from '../domain/analysis';
import { portfolioCalendar } from '../domain/calendar';
import { today } from '../domain/today';
import { sitePortfolio } from '../site/portfolio';

export const prerender = true;

/** The portfolio calendar as `text/calendar`. */
export const GET: APIRoute = () =>
	new Response(portfolioCalendar(analysisOf(sitePortfolio(), today())), {
		headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
	});
