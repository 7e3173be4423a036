/**
 * `npm run onepagers -- --out <dir> [--account <slug>]… [--svg]`
 * Renders the one-page plan images (PNG, 1920×1080; with `--svg` also SVG)
 * without building the site, for someone preparing a deck: the same files,
 * paths and cache as `npm run build`. Exit 1 on invalid content, an unknown account, a file in
 * the way that Keyplan did not write (it is never overwritten) or a corrupt
 * manifest, 2 on a usage error (including an --out that is a file or not
 * writable).
 */
import { resolve } from 'node:path';
import { unusableCacheRoot } from '../src/build/cache-root.ts';
import { CommandError, parseCommandLine, runCommand, UsageError } from '../src/present/command-line.ts';
import { reportContentErrors } from '../src/cli/content-errors.ts';
import { terminalText } from '../src/encode/terminal.ts';
import { foreignFiles, prepareOutDir, recordWritten } from '../src/present/output-guard.ts';
import { today } from '../src/build/today.ts';
import { shown } from '../src/loader/slugs.ts';
import { loadPortfolio } from '../src/loader/portfolio.ts';
import { portfolioJobs } from '../src/onepager/jobs.ts';
import { renderPortfolioImages } from '../src/onepager/pipeline.ts';
import { listKnown } from '../src/schema/suggest.ts';

const usage = `Usage: npm run onepagers -- --out <dir> [--account <slug>]… [--svg]

  --out      directory to write accounts/<slug>/onepager.png, … into
  --account  only this account (repeat for several)
  --svg      also write each image as SVG (vector, about 1 MB each), beside the PNG`;

await runCommand(async () => {
	const { values } = parseCommandLine(
		process.argv.slice(2),
		{ out: { type: 'string' }, account: { type: 'string', multiple: true }, svg: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } },
		usage,
	);
	if (values.help) {
		console.log(usage);
		return 0;
	}
	if (!values.out) throw new UsageError(`--out is required\n\n${usage}`);
	const root = process.cwd();
	const date = today();
	const outDir = resolve(values.out);
	prepareOutDir(outDir);
	const unusable = unusableCacheRoot(process.cwd());
	if (unusable) throw new CommandError(unusable);
	const { portfolio, problems } = loadPortfolio(root);
	if (reportContentErrors(problems) > 0) return 1;
	const known = new Set(portfolio.accounts.map((a) => a.slug));
	const unknown = (values.account ?? []).filter((slug) => !known.has(slug));
	if (unknown.length > 0) {
		console.error(terminalText(`unknown account${unknown.length === 1 ? '' : 's'}: ${unknown.map((slug) => shown(slug)).join(', ')} (known: ${listKnown([...known], 20)})`));
		return 1;
	}
	const only = values.account?.length ? new Set(values.account) : undefined;
	const formats = values.svg ? (['png', 'svg'] as const) : (['png'] as const);
	const targets = portfolioJobs(portfolio, date, only).flatMap((job) => formats.map((format) => `${job.path}.${format}`));
	const inTheWay = foreignFiles(outDir, targets);
	if (inTheWay.length > 0) {
		for (const rel of inTheWay) console.error(terminalText(`${rel}: exists and was not written by Keyplan (or was changed since)`));
		console.error(`Nothing was written: move ${inTheWay.length === 1 ? 'that file' : `those ${inTheWay.length} files`} away, or choose another --out folder.`);
		return 1;
	}
	const summary = await renderPortfolioImages({
		root,
		outDir,
		portfolio,
		formats,
		today: date,
		accounts: values.account,
		onProgress: ({ done, total, job, reused, ms }) => console.log(`[${done}/${total}] ${job.path}.${formats.join(' + .')} ${reused ? 'reused' : `rendered in ${Math.round(ms ?? 0)} ms`}`),
	});
	recordWritten(outDir, targets);
	if (summary.damaged > 0) console.warn(`one-pagers: ${summary.damaged} cache ${summary.damaged === 1 ? 'entry' : 'entries'} damaged, rendered again`);
	console.log(`${summary.rendered} rendered, ${summary.reused} reused: ${summary.total} images in ${outDir} (as of ${date})`);
	return 0;
});
