/**
 * The image and deck cache keys cover the code that makes the output, not
 * the machinery around it: a change to the worker pool, the image cache or a
 * command leaves every image key as it was (a warm build renders nothing
 * again), while a change to a layout or the palette changes them all; the
 * same for decks and the code that writes their bytes.
 */
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { deckCodeDigest } from '../../src/deck/deck-cache';
import { renderingCodeDigest } from '../../src/onepager/image-cache';
import { REPO } from '../support/sandbox';

const copies: string[] = [];
afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A copy of src/ with a comment appended to `file`; returns the copy's src folder. */
function touched(file: string): string {
	const dir = mkdtempSync(join(tmpdir(), 'keyplan-keys-'));
	copies.push(dir);
	cpSync(join(REPO, 'src'), join(dir, 'src'), { recursive: true });
	appendFileSync(join(dir, 'src', file), '\n// touched\n');
	return join(dir, 'src');
}

const SRC = join(REPO, 'src');

describe('the image cache key', () => {
	const before = renderingCodeDigest(SRC);

	test.each(['onepager/pool.ts', 'onepager/worker.ts', 'onepager/image-cache.ts', 'onepager/image-service.ts', 'onepager/pipeline.ts', 'onepager/native-memory.ts', 'deck/deck.ts', 'cli/check-report.ts'])(
		'does not change when %s changes',
		(file) => expect(renderingCodeDigest(touched(file))).toBe(before),
	);

	test.each(['onepager/layouts/account.ts', 'onepager/layouts/parts.ts', 'onepager/text-fit.ts', 'onepager/render.ts', 'present/theme.ts'])('changes when %s changes', (file) => {
		expect(renderingCodeDigest(touched(file))).not.toBe(before);
	});
});

describe('the deck cache key', () => {
	const before = deckCodeDigest(SRC);

	test.each(['deck/deck-cache.ts', 'deck/write-site-decks.ts', 'onepager/pool.ts', 'onepager/layouts/account.ts'])('does not change when %s changes', (file) => {
		expect(deckCodeDigest(touched(file))).toBe(before);
	});

	test.each(['deck/slides.ts', 'deck/package.ts', 'deck/fixes.ts', 'present/zip.ts'])('changes when %s changes', (file) => {
		expect(deckCodeDigest(touched(file))).not.toBe(before);
	});
});
