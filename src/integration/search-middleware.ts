/**
 * Middleware of `astro build` only (added by the Pagefind integration): hands
 * each rendered account page to the build's search feed (`search-feed.ts`),
 * so Pagefind indexes while the other pages render. The page itself is
 * returned unchanged.
 */
import type { MiddlewareHandler } from 'astro';
import { builtFileOf } from './search-feed.ts';
import { runningFeed } from './search-thread.ts';

export const onRequest: MiddlewareHandler = async (context, next) => {
	const response = await next();
	const feed = runningFeed();
	if (!feed || !context.isPrerendered) return response;
	const file = builtFileOf(context.url.pathname);
	if (!feed.wants(file) || !response.headers.get('Content-Type')?.startsWith('text/html')) return response;
	const html = await response.text();
	await feed.offer(file, html);
	return new Response(html, {
		status: response.status,
		statusText: response.statusText,
		headers: response.headers,
	});
};
