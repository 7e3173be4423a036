/**
 * Small files with one concern, named for their job: no file under src/ is
 * longer than 250 lines, and a file name appears twice only for the same
 * concern in different layers (the schema of risks, the figures of risks,
 * the findings about risks; a folder's `index.ts`; a page's `index.astro`);
 * and one import convention: every relative import in src/ and scripts/
 * names its file with its extension (`./format.ts`), as Node's own
 * TypeScript support needs in the render and search workers.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { REPO } from '../support/sandbox';

const SRC = join(REPO, 'src');
const files = (readdirSync(SRC, { recursive: true }) as string[]).filter((f) => /\.(ts|mjs|astro)$/.test(f)).map((f) => join(SRC, f));

/** Folders whose files are named after a concern of the plan, one per layer. */
const PER_CONCERN = /^src\/(schema|domain\/figures|domain\/findings|onepager\/layouts)\//;

describe('files under src/', () => {
	test('are at most 250 lines long', () => {
		const long = files.map((f) => [relative(REPO, f), readFileSync(f, 'utf8').split('\n').length - 1] as const).filter(([, lines]) => lines > 250);
		expect(long).toEqual([]);
	});

	test('share a name only for one concern across layers', () => {
		const byName = new Map<string, string[]>();
		for (const f of files) byName.set(basename(f), [...(byName.get(basename(f)) ?? []), relative(REPO, f)]);
		const clashes = [...byName]
			.filter(([name, paths]) => paths.length > 1 && !/^index\.(ts|astro)$/.test(name))
			.filter(([, paths]) => paths.filter((p) => !PER_CONCERN.test(p)).length > 1)
			.map(([name, paths]) => `${name}: ${paths.join(', ')}`);
		expect(clashes).toEqual([]);
	});
});

describe('imports in src/ and scripts/', () => {
	test('name the file they import with its extension', () => {
		const scripts = (readdirSync(join(REPO, 'scripts')) as string[]).filter((f) => /\.(ts|mjs)$/.test(f)).map((f) => join(REPO, 'scripts', f));
		const bare: string[] = [];
		for (const file of [...files, ...scripts]) {
			const text = readFileSync(file, 'utf8');
			for (const m of text.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|^import\s+)['"](\.{1,2}\/[^'"]+)['"]/gm)) {
				if (!/\.(ts|mjs|js|astro|css|json)$/.test(m[1])) bare.push(`${relative(REPO, file)}: ${m[1]}`);
			}
		}
		expect(bare).toEqual([]);
	});
});

describe('packages are used through their public doors', () => {
	test('every import or require of a package subpath in src/ is one the package exports', () => {
		const inside: string[] = [];
		for (const file of files) {
			const text = readFileSync(file, 'utf8');
			for (const m of text.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|\brequire\s*\(\s*)['"](@[^/'"]+\/[^/'"]+|[^@./'"][^/'"]*)\/([^'"]+)['"]/g)) {
				const [, name, sub] = m;
				if (name.startsWith('node:')) continue;
				const manifest = JSON.parse(readFileSync(join(REPO, 'node_modules', name, 'package.json'), 'utf8')) as { exports?: Record<string, unknown> };
				const exported = Object.keys(manifest.exports ?? {}).some((key) => key === `./${sub}` || (key.endsWith('*') && `./${sub}`.startsWith(key.slice(0, -1))));
				if (!exported) inside.push(`${relative(REPO, file)}: ${name}/${sub}`);
			}
		}
		expect(inside).toEqual([]);
	});
});
