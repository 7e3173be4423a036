/**
 * The benchmark's result: every figure as a ratio to its baseline measured in
 * the same run, beside the target of issue 10, as a Markdown table (printed,
 * and written to `bench/results-<N>.md`, which git ignores).
 */
import { cpus, freemem, loadavg, totalmem } from 'node:os';
import { DIGEST_TARGET_S, type DigestMeasured } from './digest';
import type { ImportExportFigures } from './import-export';
import type { LargePlanFigures } from './large-plans';
import type { OnepagerFigures } from './onepagers';
import { libraryLines, type LibraryFigures } from './libraries';
import type { Measured } from './measure';
import type { WatchFigures } from './watch';

/** Load average when the run started (this module loads first thing). */
export const LOAD_AT_START = loadavg()[0];

/** Everything one run measured. */
export interface Results {
	accounts: number;
	images: number;
	/** The first `check` after a change to the code: it compiles the script first (caches empty too). */
	checkCompile: Measured;
	checkCold: Measured;
	checkWarm: Measured;
	/** `check --watch`: from saving a new mistake (and its fix) to its report. */
	watch: WatchFigures;
	bareAstro: Measured;
	buildCold: Measured;
	/** Drawing time of one image on a worker in the cold build, from its log. */
	imageEachMs?: number;
	/** The build again with every image in the cache (the site without drawing images). */
	siteOnly: Measured;
	/** The same site build with plan history turned off (KEYPLAN_HISTORY=0): the difference is what history costs. */
	siteNoHistory: Measured;
	/** Commits per plan in the generated repository. */
	historyCommits: number;
	/** Images that build still drew (0 unless the cache missed). */
	warmRebuild: Measured;
	warmRendered: number;
	warmReused: number;
	/** Routes of the warm rebuild, and how many of them Astro copied from the cold build (incremental build). */
	warmRoutes: { routes: number; copied: number };
	editedAccount: string;
	onepagers: Measured & { figures: OnepagerFigures };
	/** Hand-written parts beside maintained libraries (bench/libraries.ts). */
	libraries: LibraryFigures;
	/** One large or hostile plan: contacts in a reporting chain, a cycle, an alias bomb (bench/large-plans.ts). */
	largePlans: LargePlanFigures;
	/** `npm run import` of 100 revenue rows per account, then `npm run export`. */
	importExport: ImportExportFigures;
	dist: { bytes: number; imageBytes: number };
	/** `npm run digest -- --out`, cold: every person's and the director's digest (issue 24). */
	digest: DigestMeasured;
	rssNote: string;
}

/** A target: met when `value` compares as `op` to `limit`. */
interface Target {
	op: '≤' | '≥';
	limit: number;
	unit?: string;
}

interface Row {
	measure: string;
	value: string;
	baseline: string;
	ratio: string;
	target: string;
	met: string;
	rss: string;
}

const seconds = (ms: number) => (ms >= 10_000 ? `${(ms / 1000).toFixed(0)} s` : `${(ms / 1000).toFixed(2)} s`);
const millis = (ms: number) => `${ms.toFixed(0)} ms`;
const mb = (bytes?: number) =>
	bytes === undefined ? 'unknown' : bytes >= 1024 ** 3 ? `${(bytes / 1024 ** 3).toFixed(2)} GB` : bytes >= 1024 ** 2 ? `${(bytes / 1024 ** 2).toFixed(bytes < 10 * 1024 ** 2 ? 1 : 0)} MB` : `${(bytes / 1024).toFixed(0)} KB`;
const rss = (m?: Measured) => (m === undefined ? '' : mb(m.peakRss));

