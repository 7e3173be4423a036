/**
 * Baseline (a) of `npm run bench`: a bare Astro + MDX site
 * (`bench/baseline-astro/`: `@astrojs/mdx`, one content collection, one page
 * per entry rendering its `<Content />` in a minimal layout) that renders the
 * same N plan bodies as the Keyplan project, built cold in a temp copy with
 * the repository's packages.
 *
 * Baseline (b), bare satori + sharp on the same image layouts, is measured
 * beside the pipeline in `onepagers.ts`.
 */
import { cpSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CommandError } from '../src/present/command-line';
import { linkNodeModules, REPO, tempDir, writePlanBodies, type Project } from './generate';
import { measure, type Measured } from './measure';

const FIXTURE = join(REPO, 'bench', 'baseline-astro');

/** The bare Astro project for `project`'s plan bodies, ready to build. */
export function prepareBaseline(project: Project): string {
	if (!existsSync(join(REPO, 'node_modules', '@astrojs', 'mdx'))) {
		throw new CommandError('bench: @astrojs/mdx is not installed, so the bare Astro + MDX baseline cannot be built: run npm install.');
	}
	const root = tempDir('baseline');
	cpSync(FIXTURE, root, { recursive: true, filter: (src) => !/[\\/](dist|\.astro|node_modules)$/.test(src) });
	linkNodeModules(root);
	writePlanBodies(project, join(root, 'plans'));
	return root;
}

/** Builds the bare Astro project (cold: a fresh folder, no caches); checks that every plan became a page. */
export async function buildBaseline(root: string, accounts: number): Promise<Measured> {
	const result = await measure('the bare Astro + MDX baseline build', join(root, 'node_modules', '.bin', 'astro'), ['build'], root);
	const pages = readdirSync(join(root, 'dist'), { withFileTypes: true }).filter((e) => e.isDirectory() && existsSync(join(root, 'dist', e.name, 'index.html'))).length;
	if (pages !== accounts) {
		throw new CommandError(`${result.output.trim()}\n\nbench: the bare Astro baseline built ${pages} plan pages, not ${accounts}, so it is no baseline: see its log above.`);
	}
	return result;
}
