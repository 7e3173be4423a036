/**
 * Throw-away copies of the sample content for scenario tests: copy the
 * settings, the people and chosen accounts into a temp project, then edit a
 * plan's frontmatter as data (or as raw text, for syntax errors).
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { splitFrontmatter } from '../../src/loader/yaml-source';

export const REPO = join(import.meta.dirname, '..', '..');
export const HEALTHY = 'nordwind-logistics';

export interface Sandbox {
	root: string;
	/** Path of an account's plan inside the sandbox. */
	planPath(slug: string, file?: string): string;
	/** Edits a plan's frontmatter as a YAML document; the narrative is kept. */
	editPlan(slug: string, edit: (doc: ReturnType<typeof parseDocument>) => void, file?: string): void;
	/** Rewrites a plan's raw text. */
	editText(slug: string, edit: (text: string) => string, file?: string): void;
	/** Writes a new file into an account folder. */
	write(slug: string, file: string, text: string): void;
	remove(): void;
}

/**
 * A temp project with the sample settings, people and the given accounts
 * (copied under new slugs when mapped). With `project`, the site's sources
 * come along too, so that `astro build` can run there.
 */
export function sandbox(accounts: Record<string, string> | string[] = [HEALTHY], { project = false } = {}): Sandbox {
	const root = mkdtempSync(join(tmpdir(), 'keyplan-'));
	if (project) {
		for (const entry of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
			if (existsSync(join(REPO, entry))) cpSync(join(REPO, entry), join(root, entry), { recursive: true });
		}
		symlinkSync(join(REPO, 'node_modules'), join(root, 'node_modules'), 'dir');
	}
	cpSync(join(REPO, 'content', 'settings.yaml'), join(root, 'content', 'settings.yaml'));
	cpSync(join(REPO, 'content', 'people'), join(root, 'content', 'people'), { recursive: true });
	const map = Array.isArray(accounts) ? Object.fromEntries(accounts.map((a) => [a, a])) : accounts;
	for (const [target, source] of Object.entries(map)) {
		cpSync(join(REPO, 'content', 'accounts', source), join(root, 'content', 'accounts', target), { recursive: true });
	}
	const planPath = (slug: string, file = 'plan.mdx') => join(root, 'content', 'accounts', slug, file);
	const editText = (slug: string, edit: (text: string) => string, file?: string) => {
		const path = planPath(slug, file);
		writeFileSync(path, edit(readFileSync(path, 'utf8')));
	};
	return {
		root,
		planPath,
		editText,
		editPlan(slug, edit, file) {
			editText(
				slug,
				(text) => {
					const source = splitFrontmatter(text);
					if (!source) throw new Error(`no frontmatter in ${slug}`);
					const doc = parseDocument(source.frontmatter);
					edit(doc);
					return `---\n${doc.toString()}---\n${source.body}`;
				},
				file,
			);
		},
		write: (slug, file, text) => writeFileSync(planPath(slug, file), text),
		remove: () => rmSync(root, { recursive: true, force: true, maxRetries: 5 }),
	};
}