/** A row with a ratio and a target (unit "×" unless given). */
function ratioRow(measure: string, value: string, baseline: string, ratio: number, target: Target | undefined, m?: Measured): Row {
	const met = target === undefined ? '' : (target.op === '≤' ? ratio <= target.limit : ratio >= target.limit) ? 'met' : '**missed**';
	const unit = target?.unit ?? '×';
	return { measure, value, baseline, ratio: `${ratio.toFixed(2)}${unit === '×' ? '×' : ` ${unit}`}`, target: target ? `${target.op} ${target.limit}${unit === '×' ? '×' : ` ${unit}`}` : '', met, rss: rss(m) };
}

/** A row with an absolute time limit (the issue's figure at 1,000 accounts) instead of a ratio. */
function limitRow(measure: string, m: Measured, limitMs: number): Row {
	return { measure, value: seconds(m.ms), baseline: '', ratio: '', target: `≤ ${limitMs / 1000} s at 1,000 accounts`, met: m.ms <= limitMs ? 'met' : '**missed**', rss: rss(m) };
}

/** The rows of the table. */
export function rows(r: Results): Row[] {
	const bare = r.bareAstro.ms;
	const bareAstro = `bare Astro + MDX build ${seconds(bare)}`;
	const f = r.onepagers.figures;
	const serialEach = f.serialMs / f.images;
	const peak = Math.max(...[r.checkCold, r.checkWarm, r.buildCold, r.siteOnly, r.siteNoHistory, r.warmRebuild].map((m) => m.peakRss ?? 0));
	const tree = Math.max(...[r.buildCold, r.siteOnly, r.siteNoHistory, r.warmRebuild].map((m) => m.treeRss ?? 0));
	const perAccount = r.dist.bytes / r.accounts;
	const known = peak > 0;
	return [
		ratioRow('`check`, first run (cold)', seconds(r.checkCold.ms), bareAstro, r.checkCold.ms / bare, { op: '≤', limit: 0.25 }, r.checkCold),
		ratioRow('`check`, second run (warm)', seconds(r.checkWarm.ms), bareAstro, r.checkWarm.ms / bare, { op: '≤', limit: 0.1 }, r.checkWarm),
		{
			measure: `\`check --watch\`: a new mistake saved in one plan, reported alone (median of ${r.watch.introduced.length}; fixes reported in ${r.watch.fixed.map(millis).join(', ')})`,
			value: millis(r.watch.medianMs),
			baseline: '',
			ratio: '',
			target: '≤ 2 s',
			met: r.watch.medianMs <= 2000 ? 'met' : '**missed**',
			rss: '',
		},
		ratioRow('`check`, first run after a change to the code (compiles the script, then runs cold)', seconds(r.checkCompile.ms), bareAstro, r.checkCompile.ms / bare, undefined, r.checkCompile),
		ratioRow('full `astro build`, cold (caches empty)', seconds(r.buildCold.ms), bareAstro, r.buildCold.ms / bare, undefined, r.buildCold),
		// Issue 10's site alone is pages, search index and calendars; plan history came later with its own budget (the row after next).
		ratioRow('site without images: pages, search index, calendars (KEYPLAN_IMAGES=0 KEYPLAN_HISTORY=0)', seconds(r.siteNoHistory.ms), bareAstro, r.siteNoHistory.ms / bare, { op: '≤', limit: 2.5 }, r.siteNoHistory),
		ratioRow('site without images, with plan history (KEYPLAN_IMAGES=0)', seconds(r.siteOnly.ms), bareAstro, r.siteOnly.ms / bare, undefined, r.siteOnly),
		ratioRow(
			`plan history, cold (${r.historyCommits} commits per account): site build with it − without (KEYPLAN_HISTORY=0 ${seconds(r.siteNoHistory.ms)}), share of the full cold build`,
			seconds(r.siteOnly.ms - r.siteNoHistory.ms),
			`full build ${seconds(r.buildCold.ms)}`,
			(100 * (r.siteOnly.ms - r.siteNoHistory.ms)) / r.buildCold.ms,
			{ op: '≤', limit: 20, unit: '%' },
		),
		ratioRow(`warm rebuild after editing one plan (${r.warmRendered} rendered, ${r.warmReused.toLocaleString('en')} reused)`, seconds(r.warmRebuild.ms), bareAstro, r.warmRebuild.ms / bare, { op: '≤', limit: 3 }, r.warmRebuild),
		ratioRow(`per image, one at a time (PNG, empty cache, warmed up; ${f.images} images)`, millis(serialEach), `bare satori + sharp ${millis(f.bareEachMs)}`, serialEach / f.bareEachMs, { op: '≤', limit: 0.5 }, r.onepagers),
		ratioRow(
			`per image, worker pool (${f.cores} workers, started in ${millis(f.poolStartMs)}): speed-up over one at a time in this process (as \`npm run dev\` draws)`,
			millis(f.poolMs / f.images),
			`one at a time ${millis(serialEach)}`,
			f.serialMs / f.poolMs,
			{ op: '≥', limit: 1.8 },
		),
		ratioRow(
			`per image, worker pool: speed-up over a pool of one worker (set up as the pool's are); the pool kept ${Math.round(100 * f.poolBusy)} % of the ${f.cores} cores busy`,
			millis(f.poolMs / f.images),
			`one worker ${millis(f.oneWorkerMs / f.images)}`,
			f.oneWorkerMs / f.poolMs,
			undefined,
		),
		ratioRow(
			'one plan with 5,000 contacts in one reporting chain: loaded, checked, analysed, org chart laid out (10× the contacts; linear is at most 10×)',
			millis(r.largePlans.chain5000Ms),
			`500 contacts ${millis(r.largePlans.chain500Ms)}`,
			r.largePlans.chain5000Ms / r.largePlans.chain500Ms,
			{ op: '≤', limit: 15 },
		),
		ratioRow('the same 5,000 contacts closed into a cycle: one error, its text cut', millis(r.largePlans.cycle5000Ms), `the chain ${millis(r.largePlans.chain5000Ms)}`, r.largePlans.cycle5000Ms / r.largePlans.chain5000Ms, { op: '≤', limit: 10 }),
		ratioRow(
			'a YAML alias bomb ("billion laughs") in the settings and in a plan: both refused',
			millis(r.largePlans.aliasBombMs),
			`the sample plan ${millis(r.largePlans.sampleMs)}`,
			r.largePlans.aliasBombMs / r.largePlans.sampleMs,
			{ op: '≤', limit: 20 },
		),
		limitRow(`\`npm run import\` of ${r.importExport.rows.toLocaleString('en')} revenue rows (CSV) into ${r.accounts.toLocaleString('en')} plans`, r.importExport.import, 10_000),
		limitRow(`\`npm run export\` of ${r.accounts.toLocaleString('en')} accounts to a workbook (after the import)`, r.importExport.export, 5_000),
		{ measure: '`npm run export`, every cache off (KEYPLAN_NO_CACHE=1)', value: seconds(r.importExport.exportCold.ms), baseline: '', ratio: '', target: '', met: '', rss: rss(r.importExport.exportCold) },
		{ measure: 'images in the cold build (drawn on the workers while pages render)', value: r.images.toLocaleString('en'), baseline: '', ratio: r.imageEachMs === undefined ? '' : `${millis(r.imageEachMs)} each on a worker`, target: '', met: '', rss: '' },
		{
			measure: 'peak RSS, largest process of `check` and the builds',
			value: known ? mb(peak) : 'unknown',
			baseline: `bare Astro ${rss(r.bareAstro)}`,
			ratio: '',
			target: r.accounts >= 1000 ? '≤ 1.5 GB at 1,000 accounts' : '≤ 1.5 GB (at 1,000 accounts)',
			met: !known ? '' : peak <= 1.5 * 1024 ** 3 ? 'met' : '**missed**',
			rss: '',
		},
		{
			measure: 'peak RSS, whole process tree of the builds (every process added up, Pagefind\'s indexer included)',
			value: tree > 0 ? mb(tree) : 'unknown',
			baseline: `bare Astro ${r.bareAstro.treeRss === undefined ? 'unknown' : mb(r.bareAstro.treeRss)}`,
			ratio: '',
			target: '',
			met: '',
			rss: '',
		},
		{
			measure: '`dist/` per account',
			value: `${mb(perAccount)} (${mb(r.dist.bytes)} in all, ${Math.round((100 * r.dist.imageBytes) / Math.max(1, r.dist.bytes))}% images)`,
			baseline: '',
			ratio: '',
			target: '≤ 1 MB/account',
			met: perAccount <= 1024 ** 2 ? 'met' : '**missed**',
			rss: '',
		},
		{
			measure: `weekly digests, cold: every person's and the director's e-mail (${r.digest.messages} messages), the week's commits judged (\`npm run digest -- --out\`)`,
			value: seconds(r.digest.ms),
			baseline: '',
			ratio: '',
			target: `≤ ${DIGEST_TARGET_S} s at 1,000 accounts`,
			met: r.digest.ms <= DIGEST_TARGET_S * 1000 ? 'met' : '**missed**',
			rss: rss(r.digest),
		},
		{ measure: 'PNG size, largest', value: `${Math.round(f.pngBytes.max / 1024)} KB`, baseline: '', ratio: '', target: '≤ 250 KB', met: f.pngBytes.max <= 250 * 1024 ? 'met' : '**missed**', rss: '' },
	];
}

