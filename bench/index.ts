/**
 * `npm run bench [-- --accounts N] [--keep]`: the performance benchmark.
 *
 * Generates a throw-away project with N accounts (default: the sample as it
 * is) and measures, one command at a time, in this one run on this machine:
 * `check` cold and warm, a cold full build, the same build with every image
 * left out (`KEYPLAN_IMAGES=0`: the site alone), the same without plan history
 * (`KEYPLAN_HISTORY=0`; the project is a git repository with 20 commits per
 * plan, see bench/history.ts), a warm rebuild after editing one
 * plan, the one-pagers per image (pool, one worker and one at a time in this
 * process), peak RSS of every command (its largest process, and its whole
 * process tree added up) and the size of `dist/` — each as a ratio to a baseline measured in
 * the same run (a bare Astro + MDX site of the same plan bodies; bare satori +
 * sharp on the same layouts), beside the targets of issue 10. Ends with a
 * Markdown table, also written to `bench/results-<N>.md`.
 */
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { CommandError, parseCommandLine, runCommand, UsageError } from '../src/present/command-line';
import { buildBaseline, prepareBaseline } from './baseline';
import { editPlan, generateProject, REPO, type Project } from './generate';
import { measureDigest } from './digest';
import { addHistory, HISTORY_COMMITS } from './history';
import { benchEnv, interrupt, measure, rssMethodNote, type Measured } from './measure';
import type { OnepagerFigures } from './onepagers';
import { measureWatch } from './watch';
import type { LibraryFigures } from './libraries';
import type { LargePlanFigures } from './large-plans';
import { importExportFigures } from './import-export';
import { LOAD_AT_START, markdown, type Results } from './report';

const usage = `Usage: npm run bench -- [--accounts N] [--keep]

  --accounts  how many accounts to generate, copied round-robin from the
              sample plans (default: the sample accounts as they are)
  --keep      keep the generated projects (their paths are printed)`;

/** Accounts whose images the per-image figures use: every layout, and enough images (about 84) that the pool's last image does not weigh on its speed-up. */
const ONEPAGER_ACCOUNTS = 40;

/** Total size of the files under `dir`, and of the one-pager images among them. */
function sizeOf(dir: string): { bytes: number; imageBytes: number } {
	let bytes = 0;
	let imageBytes = 0;
	for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		const size = statSync(join(entry.parentPath, entry.name)).size;
		bytes += size;
		if (/^onepager(-customer)?\.(png|svg)$/.test(entry.name)) imageBytes += size;
	}
	return { bytes, imageBytes };
}

