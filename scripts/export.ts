/**
 * `npm run export -- --out <file.xlsx> [--owner <person>] [--tier <tier>]`
 * Writes the portfolio (or an owner's or a tier's accounts) as an Excel
 * workbook: sheets Accounts, Opportunities, Actions, Meetings and Findings.
 * The same content and today give the same bytes. Never overwrites a file
 * it did not write. Exit 1 on invalid content, an empty selection or a file
 * in the way; 2 on a usage error (an unknown owner or tier included).
 */
import { writeFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { CommandError, parseCommandLine, runCommand, UsageError } from '../src/present/command-line.ts';
import { reportContentErrors } from '../src/cli/content-errors.ts';
import { foreignFiles, prepareOutDir, recordWritten, shownPath } from '../src/present/output-guard.ts';
import { describeSelection, unknownInSelection } from '../src/domain/selection.ts';
import { analysePortfolio } from '../src/domain/analysis.ts';
import { plural } from '../src/domain/format.ts';
import { today } from '../src/build/today.ts';
import { loadedProject } from '../src/loader/project.ts';
import { portfolioWorkbook } from '../src/workbook/portfolio-workbook.ts';

const usage = `Usage: npm run export -- --out <file.xlsx> [--owner <person>] [--tier <tier>]

  --out    the .xlsx file to write (never overwrites a file Keyplan did not write)
  --owner  only the accounts this person owns (a person id)
  --tier   only the accounts of this tier`;

await runCommand(async () => {
	const { values } = parseCommandLine(
		process.argv.slice(2),
		{ out: { type: 'string' }, owner: { type: 'string' }, tier: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
		usage,
	);
	if (values.help) {
		console.log(usage);
		return 0;
	}
	if (!values.out) throw new UsageError(`--out is required\n\n${usage}`);
	if (!values.out.toLowerCase().endsWith('.xlsx')) throw new UsageError(`--out ${values.out}: name the workbook with .xlsx at the end, e.g. --out portfolio.xlsx`);
	const date = today();
	const out = resolve(values.out);
	const dir = dirname(out);
	const file = basename(out);
	prepareOutDir(dir);

	const { portfolio, problems } = loadedProject(process.cwd());
	if (reportContentErrors(problems) > 0) return 1;
	const analysis = analysePortfolio(portfolio, date);
	const selection = { owner: values.owner, tier: values.tier };
	const unknown = unknownInSelection(analysis, selection);
	if (unknown.length > 0) throw new UsageError(unknown.join('\n'));
	if (foreignFiles(dir, [file]).length > 0) {
		throw new CommandError(`${shownPath(out)}: exists and was not written by Keyplan (or was changed since). Nothing was written: move it away, or choose another --out file.`);
	}
	const started = performance.now();
	const { bytes, accounts } = await portfolioWorkbook(analysis, selection);
	if (accounts === 0) throw new CommandError(`No account matches: ${describeSelection(analysis, selection)}. Nothing was written.`);
	writeFileSync(out, bytes);
	recordWritten(dir, [file]);
	console.log(`${shownPath(out)}: ${plural(accounts, 'account')}, as of ${date}; ${Math.round(bytes.length / 1024)} KB in ${Math.round(performance.now() - started)} ms`);
	return 0;
});
