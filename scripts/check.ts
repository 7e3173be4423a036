/**
 * `npm run check [-- --format text|json|github] [--account <slug>] [--strict]`
 * Validates all content without building the site, reports every problem in
 * every file, and reports the proactivity findings and health of every account.
 * Exit 1 on any content error (with `--strict`, also on any finding of
 * severity error or warning), 2 on a usage error, 0 otherwise.
 */
import { parseCommandLine, runCommand, UsageError } from '../src/cli/args';
import { githubReport, jsonReport, problemsInScope, textReport, type CheckResult } from '../src/cli/check-report';
import { analysePortfolio } from '../src/domain/analysis';
import { writeEditorSchemas } from '../src/editor/schemas';
import { today, TodayError } from '../src/domain/today';
import { shown } from '../src/loader/names';
import { locateFindings } from '../src/loader/locate';
import { openPositionCache } from '../src/loader/position-cache';
import { loadPortfolio } from '../src/loader/portfolio';
import { didYouMean, listKnown } from '../src/schema/suggest';

const usage = `Usage: npm run check -- [--format text|json|github] [--account <slug>] [--strict]

  --format   text (default), json, or github (GitHub Actions annotations)
  --account  report only this account's files and findings
  --strict   fail (exit 1) on findings of severity error or warning too`;

await runCommand(() => {
	const { values } = parseCommandLine(
		process.argv.slice(2),
		{
			format: { type: 'string', default: 'text' },
			account: { type: 'string' },
			strict: { type: 'boolean', default: false },
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
	const loaded = loadPortfolio(root, undefined, undefined, { places: true });
	const { portfolio, problems, files } = loaded;
	// The editor's schemas follow the content (new tiers, people, plans) from the load just made: no second read.
	writeEditorSchemas(root, loaded, { bestEffort: true });
	const slug = values.account;
	const inAccount = (file: string) => file === `content/accounts/${slug}` || file.startsWith(`content/accounts/${slug}/`);
	if (slug && !portfolio.accounts.some((a) => a.slug === slug) && !problems.some((p) => inAccount(p.file))) {
		const known = portfolio.accounts.map((a) => a.slug);
		throw new UsageError(`no account "${shown(slug)}"${didYouMean(slug, known)} (known: ${listKnown(known, 20)})`);
	}
	const analysis = analysePortfolio(portfolio, date);
	const places = openPositionCache(root);
	locateFindings([...analysis.accounts.flatMap((a) => a.findings), ...analysis.portfolioFindings], portfolio.accounts, places);
	places.save();
	const result: CheckResult = {
		problems,
		analysis,
		filesChecked: slug ? files.filter((f) => f.startsWith(`content/accounts/${slug}/`)).length : files.length,
		account: slug,
	};
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
