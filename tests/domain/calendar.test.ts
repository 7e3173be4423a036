/** The cadence feeds, parsed back with ical.js: counts, UIDs, times, attendees, determinism. */
import { describe, expect, test } from 'vitest';
import { analysePortfolio } from '../../src/domain/analysis';
import { accountCalendar, portfolioCalendar } from '../../src/domain/calendar';
import { loadPortfolio } from '../../src/loader/portfolio';
import { parseCalendar } from '../support/ical';
import { REPO } from '../support/sandbox';
import { BASE_RENEWAL, planWith, portfolioOf, TODAY } from './support';

const renewing = planWith((p) => (p.contract = { start: '2025-01-01', end: '2027-09-30', noticeMonths: 6, reference: 'ACME-1' }));
const portfolio = portfolioOf({ acme: { plan: renewing, renewal: { ...BASE_RENEWAL, milestones: [...BASE_RENEWAL.milestones, { title: 'Signature', date: '2027-03-15', done: false }] } }, beta: { plan: planWith() } });
const analysis = analysePortfolio(portfolio, TODAY);
const acme = analysis.accounts.find((a) => a.slug === 'acme')!;

describe('an account\'s cadence.ics', () => {
	const parsed = parseCalendar(accountCalendar(acme, analysis));
	const byUid = new Map(parsed.events.map((e) => [e.uid, e]));

	test('has one event per meeting date, renewal milestone, notice date and contract end', () => {
		// qbr 3 dates + ops-call 2 dates + 2 milestones + notice + end
		expect(parsed.events).toHaveLength(9);
		expect(new Set(parsed.events.map((e) => e.uid)).size).toBe(9);
		expect(parsed.prodid).toBe('-//Test Org//Keyplan//EN');
		expect(parsed.name).toBe('Acme Industries: cadence');
	});

	test('timed meetings are floating local times with their duration; undated-time meetings are all-day', () => {
		const qbr = byUid.get('acme-qbr-2026-12-10@keyplan')!;
		expect(qbr).toMatchObject({ start: '2026-12-10T10:00:00', end: '2026-12-10T11:30:00', allDay: false, floating: true, status: 'CONFIRMED', summary: 'Acme Industries: Quarterly business review' });
		const call = byUid.get('acme-ops-call-2026-12-03@keyplan')!;
		expect(call).toMatchObject({ start: '2026-12-03', end: '2026-12-04', allDay: true });
	});

	test('participants are named attendees, with their e-mail when known', () => {
		const qbr = byUid.get('acme-qbr-2026-12-10@keyplan')!;
		expect(qbr.attendees.map((a) => [a.cn, a.address])).toEqual([
			['Jane Doe', 'mailto:jane@ours.example'],
			['Carla Chef', 'mailto:ceo@acme.invalid'],
			['Otto Betrieb', 'mailto:otto@acme.example'],
		]);
		expect(qbr.organizer).toBe('mailto:jane@ours.example');
		const call = byUid.get('acme-ops-call-2026-12-03@keyplan')!;
		expect(call.attendees.map((a) => a.cn)).toEqual(['Omar Ali', 'Otto Betrieb']);
	});

	test('renewal milestones and the notice date are all-day events with stable UIDs', () => {
		expect(byUid.get('acme-renewal-renewal-proposal@keyplan')).toMatchObject({ start: '2027-01-15', allDay: true });
		expect(byUid.get('acme-renewal-signature@keyplan')).toMatchObject({ start: '2027-03-15', allDay: true });
		expect(byUid.get('acme-contract-notice@keyplan')).toMatchObject({ start: '2027-03-30', end: '2027-03-31', allDay: true, summary: 'Acme Industries: contract notice date' });
		expect(byUid.get('acme-contract-end@keyplan')).toMatchObject({ start: '2027-09-30', allDay: true });
	});

	test('DTSTAMP comes from the plan, never the clock, so output is byte-identical', () => {
		expect(new Set(parsed.events.map((e) => e.stamp))).toEqual(new Set(['2026-11-01T00:00:00Z']));
		expect(accountCalendar(acme, analysis)).toBe(accountCalendar(analysePortfolio(portfolio, '2027-01-01').accounts.find((a) => a.slug === 'acme')!, analysis));
	});

	test('a UID does not change when other meetings change, and unaccepted meetings are tentative', () => {
		const edited = portfolioOf({ acme: { plan: planWith((p) => { p.cadence![0].dates!.unshift('2026-06-11'); p.cadence![1].accepted = false; }) } });
		const entry = analysePortfolio(edited, TODAY).accounts[0];
		const events = parseCalendar(accountCalendar(entry, edited)).events;
		expect(events.map((e) => e.uid)).toContain('acme-qbr-2026-12-10@keyplan');
		expect(events.find((e) => e.uid === 'acme-ops-call-2026-12-03@keyplan')).toMatchObject({ status: 'TENTATIVE' });
	});

	test('meetings without an id, with the same name, still get distinct UIDs', () => {
		const twins = portfolioOf({ acme: { plan: planWith((p) => (p.cadence = [{ name: 'Site walk', dates: ['2027-01-05'] }, { name: 'Site walk', dates: ['2027-01-05', '2027-01-05'] }])) } });
		const entry = analysePortfolio(twins, TODAY).accounts[0];
		const uids = parseCalendar(accountCalendar(entry, twins)).events.map((e) => e.uid);
		expect(uids.slice(0, 2)).toEqual(['acme-site-walk-2027-01-05@keyplan', 'acme-site-walk-2027-01-05-2@keyplan']);
	});
});

describe('the portfolio calendar.ics', () => {
	test('holds every account\'s events once, UIDs unique', () => {
		const parsed = parseCalendar(portfolioCalendar(analysis));
		expect(parsed.events).toHaveLength(9 + 7); // beta: 5 meeting dates + notice + end
		expect(new Set(parsed.events.map((e) => e.uid)).size).toBe(parsed.events.length);
		expect(parsed.name).toBe('Test Org: key account cadence');
		expect(portfolioCalendar(analysePortfolio(portfolio, TODAY))).toBe(portfolioCalendar(analysis));
	});

	test('the sample portfolio\'s feeds parse, with unique UIDs and every scheduled meeting date', () => {
		const sample = analysePortfolio(loadPortfolio(REPO).portfolio, TODAY);
		const all = parseCalendar(portfolioCalendar(sample)).events;
		expect(new Set(all.map((e) => e.uid)).size).toBe(all.length);
		let total = 0;
		for (const entry of sample.accounts) {
			const plan = entry.account.plan.data;
			const events = parseCalendar(accountCalendar(entry, sample)).events;
			const meetings = plan.cadence.reduce((n, m) => n + new Set(m.dates).size, 0);
			const milestones = entry.account.renewal?.data.milestones.length ?? 0;
			expect(events, entry.slug).toHaveLength(meetings + milestones + (plan.contract ? 2 : 0));
			expect(events.every((e) => e.uid.startsWith(`${entry.slug}-`))).toBe(true);
			for (const e of events.filter((x) => x.attendees.length > 0)) expect(e.attendees.every((a) => a.cn && a.cn !== 'null')).toBe(true);
			total += events.length;
		}
		expect(all).toHaveLength(total);
	});
});
