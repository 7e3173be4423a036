// @ts-check
/**
 * The compiled scripts' folder kept bounded, and their manifests read
 * (compiled.mjs). Plain JavaScript, like compiled.mjs: it runs before
 * anything is compiled.
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Compiled checkouts kept besides those in use: test sandboxes link one `node_modules`, and each adds a folder. */
export const KEEP_CHECKOUTS = 8;

/** A folder of another checkout younger than this is kept whatever the count: a command may be about to run it. */
const IN_USE_MS = 60 * 60 * 1000;

/**
 * The manifest of a compiled script, when there is one.
 * @param {string} file
 * @returns {import('./compiled.mjs').Manifest | undefined}
 */
export function readManifest(file) {
	try {
		const manifest = JSON.parse(readFileSync(file, 'utf8'));
		return typeof manifest.digest === 'string' && Array.isArray(manifest.inputs) && typeof manifest.bundle === 'string' ? manifest : undefined;
	} catch {
		return undefined;
	}
}

/**
 * Keeps the compiled-scripts folder bounded: removes the folders of checkouts that are gone, and beyond the
 * `KEEP_CHECKOUTS` most recently compiled, those not compiled for an hour. Runs after a compile only, never on
 * the warm path. Without it every test sandbox added a folder for good (583 folders, 640 MB, were seen).
 * @param {string} parent the `.keyplan-cli` folder
 * @param {string} own this checkout's folder, always kept
 */
export function pruneCompiled(parent, own) {
	/** @type {{ dir: string, time: number }[]} */
	const others = [];
	let names;
	try {
		names = readdirSync(parent);
	} catch {
		return;
	}
	for (const name of names) {
		const dir = join(parent, name);
		if (dir === own) continue;
		try {
			const manifests = readdirSync(dir).filter((n) => n.endsWith('.json'));
			const checkout = manifests.map((n) => readManifest(join(dir, n))?.checkout).find((c) => c !== undefined);
			if (checkout === undefined) {
				// An old layout or a folder being written: gone once it is a minute old.
				if (Date.now() - statSync(dir).mtimeMs > 60_000) rmSync(dir, { recursive: true, force: true });
			} else if (!existsSync(join(checkout, 'src', 'cli', 'compiled.mjs'))) {
				rmSync(dir, { recursive: true, force: true }); // its checkout is gone: no command can run it again
			} else {
				others.push({ dir, time: Math.max(...manifests.map((n) => statSync(join(dir, n)).mtimeMs)) });
			}
		} catch {
			// removed meanwhile by another command
		}
	}
	others.sort((a, b) => b.time - a.time);
	for (const { dir, time } of others.slice(KEEP_CHECKOUTS - 1)) if (Date.now() - time > IN_USE_MS) rmSync(dir, { recursive: true, force: true });
}