/** The "one-pagers: N rendered, M reused (…, X ms each on a worker)" summary line of a build log. */
function imageSummary(output: string, label: string): { rendered: number; reused: number; eachMs?: number } {
	const line = output.replace(/\x1b\[[0-9;]*m/g, '').match(/one-pagers: (\d+) rendered, (\d+) reused.*/);
	if (!line) throw new CommandError(`${output.trim().split('\n').slice(-40).join('\n')}\n\nbench: the log of ${label} has no "one-pagers: … rendered, … reused" line, so its images cannot be counted.`);
	const each = /(\d+) ms each/.exec(line[0]);
	return { rendered: Number(line[1]), reused: Number(line[2]), eachMs: each ? Number(each[1]) : undefined };
}

/**
 * Fails unless the build wrote every account page and said it was complete: a build that ends half way must not
 * give a figure (one did, with exit code 0, before the build learnt to fail on it).
 */
function expectComplete(output: string, accounts: number, label: string): void {
	const log = output.replace(/\x1b\[[0-9;]*m/g, '');
	const pages = log.match(/[├└]─ \/accounts\/[^/\s]+\/index\.html/g)?.length ?? 0;
	if (!/\[build\] Complete!/.test(log) || pages !== accounts)
		throw new CommandError(`${log.trim().split('\n').slice(-20).join('\n')}\n\nbench: ${label} did not finish: ${pages} of ${accounts} account pages, and no "Complete!" line.`);
}

/**
 * How many routes (pages, images, calendars) a build wrote, and how many of them Astro copied from the last build.
 * Counted by marker, not by line: pages render four at a time, so a route's status may follow another route's name.
 */
function routeSummary(output: string): { routes: number; copied: number } {
	const log = output.replace(/\x1b\[[0-9;]*m/g, '');
	return { routes: log.match(/[├└]─ \//g)?.length ?? 0, copied: log.match(/\((restored|cached)\)/g)?.length ?? 0 };
}

/** How many times the short measurements (`check`, the bare Astro build) are taken; the median run is reported. */
const RUNS = 3;

/** Prints a step, runs it, prints its time and peak RSS. */
async function step<T extends Measured>(label: string, run: () => Promise<T>): Promise<T> {
	process.stdout.write(`bench: ${label}… `);
	let result: T;
	try {
		result = await run();
	} catch (error) {
		console.log('failed\n');
		throw error;
	}
	const rss = result.peakRss === undefined ? '' : `, peak RSS ${(result.peakRss / 1024 ** 2).toFixed(0)} MB`;
	console.log(`${(result.ms / 1000).toFixed(1)} s${rss}`);
	return result;
}

/** Edits the first account's first objective title and narrative: a typical small change to one plan. */
function editOnePlan(project: Project): string {
	const slug = project.accounts[0].slug;
	editPlan(
		join(project.root, 'content', 'accounts', slug, 'plan.mdx'),
		(doc) => {
			const title = doc.getIn(['objectives', 0, 'title']);
			if (typeof title === 'string') doc.setIn(['objectives', 0, 'title'], `${title} (revised)`);
		},
		(body) => `${body.trimEnd()}\n\nRevised after the last quarterly business review.\n`,
	);
	return slug;
}

/** Runs every measurement on `project`; adds the temp folders it makes to `dirs`. */
async function run(project: Project, dirs: string[]): Promise<Results> {
	const { root } = project;
	const bin = (name: string) => join(root, 'node_modules', '.bin', name);
	const n = project.accounts.length;
	// The generated project's own caches (its node_modules/.cache is not shared with the repository), also when
	// KEYPLAN_CACHE_DIR is set outside: emptied before each cold run.
	const cache = join(root, 'node_modules', '.cache');
	const env = benchEnv({ KEYPLAN_CACHE_DIR: cache });
	const emptyCaches = () => rmSync(cache, { recursive: true, force: true });
	emptyCaches();

	// The first run is also the validity check: a content error fails it (findings are fine).
	// What `npm run check` and `npm run build` run (without npm's own start-up), from the project's package.json:
	// `NAME=value …` first, then the command and its arguments.
	const scripts = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
	const script = (name: string) => {
		const words = scripts[name].split(' ');
		const assignments = words.filter((_word, i) => words.slice(0, i + 1).every((x) => /^[A-Z_]+=/.test(x)));
		const [command, ...args] = words.slice(assignments.length);
		const vars = Object.fromEntries(assignments.map((a) => [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)]));
		// Each run's output is kept beside the results (`bench/<label>-<N>.log`, git-ignored), to see where a figure's time went.
		const log = (label: string) => join(REPO, 'bench', `${label.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '')}-${n}.log`);
		return (label: string, extra: Record<string, string> = {}) =>
			measure(label, bin(command), args, root, { ...env, ...vars, ...extra }).then((measured) => {
				writeFileSync(log(label), measured.output);
				if (name === 'build') expectComplete(measured.output, n, label);
				return measured;
			});
	};
	const runCheck = script('check');
	const runBuild = script('build');
	// `check` (cold and warm) and the bare Astro build are short, and vary by a fifth from one run to the next on a
	// shared machine: each is measured RUNS times and its median run is reported (the ratios divide by them).
	// `check` and `review` run compiled (src/cli/compiled.mjs): the first run after a change to the code compiles them,
	// once; measured on its own, so that "cold" below means what it says for the content (every cache empty).
	const checkCompile = await step(`check, first run after a code change (compiles the script, caches empty), ${n} accounts`, () => {
		emptyCaches();
		rmSync(join(root, 'node_modules', '.keyplan-cli'), { recursive: true, force: true });
		return runCheck('npm run check (compiles)');
	});
	// Taken in rounds, one of each per round (cold check, warm check, bare Astro build), so that whatever else the
	// machine is doing weighs on a figure and on its baseline alike: a shared machine's speed drifts over minutes.
	const rounds: { cold: Measured; warm: Measured; bare: Measured }[] = [];
	for (let round = 1; round <= RUNS; round++) {
		const cold = await step(`check, first run (cold), ${n} accounts, round ${round} of ${RUNS}`, () => {
			emptyCaches();
			return runCheck('npm run check');
		});
		const warm = await step(`check, second run (warm), round ${round} of ${RUNS}`, () => runCheck('npm run check (second run)'));
		const bare = await step(`bare Astro + MDX build, ${n} pages, round ${round} of ${RUNS}`, () => {
			// A fresh copy each time: every build of the baseline is cold.
			const baselineRoot = prepareBaseline(project);
			dirs.push(baselineRoot);
			return buildBaseline(baselineRoot, n);
		});
		rounds.push({ cold, warm, bare });
	}
	const median = (pick: (round: (typeof rounds)[number]) => Measured) => rounds.map(pick).sort((a, b) => a.ms - b.ms)[Math.floor(RUNS / 2)];
	// `check --watch`: a new mistake saved in one plan, reported alone, within 2 s (bench/watch.ts).
	process.stdout.write(`bench: check --watch, a new mistake and its fix saved in ${RUNS} plans… `);
	const watch = await measureWatch(root, project.accounts.map((a) => a.slug), RUNS, env);
	console.log(`${(watch.medianMs / 1000).toFixed(2)} s (median to report a new mistake)`);
	const checkCold = median((r) => r.cold);
	const checkWarm = median((r) => r.warm);
	const bareAstro = median((r) => r.bare);
	emptyCaches();
	const buildCold = await step('full build, cold (caches empty)', () => runBuild('astro build (cold)'));
	const cold = imageSummary(buildCold.output, 'the cold build');
	const dist = sizeOf(join(root, 'dist'));
	// A warm rebuild right after the cold build, every cache as that build left it (parsed files, history, images,
	// decks): it redraws and rewrites only what the edit changed.
	const editedAccount = editOnePlan(project);
	const warmRebuild = await step(`warm rebuild after editing ${editedAccount}`, () => runBuild('astro build (warm, after one edit)'));
	const warm = imageSummary(warmRebuild.output, 'the warm rebuild');
	// The site alone (pages, search index, calendars): KEYPLAN_IMAGES=0 leaves the image routes (and decks) out; every
	// other cache emptied before each of the two runs, so both are cold; the second also leaves plan history out.
	const emptyAllButImages = () => {
		for (const entry of readdirSync(cache)) if (entry !== 'keyplan-onepagers') rmSync(join(cache, entry), { recursive: true, force: true });
	};
	emptyAllButImages();
	const siteOnly = await step('site build without images (KEYPLAN_IMAGES=0)', () => runBuild('astro build (no images)', { KEYPLAN_IMAGES: '0' }));
	emptyAllButImages();
	const siteNoHistory = await step('site build without images and without history (KEYPLAN_HISTORY=0)', () => runBuild('astro build (no images, no history)', { KEYPLAN_IMAGES: '0', KEYPLAN_HISTORY: '0' }));

	const sample = Math.min(n, ONEPAGER_ACCOUNTS);
	const onepagers = await step(`one-pagers of ${sample} accounts: pool, one at a time, bare satori + sharp`, () =>
		measure('the one-pager benchmark', bin('tsx'), [join(REPO, 'bench', 'onepagers.ts'), '--root', root, '--accounts', String(sample), '--json'], root, env),
	);
	const figures = JSON.parse(onepagers.output.trim().split('\n').at(-1)!) as OnepagerFigures;
	const compared = await step('hand-written parts beside libraries: the pool and tinypool, svg-compact and svgo', () =>
		measure('the library comparison', bin('tsx'), [join(REPO, 'bench', 'libraries.ts'), '--root', root, '--json'], root, env),
	);
	const libraries = JSON.parse(compared.output.trim().split('\n').at(-1)!) as LibraryFigures;
	// One plan, large or hostile: independent of N (bench/large-plans.ts).
	const large = await step('large plans: 500 and 5,000 contacts in one reporting chain, a 5,000-contact cycle, a YAML alias bomb', () =>
		measure('the large-plan benchmark', bin('tsx'), [join(REPO, 'bench', 'large-plans.ts'), '--json'], root, env),
	);
	const largePlans = JSON.parse(large.output.trim().split('\n').at(-1)!) as LargePlanFigures;
	// The import rewrites every plan's revenue (left uncommitted: the history the digest reads is the same).
	const importExport = await importExportFigures(project, undefined, step);
	// Last: it empties the project's caches (cold, like a weekly job on a fresh runner).
	const digest = await step(`weekly digests of ${n} accounts, cold (npm run digest -- --out)`, () => measureDigest(root, env));

	return {
		accounts: n,
		images: cold.rendered + cold.reused,
		imageEachMs: cold.eachMs,
		siteOnly,
		siteNoHistory,
		historyCommits: HISTORY_COMMITS,
		checkCompile,
		checkCold,
		checkWarm,
		watch,
		bareAstro,
		buildCold,
		warmRebuild,
		warmRendered: warm.rendered,
		warmReused: warm.reused,
		warmRoutes: routeSummary(warmRebuild.output),
		editedAccount,
		onepagers: { ...onepagers, figures },
		libraries,
		largePlans,
		importExport,
		dist,
		digest,
		rssNote: rssMethodNote(),
	};
}

await runCommand(async () => {
	const { values } = parseCommandLine(process.argv.slice(2), { accounts: { type: 'string' }, keep: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } }, usage);
	if (values.help) {
		console.log(usage);
		return 0;
	}
	const count = values.accounts === undefined ? undefined : Number(values.accounts);
	if (count !== undefined && !(Number.isInteger(count) && count >= 1)) throw new UsageError(`--accounts must be a whole number of at least 1, not "${values.accounts}"\n\n${usage}`);

	if (LOAD_AT_START > cpus().length) console.log(`bench: the machine is busy (load average ${LOAD_AT_START.toFixed(1)} on ${cpus().length} cores): the figures will be noisy.`);
	// Ctrl-C (or a kill) stops the command being measured; the temp projects are still removed below.
	for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => interrupt(signal));
	const project = generateProject(count);
	addHistory(project);
	const dirs = [project.root];
	try {
		console.log(`bench: ${project.accounts.length} accounts generated in ${project.root}`);
		const report = markdown(await run(project, dirs));
		const file = join(REPO, 'bench', `results-${project.accounts.length}.md`);
		writeFileSync(file, report);
		console.log(`\n${report}\nbench: written to bench/results-${project.accounts.length}.md`);
		return 0;
	} finally {
		if (values.keep) console.log(`bench: kept ${dirs.join(' and ')}`);
		else for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
	}
});
