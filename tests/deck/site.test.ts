/**
 * Decks on the built site (the run's shared build of the sample, read only):
 * `astro build` writes a deck
 * per owner and per tier under `decks/`, the one-pager gallery links each
 * one and every owner's page links theirs, the pictures in the decks are the
 * site's own one-pagers (from the image cache), and each deck opens in
 * LibreOffice with the slides it should have.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { deckContents } from '../../src/deck/contents';
import { siteDecks } from '../../src/deck/site-decks';
import { slideCount } from '../../src/deck/slides';
import { analysePortfolio } from '../../src/domain/analysis';
import { loadPortfolio } from '../../src/loader/portfolio';
import { REPO } from '../support/sandbox';
import { sharedSite } from '../support/shared-site';
import { hasLibreOffice, pageCount, toPdf, unzip } from './support';

const build = sharedSite();
const dist = build.dist;
const analysis = analysePortfolio(loadPortfolio(REPO).portfolio, '2026-11-24');
const decks = siteDecks(analysis);
/** Where the PDFs go: never into the shared site. */
const scratch = mkdtempSync(join(tmpdir(), 'keyplan-decks-pdf-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('decks on the built site', () => {
	test('builds and writes a deck per owner and per tier with accounts, and no other', () => {
		expect(build.status, build.log).toBe(0);
		// Written or copied from the deck cache, which the tests share.
		const [, written, reused] = build.log.match(new RegExp(`decks: (\\d+) written, (\\d+) reused \\(${decks.length} decks in decks/`)) ?? [];
		expect(Number(written) + Number(reused)).toBe(decks.length);
		const owners = new Set(analysis.accounts.map((a) => a.account.plan.data.owner));
		const tiers = new Set(analysis.accounts.map((a) => a.account.plan.data.tier));
		expect(decks).toHaveLength(owners.size + tiers.size);
		expect(readdirSync(join(dist, 'decks')).sort()).toEqual([...[...owners].map((o) => `owner-${o}.pptx`), ...[...tiers].map((t) => `tier-${t}.pptx`)].sort());
	});

	test('the gallery links every deck; each owner’s page links theirs, other people’s pages none', () => {
		const gallery = readFileSync(join(dist, 'onepagers', 'index.html'), 'utf8');
		for (const deck of decks) expect(gallery).toContain(`href="/${deck.path}"`);
		for (const id of analysis.people.keys()) {
			const page = readFileSync(join(dist, 'people', id, 'index.html'), 'utf8');
			const own = decks.find((d) => d.kind === 'owner' && d.key === id);
			const links = [...page.matchAll(/href="\/(decks\/[^"]+)"/g)].map((m) => m[1]);
			expect(links, id).toEqual(own ? [own.path] : []);
		}
	});

	test('the decks show the site’s own one-pagers, byte for byte', async () => {
		for (const deck of decks) {
			const parts = await unzip(readFileSync(join(dist, deck.path)));
			const media = [...parts].filter(([name]) => name.startsWith('ppt/media/')).map(([, data]) => data);
			const pictures = deckContents(analysis, deck.selection).pictures;
			expect(media, deck.path).toHaveLength(pictures.length);
			for (const p of pictures) expect(media.some((m) => m.equals(readFileSync(join(dist, `${p.job.path}.png`)))), `${deck.path}: ${p.job.path}`).toBe(true);
		}
	});

	test.runIf(hasLibreOffice)('every deck opens in LibreOffice with its slides', () => {
		for (const deck of decks) {
			const pdf = toPdf(join(dist, deck.path), scratch);
			expect(pageCount(pdf), deck.path).toBe(slideCount(deckContents(analysis, deck.selection)));
		}
	}, 180_000);
});
