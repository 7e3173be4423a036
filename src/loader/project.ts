/**
 * The project's content, loaded once per process: `npm run build` validates,
 * renders pages, images and calendars from one load (see `build/process-store.ts`).
 * Under `npm run dev` the content is read again when a file under `content/`
 * changed, so a plan edited while the server runs shows on reload.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { forget, shared } from '../build/process-store.ts';
import { loadPortfolio, type LoadResult } from './portfolio.ts';

/** The loaded, validated content of the project at `root`, read once per process. */
export function loadedProject(root: string): LoadResult {
	const dir = resolve(root);
	return shared(`project:${dir}`, () => loadPortfolio(dir));
}

/** Sizes and change times of every file under `content/`: changes when any file is edited, added or removed. */
function contentStamp(root: string): string {
	const parts: string[] = [];
	const walk = (dir: string) => {
		let entries;
		try {
			entries = readdirSync(dir, { withFileTypes: true });
		} catch {
			return;
		}
		for (const entry of entries) {
			const path = join(dir, entry.name);
			if (entry.isDirectory()) walk(path);
			else {
				try {
					const s = statSync(path);
					parts.push(`${path}:${s.size}:${s.mtimeMs}`);
				} catch {
					parts.push(`${path}:gone`);
				}
			}
		}
	};
	walk(join(root, 'content'));
	return parts.join('\n');
}

/** Like `loadedProject`, but read again when anything under `content/` changed since the last load (for the dev server). */
export function freshProject(root: string): LoadResult {
	const dir = resolve(root);
	const stamp = contentStamp(dir);
	const key = `project-stamp:${dir}`;
	if (shared(key, () => stamp) !== stamp) {
		forget(`project:${dir}`);
		forget(key);
		shared(key, () => stamp);
	}
	return loadedProject(dir);
}
