/**
 * `npm run deck` as a user meets it: mistakes in the call are named with the
 * known values (exit 2, no stack trace, nothing written); a selection with
 * no account, invalid content and a file in the way stop it (exit 1); a deck
 * it wrote may be replaced, one someone changed may not; a second run copies
 * the deck from the deck cache, and a deck written again draws no image again.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { deckContents } from '../../src/deck/contents';
import { analysePortfolio } from '../../src/domain/analysis';
import { loadPortfolio } from '../../src/loader/portfolio';
import { runScript } from '../support/run';
import { sandbox } from '../support/sandbox';
import { useTempDirs } from '../support/temp';
import { SHARED_CACHE } from './support';

const temp = useTempDirs();
const ACCOUNTS = ['nordwind-logistics', 'fjellkraft-energi', 'aegean-harvest-foods'];
const deck = (args: string[], cwd: string, env: Record<string, string> = {}) => runScript('deck', args, cwd, { ...SHARED_CACHE, ...env });
const noStackTrace = (stderr: string) => expect(stderr).not.toMatch(/^\s+at /m);

describe('usage mistakes: exit 2, with what is known, nothing written', () => {
	const box = sandbox(ACCOUNTS);
	afterAll(() => box.remove());
	const analysis = analysePortfolio(loadPortfolio(box.root).portfolio, '2026-11-24');

	test.each([
		[['--account', 'nordwind'], 'no account "nordwind"', ACCOUNTS],
		[['--owner', 'sofia'], 'no person "sofia"', [...analysis.people.keys()]],
		[['--tier', 'platinum'], 'no tier "platinum"', analysis.settings.tiers],
	])('%j', (args, message, known) => {
		const out = join(temp.outDir(), 'review.pptx');
		const result = deck(['--out', out, ...args], box.root);
		expect(result.status).toBe(2);
		expect(result.stderr).toContain(message);
		for (const value of known) expect(result.stderr).toContain(value);
		noStackTrace(result.stderr);
		expect(existsSync(out)).toBe(false);
	});

	test('--out is required and names a .pptx file; a bad KEYPLAN_TODAY is named', () => {
		const missing = deck([], box.root);
		expect([missing.status, missing.stderr]).toEqual([2, expect.stringContaining('--out is required')]);
		const notPptx = deck(['--out', join(temp.outDir(), 'review.pdf')], box.root);
		expect([notPptx.status, notPptx.stderr]).toEqual([2, expect.stringContaining('.pptx')]);
		const today = deck(['--out', join(temp.outDir(), 'review.pptx')], box.root, { KEYPLAN_TODAY: '2026-02-30' });
		expect([today.status, today.stderr]).toEqual([2, expect.stringContaining('KEYPLAN_TODAY')]);
		for (const r of [missing, notPptx, today]) noStackTrace(r.stderr);
	});
});

describe('stops with exit 1 and writes nothing', () => {
	test('when no account matches the selection', () => {
		const box = temp.keep(sandbox(ACCOUNTS));
		const { portfolio } = loadPortfolio(box.root);
		const idle = [...portfolio.people.keys()].find((id) => !portfolio.accounts.some((a) => a.plan.data.owner === id))!;
		const out = join(temp.outDir(), 'review.pptx');
		const result = deck(['--out', out, '--owner', idle], box.root);
		expect(result.status).toBe(1);
		expect(result.stderr).toContain(`No account matches: ${portfolio.people.get(idle)!.name}'s accounts`);
		expect(existsSync(out)).toBe(false);
	});

	test('when the content has an error, with the error as check reports it', () => {
		const box = temp.keep(sandbox(ACCOUNTS));
		box.editPlan(ACCOUNTS[0], (doc) => doc.set('owner', 'nobody-here'));
		const out = join(temp.outDir(), 'review.pptx');
		const result = deck(['--out', out], box.root);
		expect(result.status).toBe(1);
		expect(result.stderr).toContain(`content/accounts/${ACCOUNTS[0]}/plan.mdx`);
		expect(result.stderr).toContain('nobody-here');
		expect(existsSync(out)).toBe(false);
	});
});

describe('the output guard and the deck cache', () => {
	test('replaces a deck it wrote, refuses one that was changed or is not its own, and makes no deck twice', () => {
		const box = temp.keep(sandbox(ACCOUNTS));
		const dir = temp.outDir();
		const out = join(dir, 'review.pptx');
		const pictures = deckContents(analysePortfolio(loadPortfolio(box.root).portfolio, '2026-11-24'), {}).pictures.length;

		// A cache of its own, so that what is drawn and reused is known.
		const cache = { KEYPLAN_CACHE_DIR: join(temp.outDir(), 'cache') };
		const first = deck(['--out', out], box.root, cache);
		expect(first.stderr).toBe('');
		expect(first.status).toBe(0);
		expect(first.stdout).toContain(`one-pagers: ${pictures} rendered, 0 reused`);
		const written = readFileSync(out);
		const again = deck(['--out', out], box.root, cache);
		expect(again.status).toBe(0);
		expect(again.stdout).toContain('the same deck as in the deck cache, copied');
		expect(readFileSync(out).equals(written)).toBe(true);
		// Without the deck in the cache, it is written again from the cached one-pagers: no image is drawn twice.
		rmSync(join(cache.KEYPLAN_CACHE_DIR, 'keyplan-decks'), { recursive: true });
		const third = deck(['--out', out], box.root, cache);
		expect(third.stdout).toContain(`one-pagers: 0 rendered, ${pictures} reused`);
		expect(readFileSync(out).equals(written)).toBe(true);

		writeFileSync(out, Buffer.concat([written, Buffer.from('edited')]));
		const changed = deck(['--out', out], box.root, cache);
		expect(changed.status).toBe(1);
		expect(changed.stderr).toContain('review.pptx: exists and was not written by Keyplan');
		expect(readFileSync(out).subarray(-6).toString()).toBe('edited');

		const mine = join(dir, 'mine.pptx');
		writeFileSync(mine, 'my own deck');
		const foreign = deck(['--out', mine, '--tier', 'strategic'], box.root, cache);
		expect(foreign.status).toBe(1);
		expect(foreign.stderr).toContain('Nothing was written');
		expect(readFileSync(mine, 'utf8')).toBe('my own deck');
		noStackTrace(foreign.stderr);
	}, 120_000);
});
