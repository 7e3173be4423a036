/**
 * One import, start to end: read the export, match its rows, collect the
 * edits, apply them to the plans' texts in memory, load the edited content
 * through the loader (the plans must still pass the schema and every
 * cross-reference), review before → after with the review engine, and only
 * then write every changed plan — all of them or none.
 */
import { readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { analysePortfolio } from '../domain/analysis.ts';
import { reviewPortfolio, type AccountReview, type PortfolioVersion } from '../domain/review/portfolio-review.ts';
import { rememberPlanTexts } from '../loader/plan-texts.ts';
import { loadPortfolio, withPlanTexts, type LoadResult } from '../loader/portfolio.ts';
import type { ImportMap } from '../schema/import-map.ts';
import type { Problem } from '../schema/problem.ts';
import { applyEdits, EditSet } from './edits.ts';
import { importOpportunities } from './opportunity-import.ts';
import { locateColumns, PRESETS, REQUIRED, withMapping, type ImportKind, type PresetName } from './presets.ts';
import { importRevenue } from './revenue-import.ts';
import { rowReader } from './import-rows.ts';
import { readTable } from './table.ts';
import { conventionsOf } from './values.ts';

/** How to import. */
export interface ImportOptions {
	root: string;
	/** The export, as given on the command line. */
	file: string;
	kind: ImportKind;
	preset: PresetName;
	mapping?: ImportMap;
	/** Overrides the mapping's and settings' locale. */
	locale?: string;
	dryRun: boolean;
	today: string;
}

/** One account in the report: the changes, and the review engine's judgement of them. */
export interface AccountImport {
	slug: string;
	name: string;
	changes: string[];
	notes: string[];
	review?: AccountReview;
}

/** What an import did (or, with problems, why it did nothing). */
export interface ImportResult {
	file: string;
	kind: ImportKind;
	rows: number;
	encoding?: string;
	problems: Problem[];
	notes: string[];
	accounts: AccountImport[];
	/** Plans written, relative to the root (none on a dry run or with problems). */
	written: string[];
	dryRun: boolean;
}

/** Files larger than this are not an export of key accounts. */
const MAX_EXPORT_BYTES = 256 * 1024 * 1024;

const version = (load: LoadResult, today: string): PortfolioVersion => ({ analysis: analysePortfolio(load.portfolio, today), problems: load.problems, sources: load.sources, files: load.files });

/** Runs an import; writes nothing when there is any problem or on a dry run. */
export async function runImport(options: ImportOptions): Promise<ImportResult> {
	const { root, kind } = options;
	const shown = relative(root, resolve(root, options.file)).split(sep).join('/');
	const file = shown.startsWith('..') ? options.file : shown;
	const result: ImportResult = { file, kind, rows: 0, problems: [], notes: [], accounts: [], written: [], dryRun: options.dryRun };
	const fail = (message: string) => {
		result.problems.push({ file, path: '', message, severity: 'error' });
		return result;
	};
	const size = statSync(resolve(root, options.file)).size;
	if (size > MAX_EXPORT_BYTES) return fail(`is ${Math.round(size / 1024 / 1024)} MB: larger than any export of key accounts (limit ${MAX_EXPORT_BYTES / 1024 / 1024} MB)`);
	const before = loadPortfolio(root);
	const contentErrors = before.problems.filter((p) => p.severity === 'error');
	if (contentErrors.length > 0) {
		result.problems.push(...contentErrors);
		return fail('the content has errors (listed above; npm run check lists them too): fix them first, so that the import cannot be blamed for them');
	}
	const { settings } = before.portfolio;
	const preset = withMapping(PRESETS[options.preset], settings.import, options.mapping);
	const localeName = options.locale ?? options.mapping?.locale ?? settings.import?.locale;
	const locale = localeName === undefined ? undefined : conventionsOf(localeName);
	if (localeName !== undefined && !locale) return fail(`locale "${localeName}" is not a locale: write one such as de, en-US or fr-CH`);

	const missingIn = (header: readonly string[]) => {
		const found = locateColumns(header, preset);
		const missing = REQUIRED[kind].filter((f) => found[f] === undefined);
		if (found.account === undefined && found.accountId === undefined) missing.unshift('account');
		return missing;
	};
	const table = await readTable(readFileSync(resolve(root, options.file)), (header) => missingIn(header).length === 0);
	if (!table.ok) return fail(table.message);
	result.rows = table.rows.length;
	result.encoding = table.encoding;
	const missing = missingIn(table.header);
	if (missing.length > 0) {
		const wanted = missing.map((f) => `${f} (${(preset.columns[f] ?? []).map((h) => `"${h}"`).join(' or ')})`);
		return fail(`no column for ${wanted.join(', ')}; the header has ${table.header.map((h) => `"${h}"`).join(', ')}: choose --preset, or name the columns with --map`);
	}
	const reader = rowReader(file, table.header, table.rows, preset, locale);
	const edits = new EditSet();
	if (kind === 'revenue') importRevenue(reader, table.rows, before.portfolio, edits);
	else importOpportunities(reader, table.rows, before.portfolio, edits);
	result.notes.push(...reader.notes);
	if (reader.problems.length > 0) {
		result.problems.push(...reader.problems);
		return result;
	}

	const texts = new Map<string, string>();
	for (const { account, edits: list, keys } of edits.accounts.values()) {
		if (list.length === 0) continue;
		const path = account.plan.file;
		const text = before.sources.get(path) ?? readFileSync(join(root, path), 'utf8');
		const edited = applyEdits(text, list, keys);
		if (edited !== text) texts.set(path, edited);
	}
	const after = withPlanTexts(before, texts);
	const broken = after.problems.filter((p) => p.severity === 'error' && texts.has(p.file));
	if (broken.length > 0) {
		result.problems.push(...broken.map((p) => ({ ...p, message: `after the import: ${p.message}` })));
		return fail('the import would leave the plans above invalid; nothing was written');
	}
	const review = reviewPortfolio(version(before, options.today), version(after, options.today));
	const reviews = new Map([...review.accounts, ...review.findingsOnly].map((a) => [a.slug, a]));
	for (const { account, changes, notes } of edits.accounts.values()) {
		result.accounts.push({ slug: account.slug, name: account.plan.data.name, changes, notes, review: changes.length > 0 ? reviews.get(account.slug) : undefined });
	}
	if (!options.dryRun) {
		result.written = writeAll(root, texts);
		rememberPlanTexts(root, after, texts);
	}
	return result;
}

/** Writes every text to a temporary file beside its plan, then renames them all: a failed write leaves every plan as it was. */
function writeAll(root: string, texts: ReadonlyMap<string, string>): string[] {
	const temps: [string, string][] = [];
	try {
		for (const [path, text] of texts) {
			const target = join(root, path);
			const temp = `${target}.keyplan-import-${process.pid}.tmp`;
			temps.push([temp, target]);
			writeFileSync(temp, text);
		}
	} catch (error) {
		for (const [temp] of temps) rmSync(temp, { force: true });
		throw error;
	}
	for (const [temp, target] of temps) renameSync(temp, target);
	return [...texts.keys()];
}
