/**
 * Puts problems and findings on their lines: every one that concerns a field
 * of a file gets the line and column of that field's value (the key's line
 * for an unknown or missing key, the file's first line when there is no
 * better place). Files are indexed only when they have something to report.
 */
import type { Problem } from '../schema/problem.ts';
import type { Account, Document } from './documents.ts';
import { NO_POSITION_CACHE, type PositionCache } from './position-cache.ts';
import { fieldLocator, type FieldLocator } from './positions.ts';
import { splitFrontmatter } from './yaml-source.ts';

/** The first line of a plan's frontmatter: after the opening `---`. */
export const FRONTMATTER_LINE = 2;

/** A locator for the frontmatter fields of an MDX file's text (every place is the first line when it has none). */
export function mdxLocator(text: string): FieldLocator {
	const source = splitFrontmatter(text);
	return source ? fieldLocator(source.frontmatter, FRONTMATTER_LINE) : () => ({ line: 1, column: 1 });
}

/** The problems with a line and column each: those without one get their field's place. */
export function placeProblems(problems: readonly Problem[], locate: FieldLocator): Problem[] {
	return problems.map((p) => (p.line ? p : { ...p, ...locate(p.path) }));
}

const locators = new WeakMap<Document<unknown>, FieldLocator>();

function locatorOf(document: Document<unknown>, cache: PositionCache): FieldLocator | undefined {
	if (document.source === undefined) return undefined;
	let locate = locators.get(document);
	// A locator kept from the parse (the load was asked for places) does not read the YAML again.
	if (!locate) locators.set(document, (locate = cache.locator(document.source, (text) => document.locate ?? mdxLocator(text))));
	return locate;
}

/**
 * Adds line and column to findings (in place: they are the analysis's own
 * objects) from the texts of the accounts' plans and renewal plans. A
 * finding about another file (a person, settings) points at its first line;
 * one about the portfolio as a whole (`content/`) has no line. `cache`
 * remembers places between runs (`position-cache.ts`).
 */
export function locateFindings(findings: Iterable<Problem>, accounts: readonly Account[], cache: PositionCache = NO_POSITION_CACHE): void {
	const byFile = new Map<string, Document<unknown>>();
	for (const { plan, renewal } of accounts) {
		byFile.set(plan.file, plan);
		if (renewal) byFile.set(renewal.file, renewal);
	}
	for (const finding of findings) {
		if (finding.line) continue;
		const document = byFile.get(finding.file);
		const locate = document && locatorOf(document, cache);
		if (locate) Object.assign(finding, locate(finding.path));
		else if (!finding.file.endsWith('/')) Object.assign(finding, { line: 1, column: 1 });
	}
}
