/**
 * The digests' judgements, in-process on edited sample plans: what falls due
 * soon (meetings not accepted, notice dates, reviews about to go stale), the
 * director's topics, and history read only from the window's start.
 */
import { describe, expect, test } from 'vitest';
import { analysePortfolio } from '../../src/domain/analysis';
import { directorDigest, isEmpty, personDigest, todoLines } from '../../src/domain/digest';
import { portfolioHistory } from '../../src/history/plans';
import { loadPortfolio } from '../../src/loader/portfolio';
import { commitAll, initRepository } from '../support/git-repo';
import { HEALTHY, sandbox } from '../support/sandbox';
import { useTempDirs } from '../support/temp';

const temp = useTempDirs();

const analysed = (root: string, today: string) => {
	const { portfolio } = loadPortfolio(root);
	return { portfolio, analysis: analysePortfolio(portfolio, today) };
};

describe('what needs doing soon', () => {
	test('a meeting not accepted within 14 days, the notice date within 30, a review about to go stale', () => {
		const box = temp.keep(sandbox([HEALTHY]));
		box.editPlan(HEALTHY, (doc) => {
			doc.setIn(['cadence', 0, 'accepted'], false);
			doc.setIn(['contract', 'end'], '2027-06-10'); // notice 6 months before: 2026-12-10
			doc.set('reviewed', '2026-09-01'); // stale after 90 days: 2026-11-30
		});
		const { analysis } = analysed(box.root, '2026-11-27');
		const texts = todoLines(analysis.bySlug.get(HEALTHY)!, analysis.settings, '2026-11-27').map((l) => `${l.kind}: ${l.text}`);
		expect(texts).toContain('meeting: meeting "Quarterly business review" on 10 Dec 2026 is not accepted by the customer yet');
		expect(texts).toContain('notice: notice date 10 Dec 2026 (in 13 days): settle the renewal decision before then');
		expect(texts).toContain('going-stale: plan review due by 30 Nov 2026 (last reviewed 1 Sep 2026)');
		// Further out, none of them is news yet.
		const early = analysed(box.root, '2026-10-01').analysis;
		const kinds = todoLines(early.bySlug.get(HEALTHY)!, early.settings, '2026-10-01').map((l) => l.kind);
		expect(kinds).not.toContain('meeting');
		expect(kinds).not.toContain('notice');
	});
});

describe("the director's digest", () => {
	test('managers over capacity, plans not reviewed and renewals entering their window', () => {
		const accounts = ['portavia-terminals', 'fjellkraft-energi', 'brueckner-druckguss', 'marlow-packaging', HEALTHY];
		const box = temp.keep(sandbox(accounts));
		const { analysis } = analysed(box.root, '2026-11-25');
		const digest = directorDigest(analysis, new Map(), '2026-11-18', ['d@example.com']);
		const section = (id: string) => digest.sections.find((s) => s.id === id)!.lines;
		expect(section('overload').map((l) => l.text)).toEqual(['Sofia Marin owns 5 key accounts (limit 4)']);
		expect(section('overload')[0].person).toBe('sofia-marin');
		expect(section('stale').map((l) => l.slug)).toEqual(['brueckner-druckguss']);
		expect(section('renewals')).toEqual([]);
		// A contract whose renewal window (18 months before its end) opened this week.
		box.editPlan(HEALTHY, (doc) => doc.setIn(['contract', 'end'], '2028-05-20'));
		const moved = analysed(box.root, '2026-11-25').analysis;
		const renewals = directorDigest(moved, new Map(), '2026-11-18', []).sections.find((s) => s.id === 'renewals')!.lines;
		expect(renewals.map((l) => l.text)).toEqual(['Nordwind Logistics: contract ends 20 May 2028, renewal window opened 20 Nov 2026, notice by 20 Nov 2027']);
	});
});

describe('history in the window', () => {
	test('only commits from --since on are judged and shown; health moves and resolved findings are reported', () => {
		const box = temp.keep(sandbox([HEALTHY]));
		box.editPlan(HEALTHY, (doc) => doc.set('reviewed', '2026-05-01'));
		initRepository(box, '2026-10-01');
		box.editPlan(HEALTHY, (doc) => doc.set('reviewed', '2026-11-10'));
		commitAll(box, 'Reviewed with the account team', '2026-11-20');
		const { portfolio, analysis } = analysed(box.root, '2026-11-25');
		const all = portfolioHistory(box.root, portfolio).accounts.get(HEALTHY)!;
		expect(all.map((e) => e.date)).toEqual(['2026-11-20', '2026-10-01']);
		const recent = portfolioHistory(box.root, portfolio, { since: '2026-11-18' }).accounts.get(HEALTHY)!;
		expect(recent.map((e) => e.date)).toEqual(['2026-11-20']);
		const sofia = personDigest(analysis, 'sofia-marin', new Map([[HEALTHY, recent]]), '2026-11-18');
		const changed = sofia.accounts[0].changed.map((l) => `${l.kind}: ${l.text}`);
		expect(changed.find((t) => t.startsWith('health: '))).toMatch(/^health: health \d+ → 100/);
		expect(changed.some((t) => t === 'resolved: resolved: plan last reviewed 2026-05-01, 203 days ago (limit 90 days): review it end to end with the account team and update reviewed'), changed.join('\n')).toBe(true);
		expect(isEmpty(sofia)).toBe(false);
		const movers = directorDigest(analysis, new Map([[HEALTHY, recent]]), '2026-11-18', []).sections.find((x) => x.id === 'movers')!.lines;
		expect(movers.map((l) => [l.slug, l.text])).toEqual([[HEALTHY, 'Nordwind Logistics: health 80 → 100 (watch → healthy)']]);
		// From a later start, the same commit is no news.
		expect(isEmpty(personDigest(analysis, 'sofia-marin', new Map([[HEALTHY, recent]]), '2026-11-21'))).toBe(true);
	});
});
