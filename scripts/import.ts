/**
 * `npm run import -- <file> --kind revenue|opportunities [--preset salesforce|hubspot|generic] [--map <mapping.yaml>] [--locale <locale>] [--dry-run] [--format text|markdown|json]`
 * Reads a CRM or ERP export (CSV or .xlsx) into the plans as minimal YAML
 * edits, and reports per account the values changed, health before → after
 * and the findings opened and resolved. All or nothing: any problem (every
 * one listed, as `file:row:column: message`) writes nothing. Exit 1 on
 * problems, 2 on a usage error, 0 otherwise.
 */
import { existsSync, statSync } from 'node:fs';
import { parseCommandLine, runCommand, UsageError } from '../src/present/command-line.ts';
import { today } from '../src/build/today.ts';
import { readImportMap } from '../src/import/mapping.ts';
import { importJson, importMarkdown, importText } from '../src/import/import-report.ts';
import { PRESETS, type PresetName } from '../src/import/presets.ts';
import { runImport } from '../src/import/import-run.ts';

const usage = `Usage: npm run import -- <file.csv|file.xlsx> --kind revenue|opportunities [--preset generic|salesforce|hubspot] [--map <mapping.yaml>] [--locale <locale>] [--dry-run] [--format text|markdown|json]

  --kind     revenue (account, date or period, amount, currency) or opportunities (id, account, name, amount, stage, close date, probability, owner)
  --preset   the export's system: generic (default), salesforce or hubspot
  --map      a YAML file naming the export's columns and stages: { columns: { account: Kunde }, stages: { Verbal: negotiation }, locale: de }
  --locale   how the file writes numbers and dates when it cannot tell, e.g. de or en-US
  --dry-run  report what would change; write nothing
  --format   text (default), markdown (for a pull request) or json`;

await runCommand(async () => {
	const { values, positionals } = parseCommandLine(
		process.argv.slice(2),
		{
			kind: { type: 'string' },
			preset: { type: 'string', default: 'generic' },
			map: { type: 'string' },
			locale: { type: 'string' },
			'dry-run': { type: 'boolean', default: false },
			format: { type: 'string', default: 'text' },
			help: { type: 'boolean', short: 'h' },
		},
		usage,
		true,
	);
	if (values.help) {
		console.log(usage);
		return 0;
	}
	if (positionals.length !== 1) throw new UsageError(`name one export file to import\n\n${usage}`);
	const [file] = positionals;
	if (values.kind !== 'revenue' && values.kind !== 'opportunities') throw new UsageError(`--kind must be revenue or opportunities\n\n${usage}`);
	if (!Object.hasOwn(PRESETS, values.preset)) throw new UsageError(`--preset must be ${Object.keys(PRESETS).join(', ')}`);
	const format = values.format;
	if (format !== 'text' && format !== 'markdown' && format !== 'json') throw new UsageError(`--format must be text, markdown or json\n\n${usage}`);
	if (!existsSync(file) || !statSync(file).isFile()) throw new UsageError(`${file}: no such file`);
	const result = await runImport({
		root: process.cwd(),
		file,
		kind: values.kind,
		preset: values.preset as PresetName,
		mapping: values.map === undefined ? undefined : readImportMap(values.map),
		locale: values.locale,
		dryRun: values['dry-run'],
		today: today(),
	});
	const report = format === 'json' ? importJson(result) : format === 'markdown' ? importMarkdown(result) : importText(result);
	if (result.problems.length > 0 && format === 'text') console.error(report);
	else console.log(report);
	return result.problems.some((p) => p.severity === 'error') ? 1 : 0;
});
