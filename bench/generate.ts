/**
 * The benchmark's throw-away projects, outside the repository (in the OS temp
 * folder):
 * - the Keyplan project with N accounts, copied round-robin from the plans
 *   under `content/accounts/` of the working folder (the project root, as for
 *   every other command), with its settings and people as they are;
 * - the folder of plan bodies the bare Astro + MDX baseline renders.
 *
 * The project's sources are copied, as `tests/support/sandbox.ts` does with
 * `{ project: true }`. `node_modules` is linked entry by entry rather than as
 * one symlink: the packages are the repository's, but `node_modules/.cache`
 * (one-pager images, any `check` cache) and Vite's and Astro's caches are the
 * generated project's own, so "cold" really is cold and the repository's
 * caches are never touched.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { CommandError } from '../src/present/command-line';
import { splitFrontmatter } from '../src/loader/yaml-source';

/** The repository this benchmark belongs to: the code and packages measured. */
export const REPO = join(import.meta.dirname, '..');

/** The content measured: the working folder's (npm scripts run in the project root). */
const CONTENT = join(process.cwd(), 'content');

/** What a generated project is built from (copied; `node_modules` is linked). */
const PROJECT_ENTRIES = ['src', 'public', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

/** `node_modules` entries that are caches (and the compiled command-line scripts, made from this project's copy of the code): never shared with the repository. */
const CACHE_ENTRIES = new Set(['.cache', '.vite', '.vite-temp', '.astro', '.keyplan-cli']);

/** One generated account: its slug and the sample it was copied from. */
export interface GeneratedAccount {
	slug: string;
	sample: string;
	name: string;
}

/** A generated Keyplan project. */
export interface Project {
	root: string;
	accounts: GeneratedAccount[];
}

/** The sample accounts, in slug order. */
export function sampleSlugs(): string[] {
	const dir = join(CONTENT, 'accounts');
	if (!existsSync(dir)) throw new CommandError(`bench: there is no content/accounts/ in ${process.cwd()}: run it in the project root.`);
	const slugs = readdirSync(dir)
		.filter((name) => statSync(join(dir, name)).isDirectory())
		.sort();
	if (slugs.length === 0) throw new CommandError('bench: content/accounts/ has no sample accounts to copy.');
	return slugs;
}

/** A new temp folder for one part of the run. */
export function tempDir(label: string): string {
	return mkdtempSync(join(tmpdir(), `keyplan-bench-${label}-`));
}

/** Links every package of the repository's `node_modules` into `root/node_modules`, but not its caches. */
export function linkNodeModules(root: string): void {
	const from = join(REPO, 'node_modules');
	if (!existsSync(from)) throw new CommandError('bench: node_modules/ is missing: run npm install first.');
	const to = join(root, 'node_modules');
	mkdirSync(to, { recursive: true });
	for (const entry of readdirSync(from)) {
		if (!CACHE_ENTRIES.has(entry)) symlinkSync(join(from, entry), join(to, entry));
	}
}

/** Splits an MDX file into its frontmatter document and body. */
function parsePlan(file: string): { doc: ReturnType<typeof parseDocument>; body: string } {
	const source = splitFrontmatter(readFileSync(file, 'utf8'));
	if (!source) throw new CommandError(`bench: ${file} has no frontmatter, so it cannot be copied as a sample.`);
	return { doc: parseDocument(source.frontmatter), body: source.body };
}

/** Edits a plan's frontmatter as a YAML document (so it stays valid), and optionally its body. */
export function editPlan(file: string, edit: (doc: ReturnType<typeof parseDocument>) => void, editBody: (body: string) => string = (b) => b): void {
	const { doc, body } = parsePlan(file);
	edit(doc);
	writeFileSync(file, `---\n${doc.toString()}---\n${editBody(body)}`);
}

/**
 * A project with `count` accounts copied round-robin from the samples, each
 * under the slug `<sample>-<n>` and the name `<sample name> <n>` (n from 1).
 * Without `count`, the sample accounts exactly as they are.
 */
export function generateProject(count?: number): Project {
	const root = tempDir('project');
	for (const entry of PROJECT_ENTRIES) {
		if (existsSync(join(REPO, entry))) cpSync(join(REPO, entry), join(root, entry), { recursive: true });
	}
	linkNodeModules(root);
	for (const entry of ['settings.yaml', 'people']) {
		if (existsSync(join(CONTENT, entry))) cpSync(join(CONTENT, entry), join(root, 'content', entry), { recursive: true });
	}

	const samples = sampleSlugs();
	const accounts: GeneratedAccount[] = [];
	const total = count ?? samples.length;
	for (let n = 1; n <= total; n++) {
		const sample = samples[(n - 1) % samples.length];
		const slug = count === undefined ? sample : `${sample}-${n}`;
		const target = join(root, 'content', 'accounts', slug);
		cpSync(join(CONTENT, 'accounts', sample), target, { recursive: true }); // renewal.mdx comes along
		const plan = join(target, 'plan.mdx');
		const source = splitFrontmatter(readFileSync(plan, 'utf8'));
		const doc = source ? parseDocument(source.frontmatter) : undefined;
		let name = String(doc?.get('name') ?? slug);
		// A plan without frontmatter or with YAML errors is copied as it is: the first `check` lists its errors and stops the run.
		if (count !== undefined && doc && doc.errors.length === 0) {
			name = `${name} ${n}`;
			editPlan(plan, (d) => d.set('name', name));
		}
		accounts.push({ slug, sample, name });
	}
	return { root, accounts };
}

/** Writes each account's plan body (the narrative) as `<slug>.mdx` with its name as title, for the bare Astro baseline. */
export function writePlanBodies(project: Project, dir: string): void {
	mkdirSync(dir, { recursive: true });
	for (const account of project.accounts) {
		const { body } = parsePlan(join(project.root, 'content', 'accounts', account.slug, 'plan.mdx'));
		writeFileSync(join(dir, `${account.slug}.mdx`), `---\ntitle: ${JSON.stringify(account.name)}\n---\n${body}`);
	}
}
