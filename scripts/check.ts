/**
 * `npm run check [-- --format text|json|github] [--account <slug>] [--strict] [--watch]`
 * Validates all content without building the site, reports every problem in
 * every file, and reports the proactivity findings and health of every account.
 * Exit 1 on any content error (with `--strict`, also on any finding of
 * severity error or warning), 2 on a usage error, 0 otherwise.
 */
import { parseCommandLine, runCommand, UsageError } from '../src/present/command-line.ts';
import { githubReport, jsonReport, problemsInScope, textReport } from '../src/cli/check-report.ts';
import { runCheck } from '../src/cli/check-run.ts';
import { writeEditorSchemas } from '../src/editor/schemas.ts';
import type { LoadResult } from '../src/loader/portfolio.ts';
import { watchCaches, watchCheck } from '../src/cli/check-watch.ts';
import { today, TodayError } from '../src/build/today.ts';
import { shown } from '../src/loader/slugs.ts';
import { didYouMean, listKnown } from '../src/schema/suggest.ts';

const usage = `Usage: npm run check -- [--format text|json|github] [--account <slug>] [--strict] [--watch]

  --format   text (default), json, or github (GitHub Actions annotations)
  --account  report only this account's files and findings
  --strict   fail (exit 1) on findings of severity error or warning too
  --watch    after the report, check again whenever a file under content/ is saved
             and print only what changed: new problems and resolved ones`;

await runCommand(() => {
	const { values } = parseCommandLine(
		process.argv.slice(2),
		{
			format: { type: 'string', default: 'text' },
			account: { type: 'string' },
			strict: { type: 'boolean', default: false },
			watch: { type: 'boolean', default: false },
			help: { type: 'boolean', short: 'h' },
		},
		usage,
	);
	if (values.help) {
		console.log(usage);
		return 0;
	}
	const format = values.format;
	if (format !== 'text' && format !== 'json' && format !== 'github') throw new UsageError(`--format must be text, json or github\n\n${usage}`);
	let date: string;
	try {
		date = today();
	} catch (error) {
		if (error instanceof TodayError) throw new UsageError(error.message);
		throw error;
	}

	const root = process.cwd();
	const slug = values.account;
	if (values.watch && format !== 'text') throw new UsageError(`--watch prints text only\n\n${usage}`);
	// The editor's schemas follow the content (new tiers, people, plans) from each load: no second read.
	const afterLoad = (loaded: LoadResult) => writeEditorSchemas(root, loaded, { bestEffort: true });
	const watching = values.watch ? { ...watchCaches(root), afterLoad } : undefined;
	const { result, loaded } = runCheck(root, date, slug, watching ?? { afterLoad });
	const { portfolio, problems } = loaded;
	const { analysis } = result;
	const inAccount = (file: string) => file === `content/accounts/${slug}` || file.startsWith(`content/accounts/${slug}/`);
	if (slug && !portfolio.accounts.some((a) => a.slug === slug) && !problems.some((p) => inAccount(p.file))) {
		const known = portfolio.accounts.map((a) => a.slug);
		throw new UsageError(`no account "${shown(slug)}"${didYouMean(slug, known)} (known: ${listKnown(known, 20)})`);
	}
	if (watching) return watchCheck({ root, date, account: slug, caches: watching, first: result });
	console.log(format === 'json' ? jsonReport(result) : format === 'github' ? githubReport(result) : textReport(result));

	// Problems outside every account (settings, people) concern each account: always in scope.
	const inScope = problemsInScope(result);
	if (inScope.some((p) => p.severity === 'error')) return 1;
	if (values.strict) {
		const findings = slug ? (analysis.accounts.find((a) => a.slug === slug)?.findings ?? []) : [...analysis.accounts.flatMap((a) => a.findings), ...analysis.portfolioFindings];
		if (findings.some((f) => f.severity !== 'info')) return 1;
	}
	return 0;
});
