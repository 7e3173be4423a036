/**
 * "`check` passes ⇒ the build passes", as a tested property. fast-check
 * writes hostile text into every free-text field and the narrative of a real
 * sample plan, then:
 * - in process, many times: `check` never throws, and whatever it accepts goes
 *   through everything the build does with content (analysis, narrative HTML,
 *   one-pager layouts, calendars) without throwing and without markup leaking;
 * - with the real `astro build`, on a batch of generated accounts: the ones
 *   `check` accepts build, the ones it refuses stop the build with their
 *   file named; neither prints a stack trace.
 * The generator also writes every control character, lone surrogates and
 * terminal escapes into the text, and extreme numbers and dates into the
 * numeric and date fields; what `check` accepts must then give well-formed
 * calendars (read by ical.js) and decks (every XML part read by a strict
 * parser), and no `NaN`, `Infinity`, `∞` or `Invalid Date` in any output.
 * A fixed seed in CI; `KEYPLAN_PROPERTY_RUNS=5000 KEYPLAN_PROPERTY_SEED=…`
 * for a longer local run.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import ICAL from 'ical.js';
import JSZip from 'jszip';
import sax from 'sax';
import { afterAll, describe, expect, test } from 'vitest';
import { githubReport, jsonReport, textReport } from '../../src/cli/check-report';
import { deckContents } from '../../src/deck/contents';
import { deckFile, type PictureSource } from '../../src/deck/deck';
import { standIn } from '../../src/deck/stand-ins';
import { analysePortfolio } from '../../src/domain/analysis';
import { portfolioCalendar } from '../../src/domain/calendar';
import { loadPortfolio } from '../../src/loader/portfolio';
import { jobsOf } from '../../src/onepager/jobs';
import { layoutOf } from '../../src/onepager/render';
import { narrativeHtml } from '../../src/site/narrative';
import { astroBuild as build } from '../support/build';
import { HEALTHY, REPO, sandbox, type Sandbox } from '../support/sandbox';
import { extremePlan, generatedPlan, planTemplate, planText } from './arbitraries';

const TODAY = '2026-11-24';
const SEED = Number(process.env.KEYPLAN_PROPERTY_SEED ?? 20261124);
const RUNS = Number(process.env.KEYPLAN_PROPERTY_RUNS ?? 150);
const BUILD_ACCOUNTS = Number(process.env.KEYPLAN_PROPERTY_BUILD_ACCOUNTS ?? 8);
const STACK_TRACE = /\n\s+at .+:\d+:\d+\)?\n/;
const LEAKS = ['<script', '<iframe', '<style', '<img', 'onerror=', 'javascript:'];
/** What a number or date that an output could not carry turns into. */
const BROKEN_VALUES = ['NaN', 'Infinity', '∞', 'Invalid Date'];
/** A raw control character other than tab, CR and LF: never in a terminal report. */
const RAW_CONTROL = /[\0-\x08\x0B-\x1F\x7F-\x9F]/;

/** Broken values in `output` that the plan's own text does not hold (a name may say "Infinity"). */
function brokenValues(output: string, source: string): string[] {
	return BROKEN_VALUES.filter((v) => output.includes(v) && !source.includes(v));
}

/** Throws when `xml` is not well-formed XML 1.0. */
function parseXmlStrictly(xml: string, name: string): void {
	const parser = sax.parser(true);
	parser.onerror = (error) => {
		throw new Error(`${name}: ${error.message}`);
	};
	parser.write(xml).close();
}

/** Every XML part of a .pptx parses strictly. */
async function expectWellFormedDeck(pptx: Buffer, source: string): Promise<void> {
	const zip = await JSZip.loadAsync(pptx);
	for (const file of Object.values(zip.files)) {
		if (file.dir || !/\.(xml|rels)$/.test(file.name)) continue;
		const xml = await file.async('string');
		parseXmlStrictly(xml, file.name);
		expect(brokenValues(xml, source), file.name).toEqual([]);
	}
}

/** Pictures for decks made in process: a stand-in PNG, so that the deck's own XML is what is tested. */
const STAND_IN_PICTURES: PictureSource = { prefetch: () => {}, image: async () => standIn(0) };

const template = planTemplate(join(REPO, 'content', 'accounts', HEALTHY, 'plan.mdx'));
const boxes: Sandbox[] = [];
afterAll(() => boxes.forEach((b) => b.remove()));

describe('check passes ⇒ build passes (in process)', () => {
	test(`holds for ${RUNS} generated plans (seed ${SEED})`, async () => {
		expect(template.textPaths.length).toBeGreaterThan(30);
		const box = sandbox([HEALTHY]);
		boxes.push(box);
		let accepted = 0;
		await fc.assert(
			fc.asyncProperty(generatedPlan(template), async ({ values, narrative, mode, extremes }) => {
				const source = planText(template, values, narrative, mode, extremes);
				writeFileSync(box.planPath(HEALTHY), source);
				const { portfolio, problems, files } = loadPortfolio(box.root);
				const analysis = analysePortfolio(portfolio, TODAY);
				// The reports themselves must survive any content, and never carry a raw control character.
				const report = { problems, analysis, filesChecked: files.length };
				for (const text of [textReport(report), githubReport(report)]) expect(text).not.toMatch(RAW_CONTROL);
				JSON.parse(jsonReport(report));
				for (const p of problems) expect(p.file.length > 0 && p.message.length > 0).toBe(true);
				if (problems.some((p) => p.severity === 'error')) return;
				accepted++;
				expect(portfolio.accounts.map((a) => a.slug)).toEqual([HEALTHY]);
				const html = narrativeHtml(portfolio.accounts[0].plan.body);
				for (const leak of LEAKS) expect(html).not.toContain(leak);
				for (const job of jobsOf(analysis)) {
					layoutOf(job.sheet);
					expect(brokenValues(JSON.stringify(job.sheet), source), job.path).toEqual([]);
				}
				const calendar = portfolioCalendar(analysis);
				expect(calendar).toMatch(/^BEGIN:VCALENDAR/);
				ICAL.parse(calendar);
				expect(brokenValues(calendar, source)).toEqual([]);
				await expectWellFormedDeck(await deckFile(deckContents(analysis, {}), STAND_IN_PICTURES), source);
			}),
			{ seed: SEED, numRuns: RUNS },
		);
		// The property says little if check refused nearly everything.
		expect(accepted).toBeGreaterThan(RUNS * 0.2);
	}, 30_000 + RUNS * 150);
});

