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
 * A fixed seed in CI; `KEYPLAN_PROPERTY_RUNS=5000 KEYPLAN_PROPERTY_SEED=…`
 * for a longer local run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, test } from 'vitest';
import { jsonReport, textReport } from '../../src/cli/check-report';
import { analysePortfolio } from '../../src/domain/analysis';
import { portfolioCalendar } from '../../src/domain/calendar';
import { loadPortfolio } from '../../src/loader/portfolio';
import { jobsOf } from '../../src/onepager/jobs';
import { layoutOf } from '../../src/onepager/render';
import { narrativeHtml } from '../../src/site/narrative';
import { HEALTHY, REPO, sandbox, type Sandbox } from '../support/sandbox';
import { generatedPlan, planTemplate, planText } from './arbitraries';

const TODAY = '2026-11-24';
const SEED = Number(process.env.KEYPLAN_PROPERTY_SEED ?? 20261124);
const RUNS = Number(process.env.KEYPLAN_PROPERTY_RUNS ?? 150);
const BUILD_ACCOUNTS = Number(process.env.KEYPLAN_PROPERTY_BUILD_ACCOUNTS ?? 8);
const STACK_TRACE = /\n\s+at .+:\d+:\d+\)?\n/;
const LEAKS = ['<script', '<iframe', '<style', '<img', 'onerror=', 'javascript:'];

const template = planTemplate(join(REPO, 'content', 'accounts', HEALTHY, 'plan.mdx'));
const boxes: Sandbox[] = [];
afterAll(() => boxes.forEach((b) => b.remove()));

describe('check passes ⇒ build passes (in process)', () => {
	test(`holds for ${RUNS} generated plans (seed ${SEED})`, () => {
		expect(template.textPaths.length).toBeGreaterThan(30);
		const box = sandbox([HEALTHY]);
		boxes.push(box);
		let accepted = 0;
		fc.assert(
			fc.property(generatedPlan(template), ({ values, narrative, mode }) => {
				writeFileSync(box.planPath(HEALTHY), planText(template, values, narrative, mode));
				const { portfolio, problems, files } = loadPortfolio(box.root);
				const analysis = analysePortfolio(portfolio, TODAY);
				// The report itself must survive any content.
				textReport({ problems, analysis, filesChecked: files.length });
				JSON.parse(jsonReport({ problems, analysis, filesChecked: files.length }));
				for (const p of problems) expect(p.file.length > 0 && p.message.length > 0).toBe(true);
				if (problems.some((p) => p.severity === 'error')) return;
				accepted++;
				expect(portfolio.accounts.map((a) => a.slug)).toEqual([HEALTHY]);
				const html = narrativeHtml(portfolio.accounts[0].plan.body);
				for (const leak of LEAKS) expect(html).not.toContain(leak);
				for (const job of jobsOf(analysis)) layoutOf(job.sheet);
				expect(portfolioCalendar(analysis)).toMatch(/^BEGIN:VCALENDAR/);
			}),
			{ seed: SEED, numRuns: RUNS },
		);
		// The property says little if check refused nearly everything.
		expect(accepted).toBeGreaterThan(RUNS * 0.2);
	}, 30_000 + RUNS * 50);
});

function astroBuild(cwd: string) {
	return spawnSync(join(REPO, 'node_modules', '.bin', 'astro'), ['build'], {
		cwd,
		encoding: 'utf8',
		env: { ...process.env, KEYPLAN_TODAY: TODAY, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' },
	});
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
			const { values, narrative, mode } = plans[i];
			writeFileSync(box.planPath(slugs[i]), planText(template, values, narrative, mode));
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

	test('accounts check accepts build, each page with its name escaped', () => {
		const box = project(good);
		const result = astroBuild(box.root);
		const output = result.stdout + result.stderr;
		expect(result.status, output).toBe(0);
		expect(output).not.toMatch(STACK_TRACE);
		const { portfolio } = loadPortfolio(box.root);
		for (const account of portfolio.accounts) {
			const page = readFileSync(join(box.root, 'dist', 'accounts', account.slug, 'index.html'), 'utf8');
			const start = page.indexOf('id="narrative"');
			const narrative = page.slice(start, page.indexOf('</section>', start));
			for (const leak of LEAKS) expect(narrative, account.slug).not.toContain(leak);
			expect(existsSync(join(box.root, 'dist', 'accounts', account.slug, 'onepager.png'))).toBe(true);
		}
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
