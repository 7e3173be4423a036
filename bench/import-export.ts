/**
 * Import and export at scale, as a user runs them: `npm run import` of an
 * ERP revenue report with 100,000 rows (100 invoices per account for 1,000
 * accounts, two fiscal years, amounts as an ERP writes them) and `npm run
 * export` of the whole portfolio, each measured as its own process (wall
 * time, peak RSS). Standalone: `tsx bench/import-export.ts [--accounts N]
 * [--rows R]` generates a project (bench/generate.ts), measures, prints and
 * removes it; `bench/index.ts` calls `importExportFigures` on its project.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCommandLine, runCommand, UsageError } from '../src/present/command-line';
import { generateProject, type Project } from './generate';
import { benchEnv, measure, type Measured } from './measure';

/** Revenue rows of the figure: 100,000 for 1,000 accounts. */
export const REVENUE_ROWS_PER_ACCOUNT = 100;

/** What one import-and-export run measured. */
export interface ImportExportFigures {
	accounts: number;
	rows: number;
	import: Measured;
	/** The export after the import, with the parse cache as the import left it. */
	export: Measured;
	/** The same export with every cache off (KEYPLAN_NO_CACHE=1): each plan parsed and checked again. */
	exportCold: Measured;
}

/** A revenue CSV of `rows` rows spread over the project's accounts: invoices dated over 2025 and 2026, amounts with thousands separators. */
export function revenueCsv(project: Project, rows: number): string {
	const lines = ['Account,Date,Amount,Currency'];
	for (let i = 0; i < rows; i++) {
		const account = project.accounts[i % project.accounts.length];
		const month = (i * 7) % 23;
		const date = `${2025 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
		const cents = 100_000 + ((i * 7919) % 9_000_000);
		const amount = `${Math.floor(cents / 100).toLocaleString('en-US')}.${String(cents % 100).padStart(2, '0')}`;
		lines.push(`"${account.name}",${date},"${amount}",EUR`);
	}
	return `${lines.join('\r\n')}\r\n`;
}

/** Runs one measured step; `bench/index.ts` passes its own, which prints progress. */
type Step = (label: string, run: () => Promise<Measured>) => Promise<Measured>;

/**
 * Imports `rows` revenue rows into the project and exports it, each as its
 * npm script runs it (`node scripts/compiled.mjs …`); the scripts are
 * compiled once before, unmeasured, as after any first run.
 */
export async function importExportFigures(project: Project, rows = project.accounts.length * REVENUE_ROWS_PER_ACCOUNT, step: Step = (_, run) => run()): Promise<ImportExportFigures> {
	const { root } = project;
	writeFileSync(join(root, 'revenue.csv'), revenueCsv(project, rows));
	const env = benchEnv();
	const script = (name: string, args: string[]) => [join(root, 'scripts', 'compiled.mjs'), `scripts/${name}.ts`, ...args];
	for (const name of ['import', 'export']) await measure(`compiling ${name}`, process.execPath, script(name, ['--help']), root, env);
	const imported = await step(`npm run import of ${rows.toLocaleString('en')} revenue rows`, () => measure('npm run import', process.execPath, script('import', ['revenue.csv', '--kind', 'revenue']), root, env));
	rmSync(join(root, 'out'), { recursive: true, force: true });
	const exported = await step(`npm run export of ${project.accounts.length.toLocaleString('en')} accounts`, () => measure('npm run export', process.execPath, script('export', ['--out', 'out/portfolio.xlsx']), root, env));
	rmSync(join(root, 'out'), { recursive: true, force: true });
	const exportCold = await step('npm run export, every cache off', () => measure('npm run export (no cache)', process.execPath, script('export', ['--out', 'out/portfolio.xlsx']), root, { ...env, KEYPLAN_NO_CACHE: '1' }));
	return { accounts: project.accounts.length, rows, import: imported, export: exported, exportCold };
}

const usage = 'Usage: tsx bench/import-export.ts [--accounts N] [--rows R]';

const mb = (bytes?: number) => (bytes === undefined ? 'unknown' : `${Math.round(bytes / 1024 ** 2)} MB`);

/** The figures against the targets, one line each. */
export function importExportLines(f: ImportExportFigures): string[] {
	const verdict = (ms: number, limit: number) => (ms <= limit ? 'met' : 'MISSED');
	return [
		`import of ${f.rows.toLocaleString('en')} revenue rows for ${f.accounts.toLocaleString('en')} accounts: ${(f.import.ms / 1000).toFixed(2)} s (target ≤ 10 s at 1,000 accounts: ${verdict(f.import.ms, 10_000)}), peak RSS ${mb(f.import.peakRss)}`,
		`export of ${f.accounts.toLocaleString('en')} accounts: ${(f.export.ms / 1000).toFixed(2)} s (target ≤ 5 s at 1,000 accounts: ${verdict(f.export.ms, 5_000)}), peak RSS ${mb(f.export.peakRss)}`,
		`export with every cache off (each plan parsed again): ${(f.exportCold.ms / 1000).toFixed(2)} s, peak RSS ${mb(f.exportCold.peakRss)}`,
	];
}

if (import.meta.filename === process.argv[1]) {
	await runCommand(async () => {
		const { values } = parseCommandLine(process.argv.slice(2), { accounts: { type: 'string', default: '1000' }, rows: { type: 'string' } }, usage);
		const count = Number(values.accounts);
		if (!Number.isInteger(count) || count < 1) throw new UsageError(usage);
		const project = generateProject(count);
		try {
			const figures = await importExportFigures(project, values.rows === undefined ? undefined : Number(values.rows));
			for (const line of importExportLines(figures)) console.log(line);
		} finally {
			rmSync(project.root, { recursive: true, force: true });
		}
		return 0;
	});
}
