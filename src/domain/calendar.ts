/**
 * iCalendar feeds of the cadence, written by `ical.ts` (RFC 5545):
 * every scheduled meeting (timed when it has a `time`, else all-day), each
 * renewal milestone, and the contract's notice date and end as all-day events.
 *
 * - UIDs are stable (`<slug>-<meeting id or name>-<date>@keyplan`,
 *   `<slug>-renewal-<milestone>@keyplan`, `<slug>-contract-notice@keyplan`), so a
 *   subscribed calendar updates events instead of duplicating them.
 * - Meeting times are floating local times (the time of the meeting where it
 *   happens), as the plan writes them.
 * - Output is deterministic: DTSTAMP is the plan's (or renewal plan's)
 *   `reviewed` date, never the clock; PRODID names the organisation and Keyplan.
 * - Participants are ATTENDEEs named with CN; when no e-mail is known the
 *   address is `<id>@<slug>.invalid` (a reserved domain that never delivers),
 *   because iCalendar requires an address for every attendee.
 */
import type { Person } from '../schema/person.ts';
import type { Settings } from '../schema/settings.ts';
import type { AccountAnalysis, PortfolioAnalysis } from './analysis.ts';
import { addDays, toUtc } from './dates.ts';
import { meetingEvents } from './calendar-meetings.ts';
import { UidRegistry, type CalendarContext } from './calendar-uids.ts';

export { UID_DOMAIN, uidPart, UidRegistry, type CalendarContext } from './calendar-uids.ts';
import { icalendar, type IcalCalendar, type IcalEvent } from './ical-writer.ts';

function newCalendar(name: string, ctx: CalendarContext): IcalCalendar {
	return { name, prodId: { company: ctx.settings.organisation, product: 'Keyplan', language: 'EN' }, events: [] };
}

/** An all-day event on `date`. */
function allDay(uid: string, date: string, stamp: string, summary: string, description: string): IcalEvent {
	return { uid, start: { date }, end: { date: addDays(date, 1) }, stamp: toUtc(stamp), summary, description };
}

/** Adds every event of one account: meetings, renewal milestones, notice date and contract end. */
export function addAccountEvents(calendar: IcalCalendar, entry: Pick<AccountAnalysis, 'account' | 'figures'>, ctx: CalendarContext, uids = new UidRegistry()): void {
	const { account, figures } = entry;
	const plan = account.plan.data;
	calendar.events.push(...meetingEvents(account, ctx, uids));
	const renewal = account.renewal;
	if (renewal) {
		const stamp = renewal.data.reviewed ?? plan.reviewed;
		for (const m of renewal.data.milestones) {
			const owner = m.owner ? ` Owner: ${ctx.people.get(m.owner)?.name ?? m.owner}.` : '';
			calendar.events.push(allDay(uids.next(account.slug, 'renewal', m.title), m.date, stamp, `${plan.name}: ${m.title}${m.done ? ' (done)' : ''}`, `Renewal milestone of ${plan.name}.${owner}`));
		}
	}
	if (plan.contract && figures.noticeDate) {
		const ref = plan.contract.reference ? ` (${plan.contract.reference})` : '';
		calendar.events.push(
			allDay(uids.next(account.slug, 'contract-notice'), figures.noticeDate, plan.reviewed, `${plan.name}: contract notice date`, `Last day to give notice on the contract${ref} ending ${plan.contract.end}.`),
			allDay(uids.next(account.slug, 'contract-end'), plan.contract.end, plan.reviewed, `${plan.name}: contract ends`, `Last day of the contract${ref}.`),
		);
	}
}

/** The iCalendar text of one account's cadence feed (`accounts/<slug>/cadence.ics`). */
export function accountCalendar(entry: Pick<AccountAnalysis, 'account' | 'figures'>, ctx: CalendarContext): string {
	const calendar = newCalendar(`${entry.account.plan.data.name}: cadence`, ctx);
	addAccountEvents(calendar, entry, ctx);
	return icalendar(calendar);
}

/** The iCalendar text of every account's events (`calendar.ics`), from the portfolio's analysis. */
export function portfolioCalendar(analysis: PortfolioAnalysis): string {
	const calendar = newCalendar(`${analysis.settings.organisation}: key account cadence`, analysis);
	const uids = new UidRegistry();
	const bySlug = [...analysis.accounts].sort((a, b) => a.slug.localeCompare(b.slug));
	for (const entry of bySlug) addAccountEvents(calendar, entry, analysis, uids);
	return icalendar(calendar);
}
