/**
 * Loads the whole portfolio from `content/`: settings, people, every account
 * plan and renewal plan. Each file is parsed with its schema and cross-checked
 * against the others; every problem in every file is returned, never only the
 * first. The build, `npm run check` and the tests all load content here.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { z } from 'astro/zod';
import { problemsFromZod } from '../schema/error-map';
import { personSchema, type Person } from '../schema/person';
import { planSchema, type Plan } from '../schema/plan';
import type { Problem } from '../schema/problem';
import { planReferences, renewalReferences } from '../schema/references';
import { renewalSchema, type RenewalPlan } from '../schema/renewal';
import { settingsSchema, type Settings } from '../schema/settings';
import { mdxBodyError } from './mdx-body';
import { salvage } from './salvage';
import { parseYaml, splitFrontmatter } from './yaml-source';

/** An account folder name: lower-case words joined by dashes. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface Document<T> {
	/** File path relative to the project root, forward slashes. */
	file: string;
	data: T;
	/** The MDX narrative after the frontmatter. */
	body: string;
}

export interface Account {
	slug: string;
	plan: Document<Plan>;
	renewal?: Document<RenewalPlan>;
}

export interface Portfolio {
	settings: Settings;
	/** Our people by id, in id order. */
	people: Map<string, Person>;
	/** Accounts in slug order. */
	accounts: Account[];
}

export interface LoadResult {
	portfolio: Portfolio;
	problems: Problem[];
	/** Every content file that was read, relative to the root. */
	files: string[];
}

function rel(root: string, path: string): string {
	return relative(root, path).split(sep).join('/');
}

/**
 * Parses YAML data with a schema; problems carry the file's relative path.
 * An invalid file still yields its salvageable part, so that cross-references
 * are checked in the same run; `valid` says whether it was whole.
 */
function parseWith<S extends z.ZodType>(schema: S, data: unknown, file: string, problems: Problem[]): { data?: z.infer<S>; valid: boolean } {
	const result = schema.safeParse(data, { reportInput: true });
	if (result.success) return { data: result.data, valid: true };
	problems.push(...problemsFromZod(file, result.error, schema));
	return { data: salvage(schema, data, result.error), valid: false };
}

function readYamlFile<S extends z.ZodType>(root: string, path: string, schema: S, problems: Problem[]): z.infer<S> | undefined {
	const file = rel(root, path);
	const parsed = parseYaml(readFileSync(path, 'utf8'));
	if (!parsed.ok) {
		problems.push({ file, path: '', message: parsed.message, severity: 'error' });
		return undefined;
	}
	return parseWith(schema, parsed.data, file, problems).data;
}

function readMdxFile<S extends z.ZodType>(root: string, path: string, schema: S, problems: Problem[]): (Document<z.infer<S>> & { valid: boolean }) | undefined {
	const file = rel(root, path);
	const source = splitFrontmatter(readFileSync(path, 'utf8'));
	if (!source) {
		problems.push({ file, path: '', message: 'no frontmatter: the file must start with a line "---", the plan\'s fields, and another "---"', severity: 'error' });
		return undefined;
	}
	const parsed = parseYaml(source.frontmatter, 1);
	if (!parsed.ok) {
		problems.push({ file, path: 'frontmatter', message: parsed.message, severity: 'error' });
		return undefined;
	}
	const bodyError = mdxBodyError(source.body, source.bodyLine);
	if (bodyError) problems.push({ file, path: 'body', message: bodyError, severity: 'error' });
	const { data, valid } = parseWith(schema, parsed.data, file, problems);
	return data === undefined ? undefined : { file, data, body: source.body, valid: valid && !bodyError };
}

function loadSettings(root: string, contentDir: string, problems: Problem[]): Settings {
	const path = join(contentDir, 'settings.yaml');
	const fallback = settingsSchema.parse({ organisation: 'Keyplan' });
	if (!existsSync(path)) {
		problems.push({ file: rel(root, path), path: '', message: 'missing: create it with at least "organisation: <your organisation>"', severity: 'error' });
		return fallback;
	}
	return readYamlFile(root, path, settingsSchema, problems) ?? fallback;
}

function loadPeople(root: string, contentDir: string, problems: Problem[]): Map<string, Person> {
	const dir = join(contentDir, 'people');
	const people = new Map<string, Person>();
	if (!existsSync(dir)) return people;
	for (const name of readdirSync(dir).sort()) {
		const match = /^(.+)\.ya?ml$/.exec(name);
		if (!match) continue;
		const id = match[1];
		if (!SLUG.test(id)) {
			problems.push({ file: rel(root, join(dir, name)), path: '', message: `"${id}" is not a valid person id: rename the file using lower-case letters, digits and dashes`, severity: 'error' });
		}
		// A person with a broken file still exists: references to them should not cascade into more errors.
		const person = readYamlFile(root, join(dir, name), personSchema, problems);
		people.set(id, person ?? { name: id });
	}
	return people;
}

const strip = <T>({ valid: _, ...document }: Document<T> & { valid: boolean }): Document<T> => document;

/** Loads and validates everything under `<root>/content`. */
export function loadPortfolio(root: string, contentDir = join(root, 'content')): LoadResult {
	const problems: Problem[] = [];
	const settings = loadSettings(root, contentDir, problems);
	const people = loadPeople(root, contentDir, problems);
	const ctx = { settings, people: new Set(people.keys()) };
	const accounts: Account[] = [];

	const accountsDir = join(contentDir, 'accounts');
	const slugs = existsSync(accountsDir) ? readdirSync(accountsDir).filter((n) => statSync(join(accountsDir, n)).isDirectory()).sort() : [];
	for (const slug of slugs) {
		const dir = join(accountsDir, slug);
		const planPath = join(dir, 'plan.mdx');
		if (!SLUG.test(slug)) {
			problems.push({ file: rel(root, dir), path: '', message: `"${slug}" is not a valid account slug: rename the folder using lower-case letters, digits and dashes`, severity: 'error' });
			continue;
		}
		if (!existsSync(planPath)) {
			problems.push({ file: rel(root, dir), path: '', message: 'account folder without plan.mdx: add one with "npm run new" or remove the folder', severity: 'error' });
			continue;
		}
		const plan = readMdxFile(root, planPath, planSchema, problems);
		if (plan) problems.push(...planReferences(plan.file, plan.data, ctx));

		const renewalPath = join(dir, 'renewal.mdx');
		const renewal = existsSync(renewalPath) ? readMdxFile(root, renewalPath, renewalSchema, problems) : undefined;
		if (renewal && plan) problems.push(...renewalReferences(renewal.file, renewal.data, plan.data, ctx));
		// Only whole plans reach the site; salvaged ones were read for their references alone.
		if (plan?.valid) accounts.push({ slug, plan: strip(plan), renewal: renewal?.valid ? strip(renewal) : undefined });
	}
	const files = [
		'content/settings.yaml',
		...[...people.keys()].map((id) => `content/people/${id}.yaml`),
		...slugs.flatMap((slug) => ['plan.mdx', 'renewal.mdx'].map((f) => join(accountsDir, slug, f)).filter(existsSync).map((f) => rel(root, f))),
	];
	return { portfolio: { settings, people, accounts }, problems, files };
}
