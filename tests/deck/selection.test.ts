/**
 * Which accounts a deck shows, and in which order: the dashboard's (by tier
 * in the settings' order, then lowest health first, then by name); criteria
 * narrow each other; unknown values are named with the known ones.
 */
import { describe, expect, test } from 'vitest';
import { describeSelection, selectAccounts, unknownInSelection } from '../../src/domain/selection';
import { siteDecks } from '../../src/deck/site-decks';
import type { AccountAnalysis } from '../../src/domain/analysis';
import { sampleAnalysis } from '../onepager/fixtures';

const analysis = sampleAnalysis();
const tiers = analysis.settings.tiers;
const slugs = (accounts: AccountAnalysis[]) => accounts.map((a) => a.slug);
const owners = [...new Set(analysis.accounts.map((a) => a.account.plan.data.owner))];

/** True when `accounts` are in the dashboard's order. */
function inDashboardOrder(accounts: AccountAnalysis[]): boolean {
	return accounts.every((a, i) => {
		if (i === 0) return true;
		const prev = accounts[i - 1];
		const [t0, t1] = [tiers.indexOf(prev.account.plan.data.tier), tiers.indexOf(a.account.plan.data.tier)];
		if (t0 !== t1) return t0 < t1;
		if (prev.health.score !== a.health.score) return prev.health.score < a.health.score;
		return prev.account.plan.data.name.localeCompare(a.account.plan.data.name) <= 0;
	});
}

describe('selectAccounts', () => {
	test('without criteria: every account, in the dashboard order (tier, then lowest health first)', () => {
		const all = selectAccounts(analysis, {});
		expect(slugs(all).sort()).toEqual(slugs(analysis.accounts).sort());
		expect(inDashboardOrder(all)).toBe(true);
		// The sample has more than one tier and more than one health score within a tier, so the order is not trivial.
		expect(new Set(all.map((a) => a.account.plan.data.tier)).size).toBeGreaterThan(1);
		expect(slugs(all)).not.toEqual(slugs(analysis.accounts));
	});

	test('--owner, --tier and --renewal select exactly the matching accounts', () => {
		for (const owner of owners) {
			expect(slugs(selectAccounts(analysis, { owner })).sort()).toEqual(slugs(analysis.accounts.filter((a) => a.account.plan.data.owner === owner)).sort());
		}
		for (const tier of tiers) {
			const selected = selectAccounts(analysis, { tier });
			expect(slugs(selected).sort()).toEqual(slugs(analysis.accounts.filter((a) => a.account.plan.data.tier === tier)).sort());
			expect(inDashboardOrder(selected)).toBe(true);
		}
		const renewal = selectAccounts(analysis, { renewal: true });
		expect(renewal.length).toBeGreaterThan(0);
		expect(slugs(renewal).sort()).toEqual(slugs(analysis.accounts.filter((a) => a.figures.renewalPhase === 'renewal')).sort());
	});

	test('criteria narrow each other; --account keeps the dashboard order, not the order given', () => {
		const [owner] = owners;
		const both = selectAccounts(analysis, { owner, tier: 'key' });
		expect(both.length).toBeGreaterThan(0);
		for (const a of both) expect([a.account.plan.data.owner, a.account.plan.data.tier]).toEqual([owner, 'key']);
		const given = slugs(analysis.accounts).slice(0, 4).reverse();
		const chosen = selectAccounts(analysis, { accounts: given });
		expect(slugs(chosen).sort()).toEqual([...given].sort());
		expect(inDashboardOrder(chosen)).toBe(true);
	});
});

describe('unknownInSelection', () => {
	test('names each unknown value with the known ones and a likely fix', () => {
		const [slug] = slugs(analysis.accounts);
		const problems = unknownInSelection(analysis, { accounts: [slug, `${slug}x`], owner: 'nobody', tier: 'stratgic' });
		expect(problems).toHaveLength(3);
		expect(problems[0]).toContain(`no account "${slug}x" (did you mean "${slug}"?)`);
		expect(problems[1]).toContain('no person "nobody"');
		for (const id of analysis.people.keys()) expect(problems[1]).toContain(id);
		expect(problems[2]).toContain('(did you mean "strategic"?)');
		expect(problems[2]).toContain(`known: ${tiers.join(', ')}`);
		expect(unknownInSelection(analysis, { accounts: [slug], owner: owners[0], tier: tiers[0], renewal: true })).toEqual([]);
	});
});

describe('describeSelection and the site decks', () => {
	test('say what a deck is about in words', () => {
		const [owner] = owners;
		const name = analysis.people.get(owner)!.name;
		expect(describeSelection(analysis, {})).toBe('All accounts');
		expect(describeSelection(analysis, { owner, tier: 'strategic', renewal: true })).toBe(`${name}'s strategic accounts in their renewal window`);
		const [a] = analysis.accounts;
		expect(describeSelection(analysis, { accounts: [a.slug] })).toBe(a.account.plan.data.name);
	});

	test('one deck per owner with accounts and per tier with accounts, at decks/<kind>-<key>.pptx', () => {
		const decks = siteDecks(analysis);
		const usedTiers = tiers.filter((t) => analysis.accounts.some((a) => a.account.plan.data.tier === t));
		expect(decks.map((d) => d.path).sort()).toEqual([...owners.map((o) => `decks/owner-${o}.pptx`), ...usedTiers.map((t) => `decks/tier-${t}.pptx`)].sort());
		// People without accounts of their own get no deck.
		const without = [...analysis.people.keys()].filter((id) => !owners.includes(id));
		expect(without.length).toBeGreaterThan(0);
		for (const id of without) expect(decks.some((d) => d.key === id)).toBe(false);
	});
});