function astroBuild(cwd: string) {
	return build(cwd, { today: TODAY });
}

describe('check passes ⇒ build passes (astro build)', () => {
	const plans = fc.sample(generatedPlan(template), { seed: SEED, numRuns: BUILD_ACCOUNTS });
	const slugs = plans.map((_, i) => `generated-${i}`);

	/** A project holding the given generated accounts. */
	function project(indices: number[]): Sandbox {
		const box = sandbox([], { project: true });
		boxes.push(box);
		for (const i of indices) {
			mkdirSync(join(box.root, 'content', 'accounts', slugs[i]), { recursive: true });
			const { values, narrative, mode, extremes } = plans[i];
			writeFileSync(box.planPath(slugs[i]), planText(template, values, narrative, mode, extremes));
		}
		return box;
	}

	// Which generated accounts check accepts, judged one at a time as a user would run it.
	const all = project(plans.map((_, i) => i));
	const { problems } = loadPortfolio(all.root);
	const refused = new Set(problems.filter((p) => p.severity === 'error').map((p) => p.file.split('/')[2]));
	const good = slugs.flatMap((slug, i) => (refused.has(slug) ? [] : [i]));
	const bad = slugs.flatMap((slug, i) => (refused.has(slug) ? [i] : []));
	rmSync(all.root, { recursive: true, force: true });

	test('the generated batch has plans check accepts and plans it refuses', () => {
		expect(good.length).toBeGreaterThan(0);
		expect(good.length + bad.length).toBe(BUILD_ACCOUNTS);
	});

	test('the plan at every bound passes check', () => {
		const box = sandbox([]);
		boxes.push(box);
		mkdirSync(join(box.root, 'content', 'accounts', 'extreme-values'), { recursive: true });
		writeFileSync(box.planPath('extreme-values'), extremePlan(template));
		expect(loadPortfolio(box.root).problems.filter((p) => p.severity === 'error')).toEqual([]);
	});

	test('accounts check accepts build, each page with its name escaped; calendars read by ical.js, decks by a strict XML parser, no NaN or Infinity anywhere', async () => {
		const box = project(good);
		// Beside them, the sample plan at every bound: its totals, shares and dates must reach every output intact.
		mkdirSync(join(box.root, 'content', 'accounts', 'extreme-values'), { recursive: true });
		writeFileSync(box.planPath('extreme-values'), extremePlan(template));
		const result = astroBuild(box.root);
		const output = result.stdout + result.stderr;
		expect(result.status, output).toBe(0);
		expect(output).not.toMatch(STACK_TRACE);
		const { portfolio } = loadPortfolio(box.root);
		expect(portfolio.accounts.map((a) => a.slug)).toContain('extreme-values');
		for (const account of portfolio.accounts) {
			const page = readFileSync(join(box.root, 'dist', 'accounts', account.slug, 'index.html'), 'utf8');
			const start = page.indexOf('id="narrative"');
			const narrative = page.slice(start, page.indexOf('</section>', start));
			for (const leak of LEAKS) expect(narrative, account.slug).not.toContain(leak);
			expect(existsSync(join(box.root, 'dist', 'accounts', account.slug, 'onepager.png'))).toBe(true);
		}
		const sources = good.map((i) => planText(template, plans[i].values, plans[i].narrative, plans[i].mode, plans[i].extremes)).join('\n') + extremePlan(template);
		const dist = join(box.root, 'dist');
		const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
		const all = files(dist);
		for (const file of all.filter((f) => /\.(html|ics|xml|svg|json)$/.test(f) && !f.includes('/pagefind/'))) {
			const text = readFileSync(file, 'utf8');
			expect(brokenValues(text, sources), file).toEqual([]);
			if (file.endsWith('.ics')) ICAL.parse(text);
			if (file.endsWith('.xml')) parseXmlStrictly(text, file);
		}
		const decks = all.filter((f) => f.endsWith('.pptx'));
		expect(decks.length).toBeGreaterThan(0);
		for (const deck of decks) await expectWellFormedDeck(readFileSync(deck), sources);
	});

	test.runIf(bad.length > 0)('accounts check refuses stop the build, each file named, no stack trace', () => {
		const box = project(bad);
		const result = astroBuild(box.root);
		const output = result.stdout + result.stderr;
		expect(result.status).toBe(1);
		expect(output).not.toMatch(STACK_TRACE);
		for (const i of bad) expect(output).toContain(`content/accounts/${slugs[i]}/plan.mdx`);
	});
});