/** The whole report as Markdown: a heading with the machine, the table, notes. */
export function markdown(r: Results): string {
	const cpu = cpus();
	const header = ['Measure', 'Value', 'Baseline (same run)', 'Ratio', 'Target', '', 'Peak RSS'];
	const table = [header, header.map(() => '---'), ...rows(r).map((x) => [x.measure, x.value, x.baseline, x.ratio, x.target, x.met, x.rss])]
		.map((cells) => `| ${cells.join(' | ')} |`)
		.join('\n');
	return [
		`### ${r.accounts.toLocaleString('en')} accounts, ${r.images.toLocaleString('en')} images`,
		'',
		`Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ` +
			`${mb(totalmem())} RAM (${mb(freemem())} free at the end), load average ${LOAD_AT_START.toFixed(1)} at the start and ${loadavg()[0].toFixed(1)} at the end, Node ${process.version}.`,
		'',
		table,
		'',
		`- Bare Astro + MDX: \`bench/baseline-astro/\` building the same ${r.accounts.toLocaleString('en')} plan bodies as pages, cold. Bare satori + sharp: the same element trees, fonts loaded, warmed up.`,
		'- `check` (cold and warm) and the bare Astro build: the median of 3 runs each, taken in rounds of one of each so that the machine\'s drift weighs on them alike (they vary by about a fifth from run to run on a shared machine); the builds: one run each.',
		'- `check` runs compiled into one file (`node_modules/.keyplan-cli/`, made on the first run after any change to the code, like tsx\'s own transform cache); "cold" empties every content cache, not that compiled code. The row "first run after a change to the code" pays for the compile too.',
		`- Warm rebuild: \`${r.editedAccount}\`'s first objective title and narrative edited after the cold build; its log says ${r.warmRendered} images rendered, ${r.warmReused.toLocaleString('en')} reused, and ${r.warmRoutes.copied.toLocaleString('en')} of ${r.warmRoutes.routes.toLocaleString('en')} routes (pages, images, calendars) copied from the cold build by Astro's incremental build.`,
		`- Per-image figures from the images of the first ${r.onepagers.figures.accounts} accounts (all layouts).`,
		...libraryLines(r.libraries).map((line) => `- Beside a library: ${line}.`),
		`- ${r.rssNote}; the one-pager row's RSS is the benchmark process itself (pool, in-process renderer and bare satori together), not a product command.`,
		'',
	].join('\n');
}
