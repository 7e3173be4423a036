/**
 * `npm run review -- [--base <ref>] [--format text|markdown|json|github] [--strict]`
 * What the change since a base commit does to each account: the base
 * portfolio is read from git objects (the working tree is not touched), both
 * versions are analysed with the same "today", and the report names, per
 * account, health before → after, the findings and problems opened and
 * resolved, and the plan changes that matter. Exit 1 with `--strict` when the
 * change introduces an error-severity finding or problem, 2 on a usage error
 * (an unknown base ref, no repository), 0 otherwise.
 */
import { parseCommandLine, runCommand, UsageError } from '../src/present/command-line.ts';
import { reviewGithub, reviewJson, reviewMarkdown, reviewText, type ReviewScope } from '../src/cli/review-report.ts';
import { analysePortfolio } from '../src/domain/analysis.ts';
import { reviewPortfolio, type PortfolioVersion } from '../src/domain/review/portfolio-review.ts';
import { today } from '../src/build/today.ts';
import { commitOf, defaultBase, GitError, isRepository } from '../src/git/repo.ts';
import { gitContent } from '../src/loader/git-source.ts';
import { locateFindings } from '../src/loader/locate.ts';
import { openPositionCache, type PositionCache } from '../src/loader/position-cache.ts';
import { shown } from '../src/loader/slugs.ts';
import { loadPortfolio, type LoadResult } from '../src/loader/portfolio.ts';

const usage = `Usage: npm run review -- [--base <ref>] [--format text|markdown|json|github] [--strict]

  --base     the branch, tag or commit to compare with (default: the merge base with main, else HEAD)
  --format   text (default), markdown (a pull-request comment), json, or github (annotations)
  --strict   fail (exit 1) when the change introduces an error-severity finding or problem`;

const FORMATS = { text: reviewText, markdown: reviewMarkdown, json: reviewJson, github: reviewGithub } as const;

/** One version, analysed as of `date`, its findings on their lines. */
function version(loaded: LoadResult, date: string, places: PositionCache): PortfolioVersion {
	const analysis = analysePortfolio(loaded.portfolio, date);
	locateFindings([...analysis.accounts.flatMap((a) => a.findings), ...analysis.portfolioFindings], loaded.portfolio.accounts, places);
	return { analysis, problems: loaded.problems, sources: loaded.sources, files: loaded.files };
}

/** The base commit to compare with, or a usage error that says what to do. */
function baseOf(root: string, ref: string | undefined): ReviewScope {
	if (!isRepository(root)) throw new UsageError('npm run review compares the content with its git history, but this folder is not in a git repository: run it in a clone of the plans repository');
	if (ref !== undefined) {
		const commit = commitOf(root, ref);
		if (!commit) throw new UsageError(`unknown base ref "${shown(ref)}": no branch, tag or commit of that name in this repository (try --base main, --base origin/main or a commit id; in CI, fetch the base branch first)`);
		return { base: shown(ref), commit };
	}
	const found = defaultBase(root);
	if (!found) throw new UsageError('the repository has no commits yet, so there is nothing to compare with: commit the plans first, then review changes against that commit');
	return { base: found.ref, commit: found.commit };
}

await runCommand(() => {
	const { values } = parseCommandLine(
		process.argv.slice(2),
		{ base: { type: 'string' }, format: { type: 'string', default: 'text' }, strict: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } },
		usage,
	);
	if (values.help) {
		console.log(usage);
		return 0;
	}
	if (!Object.hasOwn(FORMATS, values.format)) throw new UsageError(`--format must be text, markdown, json or github\n\n${usage}`);
	const format = FORMATS[values.format as keyof typeof FORMATS];
	const date = today();
	const root = process.cwd();
	const scope = baseOf(root, values.base);
	let base: LoadResult;
	try {
		base = loadPortfolio(root, undefined, gitContent(root, scope.commit), { places: true });
	} catch (error) {
		if (error instanceof GitError) throw new UsageError(`cannot read the content of ${scope.base} from git: ${error.message}`);
		throw error;
	}
	const places = openPositionCache(root);
	const review = reviewPortfolio(version(base, date, places), version(loadPortfolio(root, undefined, undefined, { places: true }), date, places));
	places.save();
	console.log(format(review, scope));
	return values.strict && review.introduced.length > 0 ? 1 : 0;
});
