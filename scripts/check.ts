/**
 * `npm run check [-- --format json] [--account <slug>]`
 * Validates all content without building the site and reports every problem
 * in every file. Exit 1 on any error, 0 otherwise.
 */
import { jsonReport, textReport } from '../src/cli/check-report';
import { parseCommandLine, runCommand, UsageError } from '../src/cli/args';
import { loadPortfolio } from '../src/loader/portfolio';

const usage = `Usage: npm run check -- [--format text|json] [--account <slug>]`;

await runCommand(() => {
	const { values } = parseCommandLine(
		process.argv.slice(2),
		{ format: { type: 'string', default: 'text' }, account: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
		usage,
	);
	if (values.help) {
		console.log(usage);
		return 0;
	}
	if (values.format !== 'text' && values.format !== 'json') throw new UsageError(`--format must be text or json\n\n${usage}`);

	const root = process.cwd();
	const { portfolio, problems: all, files: read } = loadPortfolio(root);
	let problems = all;
	let files = read.length;
	if (values.account) {
		const slug = values.account;
		if (!portfolio.accounts.some((a) => a.slug === slug) && !all.some((p) => p.file.startsWith(`content/accounts/${slug}/`))) {
			throw new UsageError(`no account "${slug}" (known: ${portfolio.accounts.map((a) => a.slug).join(', ')})`);
		}
		problems = all.filter((p) => p.file.startsWith(`content/accounts/${slug}/`));
		files = read.filter((f) => f.startsWith(`content/accounts/${slug}/`)).length;
	}
	console.log(values.format === 'json' ? jsonReport(problems) : textReport(problems, files));
	return problems.some((p) => p.severity === 'error') ? 1 : 0;
});
