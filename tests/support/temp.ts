/** Throw-away folders and sandboxes for one test file, removed after each test. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import type { Sandbox } from './sandbox';

/** Registers clean-up after each test; returns a maker of empty folders and a keeper of sandboxes. */
export function useTempDirs() {
	const dirs: string[] = [];
	const boxes: Sandbox[] = [];
	afterEach(() => {
		for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
		for (const box of boxes.splice(0)) box.remove();
	});
	return {
		/** A new empty folder. */
		outDir(): string {
			const dir = mkdtempSync(join(tmpdir(), 'keyplan-out-'));
			dirs.push(dir);
			return dir;
		},
		/** Keeps a sandbox until the test ends. */
		keep(box: Sandbox): Sandbox {
			boxes.push(box);
			return box;
		},
	};
}
