/** The Astro static endpoints serve the domain's calendars for every account of the project. */
import type { APIContext } from 'astro';
import { expect, test } from 'vitest';
import { getStaticPaths, GET as accountFeed } from '../../src/pages/accounts/[slug]/cadence.ics';
import { GET as portfolioFeed } from '../../src/pages/calendar.ics';
import { parseCalendar } from '../support/ical';

const call = async (get: (ctx: APIContext) => Response | Promise<Response>, params: Record<string, string> = {}) => {
	const response = await get({ params } as unknown as APIContext);
	return { response, text: await response.text() };
};

test('calendar.ics is text/calendar and holds every account feed\'s events', async () => {
	const { response, text } = await call(portfolioFeed);
	expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
	const all = parseCalendar(text).events.map((e) => e.uid);
	const paths = getStaticPaths();
	expect(paths.map((p) => p.params.slug)).toContain('nordwind-logistics');
	let count = 0;
	for (const { params } of paths) {
		const feed = parseCalendar((await call(accountFeed, params)).text).events.map((e) => e.uid);
		expect(all).toEqual(expect.arrayContaining(feed));
		count += feed.length;
	}
	expect(all).toHaveLength(count);
});

test('an unknown slug is a 404, not a crash', async () => {
	expect((await call(accountFeed, { slug: 'nobody' })).response.status).toBe(404);
});
