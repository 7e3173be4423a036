/**
 * Loads the whole portfolio from `content/`: settings, people, every account
 * plan and renewal plan. Each file is parsed with its schema and cross-checked
 * against the others; every problem in every file is returned, never only the
 * first. The build, `npm run check` and the tests all load content here.
 */
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { problemsFromZod } from '../schema/error-map.ts';
import type { DeepPartial } from '../schema/partial.ts';
import { personSchema, type Person } from '../schema/person.ts';
import { planSchema, type Plan } from '../schema/plan.ts';
import type { Problem } from '../schema/problem.ts';
import { narrativeProblems } from '../schema/narrative-rules.ts';
import { planReferences, renewalReferences } from '../schema/references.ts';
import { renewalSchema, type RenewalPlan } from '../schema/renewal.ts';
import { settingsSchema, type Settings } from '../schema/settings.ts';
import { ContentFiles, type ContentSource, type Entry } from './files.ts';
import { contentLayout } from './layout.ts';
import { FRONTMATTER_LINE, mdxLocator, placeProblems } from './locate.ts';
import { openParseCache, type ParseCache } from './parse-cache.ts';
import { fieldLocator, type FieldLocator } from './positions.ts';
import { salvagePartial } from './salvage.ts';
import { parseYaml, splitFrontmatter } from './yaml-source.ts';

export { SLUG } from './slugs.ts';

export type { Account, Document } from './documents.ts';
import type { Account, Document } from './documents.ts';

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
	/** The text of every plan and renewal plan that could be read, valid or not, by path. */
	sources: ReadonlyMap<string, string>;
}

/** Makes the content source of one load, given the list its problems go to. */
export type SourceOf = (problems: Problem[]) => ContentSource;

/** How to load. */
export interface LoadOptions {
	/**
	 * Keep, from each plan's parse, what places its fields (`check` and
	 * `review` put findings on their lines): a plan parsed in this run is not
	 * read a second time to place its findings. The build leaves it off.
	 */
	places?: boolean;
	/** The parse cache to use instead of the one on disk (`check --watch` keeps one in memory between loads). */
	cache?: ParseCache;
}

/** A file's data as far as it is valid; `whole` only when all of it is. */
interface Parsed<T> {
	data: DeepPartial<T>;
	whole?: T;
}

/**
 * Parses YAML data with a schema; problems carry the file's relative path.
 * An invalid file still yields its valid parts, so that cross-references
 * are checked in the same run; `whole` is set only when it was valid.
 */
function parseWith<S extends z.ZodType>(schema: S, data: unknown, file: string, problems: Problem[], locate: FieldLocator): Parsed<z.infer<S>> {
	const result = schema.safeParse(data, { reportInput: true });
	if (result.success) return { data: result.data as DeepPartial<z.infer<S>>, whole: result.data };
	problems.push(...problemsFromZod(file, result.error, schema, [], locate));
	return { data: salvagePartial(schema, data, result.error) };
}

function readYamlFile<S extends z.ZodType>(files: ContentSource, entry: Entry, schema: S, problems: Problem[]): Parsed<z.infer<S>> | undefined {
	const file = files.rel(entry.path);
	const text = files.readContent(entry)?.text;
	if (text === undefined) return undefined;
	const parsed = parseYaml(text);
	if (!parsed.ok) {
		problems.push({ file, path: '', message: parsed.message, severity: 'error', line: parsed.line ?? 1, column: parsed.column ?? 1 });
		return undefined;
	}
	return parseWith(schema, parsed.data, file, problems, fieldLocator(text));
}

type Read<T> = Document<DeepPartial<T>> & { whole?: T };

