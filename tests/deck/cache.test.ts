/**
 * The deck cache: the key changes with anything that changes a deck's bytes
 * (a picture, the notes, the date) and only then; a deck is written into the
 * cache once and copied from it after, byte for byte; pruning keeps the decks
 * a run used and those another run used meanwhile.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { cachedDeck, deckCacheDirOf, deckKey, openDeckCache } from '../../src/deck/deck-cache';
import { deckContents, type DeckContents } from '../../src/deck/contents';
import { deckFile } from '../../src/deck/deck';
import { sampleAnalysis } from '../onepager/fixtures';
import { sharedImages } from './support';

const images = sharedImages();
const dir = mkdtempSync(join(tmpdir(), 'keyplan-deck-cache-'));
afterAll(async () => {
	await images.close();
	rmSync(dir, { recursive: true, force: true });
});
const contents = deckContents(sampleAnalysis(), { accounts: ['nordwind-logistics', 'fjellkraft-energi'] });

/** `contents` with its first picture's one-pager showing another name. */
function withChangedPicture(deck: DeckContents): DeckContents {
	const [first, ...rest] = deck.pictures;
	return { ...deck, pictures: [{ ...first, job: { ...first.job, sheet: { ...first.job.sheet, name: `${first.job.sheet.name} (renamed)` } } }, ...rest] };
}

describe('the deck key', () => {
	test('is the same for the same contents, computed anew', () => {
		expect(deckKey(contents)).toBe(deckKey(deckContents(sampleAnalysis(), { accounts: ['nordwind-logistics', 'fjellkraft-energi'] })));
		expect(deckKey(contents)).toMatch(/^[0-9a-f]{32}$/);
	});

	test('changes with a picture, the speaker notes, the alternative text, the date and the selection', () => {
		const first = contents.pictures[0];
		const variants: DeckContents[] = [
			withChangedPicture(contents),
			{ ...contents, pictures: [{ ...first, notes: `${first.notes}\nOne more line.` }, ...contents.pictures.slice(1)] },
			{ ...contents, pictures: [{ ...first, alt: `${first.alt}.` }, ...contents.pictures.slice(1)] },
			{ ...contents, today: '2026-11-25' },
			deckContents(sampleAnalysis(), { accounts: ['nordwind-logistics'] }),
		];
		const keys = new Set([contents, ...variants].map(deckKey));
		expect(keys.size).toBe(variants.length + 1);
	});

	test('lives beside the image cache: under KEYPLAN_CACHE_DIR when set, else node_modules/.cache', () => {
		expect(deckCacheDirOf('/p', { KEYPLAN_CACHE_DIR: '/c' })).toBe('/c/keyplan-decks');
		expect(deckCacheDirOf('/p', {})).toBe('/p/node_modules/.cache/keyplan-decks');
	});
});

describe('a deck through the cache', () => {
	const cache = openDeckCache(join(dir, 'decks'));

	test('is written into the cache once, then copied, byte for byte what deckFile gives', async () => {
		const first = await cachedDeck(contents, images, cache, join(dir, 'first.pptx'));
		const second = await cachedDeck(contents, images, cache, join(dir, 'second.pptx'));
		expect([first.reused, second.reused]).toEqual([false, true]);
		expect(first.key).toBe(second.key);
		const expected = await deckFile(contents, images);
		expect(readFileSync(join(dir, 'first.pptx')).equals(expected)).toBe(true);
		expect(readFileSync(join(dir, 'second.pptx')).equals(expected)).toBe(true);
		expect(readdirSync(cache.dir).sort()).toEqual([`${first.key}.pptx`, `${first.key}.sha256`]); // the deck and its digest
	});

	test('a deck with a changed picture is written anew, under another key', async () => {
		const changed = await cachedDeck(withChangedPicture(contents), images, cache, join(dir, 'changed.pptx'));
		expect(changed.reused).toBe(false);
		expect(changed.key).not.toBe(deckKey(contents));
	});

	test('pruning keeps the decks in use and those used since the run began, removes the others', () => {
		const kept = deckKey(contents);
		const other = deckKey(withChangedPicture(contents));
		const since = Date.now();
		expect(cache.prune(new Set([kept]), since + 60_000)).toBe(2); // the other deck and its digest
		expect(readdirSync(cache.dir).sort()).toEqual([`${kept}.pptx`, `${kept}.sha256`]);
		// Used by another run after this one began: kept, though this run did not use it.
		expect(cache.prune(new Set(), since - 60_000)).toBe(0);
		const old = new Date(since - 120_000);
		for (const ext of ['pptx', 'sha256']) utimesSync(join(cache.dir, `${kept}.${ext}`), old, old);
		expect(cache.prune(new Set(), since - 60_000)).toBe(2);
		expect(existsSync(join(cache.dir, `${other}.pptx`))).toBe(false);
	});
});
