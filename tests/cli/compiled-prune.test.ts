/**
 * The compiled-scripts folder stays bounded: folders of checkouts that are
 * gone go, and beyond the few most recently compiled, so do those not used
 * for an hour; this checkout's folder and recent ones always stay.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { KEEP_CHECKOUTS, pruneCompiled } from '../../src/cli/compiled.mjs';

const root = mkdtempSync(join(tmpdir(), 'keyplan-cli-prune-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A checkout that exists (it has src/cli/compiled.mjs). */
function checkout(name: string): string {
	const dir = join(root, 'checkouts', name);
	mkdirSync(join(dir, 'src', 'cli'), { recursive: true });
	writeFileSync(join(dir, 'src', 'cli', 'compiled.mjs'), '');
	return dir;
}

/** A compiled folder for `checkoutDir`, compiled `ageMs` ago. */
function compiled(name: string, checkoutDir: string, ageMs: number): string {
	const dir = join(root, 'cli', name);
	mkdirSync(dir, { recursive: true });
	const manifest = join(dir, 'check.json');
	writeFileSync(manifest, JSON.stringify({ digest: 'd', inputs: [], bundle: 'b', checkout: checkoutDir }));
	writeFileSync(join(dir, 'check.mjs'), '');
	const when = new Date(Date.now() - ageMs);
	utimesSync(manifest, when, when);
	return dir;
}

test('gone checkouts go; old ones beyond the limit go; recent ones and our own stay', () => {
	const hour = 60 * 60 * 1000;
	const own = compiled('own', checkout('own'), 5 * hour);
	const gone = compiled('gone', join(root, 'checkouts', 'deleted'), 0);
	const old = Array.from({ length: KEEP_CHECKOUTS + 3 }, (_, i) => compiled(`old-${i}`, checkout(`old-${i}`), (2 + i) * hour));
	const recent = Array.from({ length: 3 }, (_, i) => compiled(`recent-${i}`, checkout(`recent-${i}`), i * 1000));
	pruneCompiled(join(root, 'cli'), own);
	expect(existsSync(own)).toBe(true);
	expect(existsSync(gone)).toBe(false);
	for (const dir of recent) expect(existsSync(dir)).toBe(true);
	// Our own plus KEEP_CHECKOUTS - 1 others: the three recent ones and the newest old ones.
	const keptOld = old.filter((dir) => existsSync(dir));
	expect(keptOld).toEqual(old.slice(0, KEEP_CHECKOUTS - 1 - recent.length));
});
