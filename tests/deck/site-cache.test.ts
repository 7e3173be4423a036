/**
 * The deck cache in the build: a second `astro build` of the same content
 * copies every deck from the cache (the log says so) and they are the same
 * bytes; after one plan is edited, only the decks that hold that account
 * (its owner's and its tier's) are written again. The project has its own
 * cache folder (`KEYPLAN_CACHE_DIR`), so its pruning touches no other test.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { siteDecks, type SiteDeck } from '../../src/deck/site-decks';
import { analysePortfolio } from '../../src/domain/analysis';
import { loadPortfolio } from '../../src/loader/portfolio';
import { astroBuild } from '../support/build';
import { sandbox } from '../support/sandbox';

const EDITED = 'aegean-harvest-foods';
const box = sandbox(['nordwind-logistics', 'fjellkraft-energi', EDITED], { project: true });
const dist = join(box.root, 'dist');
const decks = siteDecks(analysePortfolio(loadPortfolio(box.root).portfolio, '2026-11-24'));

/** Builds the sandbox; returns the build's `decks:` log line and every deck's bytes. */
function build(): { line: string; bytes: Map<string, Buffer> } {
	const run = astroBuild(box.root, { outDir: dist, cacheDir: join(box.root, 'cache') });
	expect(run.status, `${run.stderr}${run.stdout}`).toBe(0);
	const line = run.stdout.match(/decks: .*/)?.[0] ?? '';
	return { line, bytes: new Map(decks.map((d) => [d.path, readFileSync(join(dist, d.path))])) };
}

let cold: ReturnType<typeof build>;
let warm: ReturnType<typeof build>;
let edited: ReturnType<typeof build>;

beforeAll(() => {
	cold = build();
	warm = build();
	box.editPlan(EDITED, (doc) => doc.setIn(['objectives', 0, 'title'], 'Become the sole supplier of chilled logistics'));
	edited = build();
}, 600_000);
afterAll(() => box.remove());

const holds = (deck: SiteDeck, owner: string, tier: string) => (deck.kind === 'owner' ? deck.key === owner : deck.key === tier);

describe('decks through the deck cache in the build', () => {
	test('a cold build writes every deck', () => {
		expect(cold.line).toMatch(new RegExp(`^decks: ${decks.length} written, 0 reused \\(${decks.length} decks in decks/`));
	});

	test('a second build reuses every deck, and they are the same bytes', () => {
		expect(warm.line).toMatch(new RegExp(`^decks: 0 written, ${decks.length} reused \\(${decks.length} decks in decks/`));
		for (const deck of decks) expect(warm.bytes.get(deck.path)!.equals(cold.bytes.get(deck.path)!), deck.path).toBe(true);
	});

	test('after one plan is edited, only its owner’s and its tier’s decks are written again', () => {
		const plan = loadPortfolio(box.root).portfolio.accounts.find((a) => a.slug === EDITED)!.plan.data;
		const changed = decks.filter((d) => holds(d, plan.owner, plan.tier));
		expect(changed.map((d) => d.path).sort()).toEqual([`decks/owner-${plan.owner}.pptx`, `decks/tier-${plan.tier}.pptx`]);
		expect(edited.line).toMatch(new RegExp(`^decks: 2 written, ${decks.length - 2} reused`));
		for (const deck of decks) expect(edited.bytes.get(deck.path)!.equals(warm.bytes.get(deck.path)!), deck.path).toBe(!changed.includes(deck));
	});
});