function readMdxFile<S extends z.ZodType>(files: ContentSource, entry: Entry, schema: S, problems: Problem[], cache: ParseCache, places: boolean): Read<z.infer<S>> | undefined {
	const file = files.rel(entry.path);
	const content = files.readContent(entry);
	if (content === undefined) return undefined;
	const { text } = content;
	const key = cache.keyOf(file, content.bytes);
	const cached = cache.get(key);
	if (cached) {
		problems.push(...cached.problems);
		const body = splitFrontmatter(text)?.body ?? '';
		return { file, data: cached.data as DeepPartial<z.infer<S>>, body, source: text, whole: cached.whole ? (cached.data as z.infer<S>) : undefined };
	}
	const own: Problem[] = [];
	const read = parseMdx(file, text, schema, own, true, places);
	problems.push(...own);
	if (read) cache.set(key, { problems: own, data: read.data, whole: read.whole !== undefined });
	return read;
}

/** A plan or renewal file's data and problems, from its text. */
function parseMdx<S extends z.ZodType>(file: string, text: string, schema: S, problems: Problem[], narrative = true, places = false): Read<z.infer<S>> | undefined {
	const source = splitFrontmatter(text);
	if (!source) {
		problems.push({ file, path: '', message: 'no frontmatter: the file must start with a line "---", the plan\'s fields, and another "---"', severity: 'error', line: 1, column: 1 });
		return undefined;
	}
	const parsed = parseYaml(source.frontmatter, FRONTMATTER_LINE - 1, places);
	if (!parsed.ok) {
		problems.push({ file, path: 'frontmatter', message: parsed.message, severity: 'error', line: parsed.line ?? FRONTMATTER_LINE, column: parsed.column ?? 1 });
		return undefined;
	}
	const bodyProblems = narrative ? narrativeProblems(source.body, source.bodyLine) : [];
	for (const { line, column, message } of bodyProblems) problems.push({ file, path: 'body', message, severity: 'error', line, column });
	const bodyError = bodyProblems.length > 0;
	const locate = fieldLocator(source.frontmatter, FRONTMATTER_LINE, parsed.index);
	const { data, whole } = parseWith(schema, parsed.data, file, problems, locate);
	return { file, data, body: source.body, source: text, whole: bodyError ? undefined : whole, ...(places && { locate }) };
}

function loadSettings(files: ContentSource, entry: Entry | undefined, problems: Problem[]): Settings {
	const fallback = settingsSchema.parse({ organisation: 'Keyplan' });
	const parsed = entry && readYamlFile(files, entry, settingsSchema, problems);
	if (!parsed) return fallback;
	if (parsed.whole) return parsed.whole;
	// Keep the valid settings (tiers above all), so that plans are not checked against the wrong ones.
	const { organisation, ...rest } = parsed.data;
	const merged = settingsSchema.safeParse({ organisation: organisation ?? fallback.organisation, ...rest });
	return merged.success ? merged.data : fallback;
}

function loadPeople(files: ContentSource, list: { id: string; entry: Entry }[], problems: Problem[]): Map<string, Person> {
	const people = new Map<string, Person>();
	for (const { id, entry } of list) {
		// A person with a broken file still exists: references to them should not cascade into more errors.
		const person = readYamlFile(files, entry, personSchema, problems)?.whole;
		people.set(id, person ?? { name: id });
	}
	return people;
}

const whole = <T>(read: Read<T> | undefined): Document<T> | undefined =>
	read?.whole ? { file: read.file, data: read.whole, body: read.body, source: read.source, ...(read.locate && { locate: read.locate }) } : undefined;

/** Cross-file problems of a document, each on the line of its field. */
const placed = (found: Problem[], read: { source?: string; locate?: FieldLocator }): Problem[] =>
	found.length === 0 || read.source === undefined ? found : placeProblems(found, read.locate ?? mdxLocator(read.source));

/**
 * One version of an account from the texts of its files (from git history):
 * the account when its plan is valid, with its schema problems. Neither
 * the narrative (history judges the plan's data) nor cross-file references
 * (the people and settings of that day are not at hand) are checked.
 */
