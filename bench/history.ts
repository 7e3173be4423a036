/**
 * Plan history for the benchmark: turns a generated project into a git
 * repository in which every plan has `commits` commits (written with one
 * `git fast-import`, in seconds even at 1,000 accounts × 20 commits), the
 * last of them the plans as generated, so the working tree is clean.
 * Each earlier version differs in what a real edit changes: the review
 * date, an action's status and due date, a contact's stance.
 */
import { execFileSync } from 'node:child_process';
import { closeSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Project } from './generate';

/** Commits per plan in the benchmark. */
export const HISTORY_COMMITS = 20;

const STANCES = ['sceptic', 'neutral', 'supporter', 'champion'];

/** The plan text as it was `back` commits before the last (0: as it is). */
function earlier(text: string, back: number): string {
	if (back === 0) return text;
	const day = String(1 + (back % 27)).padStart(2, '0');
	return text
		.replace(/^reviewed: \d{4}-\d\d-\d\d/m, `reviewed: 2026-0${1 + (back % 9)}-${day}`)
		.replace(/status: done/, back % 2 ? 'status: open' : 'status: done')
		.replace(/due: (\d{4})-\d\d-\d\d/, `due: $1-0${1 + (back % 9)}-${day}`)
		.replace(/stance: (champion|supporter|neutral|sceptic)/, `stance: ${STANCES[back % STANCES.length]}`);
}

const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true, recursive: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));

/** Makes `project.root` a repository with `commits` commits over its content (one a week, the last on 2026-11-20). */
export function addHistory(project: Project, commits = HISTORY_COMMITS): void {
	const { root } = project;
	writeFileSync(join(root, '.gitignore'), 'node_modules/\ndist/\n');
	execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: root });
	const content = files(join(root, 'content')).map((path) => ({ path: relative(root, path), text: readFileSync(path, 'utf8') }));
	// The fast-import stream goes through a file: at 5,000 accounts it is larger than the longest string V8 allows.
	const stream = join(root, '.git', 'bench-history.fast-import');
	const out = openSync(stream, 'w');
	const chunks = { push: (chunk: string) => writeSync(out, chunk) };
	const data = (text: string) => `data ${Buffer.byteLength(text)}\n${text}\n`;
	for (let i = 0; i < commits; i++) {
		const back = commits - 1 - i;
		const when = Date.UTC(2026, 10, 20) / 1000 - back * 7 * 86_400;
		chunks.push(`commit refs/heads/main\ncommitter Bench <bench@example.com> ${when} +0000\n${data(`Plans, revision ${i + 1}`)}`);
		if (i === 0) chunks.push(`M 100644 inline .gitignore\n${data('node_modules/\ndist/\n')}`);
		for (const { path, text } of content) {
			// Settings and people once; every plan in every commit.
			if (i > 0 && !path.endsWith('plan.mdx')) continue;
			chunks.push(`M 100644 inline ${path}\n${data(path.endsWith('plan.mdx') ? earlier(text, back) : text)}`);
		}
	}
	closeSync(out);
	const input = openSync(stream, 'r');
	try {
		execFileSync('git', ['fast-import', '--quiet'], { cwd: root, stdio: [input, 'ignore', 'inherit'] });
	} finally {
		closeSync(input);
		rmSync(stream, { force: true });
	}
	execFileSync('git', ['reset', '-q', '--hard', 'main'], { cwd: root });
}