export function accountFromTexts(slug: string, planText: string, renewalText?: string): { account?: Account; problems: Problem[] } {
	const problems: Problem[] = [];
	const plan = whole(parseMdx(`content/accounts/${slug}/plan.mdx`, planText, planSchema, problems, false));
	const renewal = renewalText === undefined ? undefined : whole(parseMdx(`content/accounts/${slug}/renewal.mdx`, renewalText, renewalSchema, problems, false));
	return { account: plan && { slug, plan, renewal }, problems };
}

/**
 * Loads and validates everything under `<root>/content`: from the working
 * tree, or from the source `sourceOf` makes (a commit's tree, for a review;
 * such loads read the parse cache but do not rewrite it); `options.places`
 * keeps what places findings on their lines.
 */
export function loadPortfolio(root: string, contentDir = join(root, 'content'), sourceOf?: SourceOf, options: LoadOptions = {}): LoadResult {
	const places = options.places ?? false;
	const problems: Problem[] = [];
	const files = sourceOf ? sourceOf(problems) : new ContentFiles(root, contentDir, problems);
	const layout = contentLayout(files);
	const before = problems.length;
	const settings = loadSettings(files, layout.settings, problems);
	// With settings.yaml in error, its offerings and rates are unknown: plans are not judged against them.
	const settingsValid = !problems.slice(before).some((p) => p.severity === 'error');
	const people = loadPeople(files, layout.people, problems);
	const ctx = { settings, people: new Set(people.keys()), settingsValid };
	const accounts: Account[] = [];
	const opened = options.cache ?? openParseCache(root);
	const cache = sourceOf ? { ...opened, save: () => {} } : opened;
	const sources = new Map<string, string>();

	for (const { slug, plan: planEntry, renewal: renewalEntry } of layout.accounts) {
		const plan = readMdxFile(files, planEntry, planSchema, problems, cache, places);
		if (plan) problems.push(...placed(planReferences(plan.file, plan.data, ctx), plan));
		const renewal = renewalEntry ? readMdxFile(files, renewalEntry, renewalSchema, problems, cache, places) : undefined;
		if (renewal && plan) problems.push(...placed(renewalReferences(renewal.file, renewal.data, plan.data, ctx), renewal));
		for (const read of [plan, renewal]) if (read?.source !== undefined) sources.set(read.file, read.source);
		// Only whole plans reach the site; partly valid ones were read for their references alone.
		const planDocument = whole(plan);
		if (planDocument) accounts.push({ slug, plan: planDocument, renewal: whole(renewal) });
	}
	cache.save();
	return { portfolio: { settings, people, accounts }, problems, files: files.read, sources };
}

/**
 * A load with some plans' texts replaced (an import's edits, before they are
 * written): only those plans are parsed again, with their schema and their
 * cross-file references; everything else is the load as it was. Their
 * narrative is not checked again (the edits never touch it; its problems
 * stay), nor their renewal plan's references to them (edits of revenue and
 * opportunities cannot break those). At 1,000 plans this is a tenth of a load.
 */
export function withPlanTexts(load: LoadResult, texts: ReadonlyMap<string, string>): LoadResult {
	const { settings, people } = load.portfolio;
	const ctx = { settings, people: new Set(people.keys()), settingsValid: true };
	const problems = load.problems.filter((p) => !texts.has(p.file) || p.path === 'body');
	const sources = new Map(load.sources);
	const accounts: Account[] = [];
	for (const account of load.portfolio.accounts) {
		const text = texts.get(account.plan.file);
		if (text === undefined) {
			accounts.push(account);
			continue;
		}
		const read = parseMdx(account.plan.file, text, planSchema, problems, false);
		if (read) problems.push(...placed(planReferences(read.file, read.data, ctx), read));
		sources.set(account.plan.file, text);
		const plan = whole(read);
		if (plan) accounts.push({ ...account, plan });
	}
	return { portfolio: { settings, people, accounts }, problems, files: load.files, sources };
}
