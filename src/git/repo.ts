/**
 * Reading a git repository without touching its working tree: resolve a ref,
 * list a tree, read many blobs in one `git cat-file --batch`. Every call
 * runs git once; a missing git, a folder outside a repository or a ref that
 * does not exist is a `GitError` with a plain message, never a stack trace.
 */
import { spawnSync } from 'node:child_process';

/** Something git could not do, said plainly (no repository, unknown ref…). */
export class GitError extends Error {}

/** Large enough for the whole history of a thousand plans. */
const MAX_BUFFER = 1024 * 1024 * 1024;

/** Runs git in `cwd`; its stdout as bytes, or a `GitError` with git's first line of complaint. */
export function gitBytes(cwd: string, args: string[], input?: string): Buffer {
	const result = spawnSync('git', args, { cwd, input, maxBuffer: MAX_BUFFER, stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C' } });
	if (result.error) throw new GitError(`git could not be run (${(result.error as NodeJS.ErrnoException).code ?? result.error.message}): install git`);
	if (result.status !== 0) throw new GitError(result.stderr.toString('utf8').trim().split('\n')[0] || `git ${args[0]} failed`);
	return result.stdout;
}

/** Runs git in `cwd` and returns its stdout as text. */
export function git(cwd: string, args: string[], input?: string): string {
	return gitBytes(cwd, args, input).toString('utf8');
}

/** True when `cwd` is inside a git work tree. */
export function isRepository(cwd: string): boolean {
	try {
		return git(cwd, ['rev-parse', '--is-inside-work-tree']).trim() === 'true';
	} catch {
		return false;
	}
}

/** The commit id `ref` names, or undefined when it names no commit. */
export function commitOf(cwd: string, ref: string): string | undefined {
	if (ref.startsWith('-')) return undefined;
	try {
		return git(cwd, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]).trim() || undefined;
	} catch {
		return undefined;
	}
}

/** One file of a tree: its mode (`100644`, `120000` for a link…) and blob id. */
export interface TreeFile {
	mode: string;
	oid: string;
}

/** Every file under `folder` (relative to `cwd`) in `commit`, by path relative to `cwd`. */
export function listTree(cwd: string, commit: string, folder: string): Map<string, TreeFile> {
	const out = git(cwd, ['ls-tree', '-r', '-z', commit, '--', folder]);
	const files = new Map<string, TreeFile>();
	for (const record of out.split('\0')) {
		const match = /^(\d+) (\w+) ([0-9a-f]+)\t(.*)$/s.exec(record);
		if (match && match[2] === 'blob') files.set(match[4], { mode: match[1], oid: match[3] });
	}
	return files;
}

/**
 * The contents of many objects (blob ids, or `<commit>:<path>`) in one
 * `git cat-file --batch`; an object that does not exist is left out.
 */
export function readObjects(cwd: string, names: readonly string[]): Map<string, Buffer> {
	const found = new Map<string, Buffer>();
	if (names.length === 0) return found;
	const out = gitBytes(cwd, ['cat-file', '--batch'], `${names.join('\n')}\n`);
	let at = 0;
	for (const name of names) {
		const end = out.indexOf(10, at);
		if (end < 0) break;
		const header = out.toString('utf8', at, end);
		at = end + 1;
		const match = /^[0-9a-f]+ \w+ (\d+)$/.exec(header);
		if (!match) continue; // `<name> missing`
		const size = Number(match[1]);
		found.set(name, out.subarray(at, at + size));
		at += size + 1;
	}
	return found;
}

/**
 * The default base of a review: where the current branch left `main` (the
 * merge base with `main`, else with `origin/main`), else `HEAD` itself.
 */
export function defaultBase(cwd: string): { ref: string; commit: string } | undefined {
	for (const ref of ['main', 'origin/main']) {
		if (!commitOf(cwd, ref)) continue;
		try {
			const commit = git(cwd, ['merge-base', 'HEAD', ref]).trim();
			if (commit) return { ref: `merge base with ${ref}`, commit };
		} catch {
			// Unrelated histories: try the next.
		}
	}
	const head = commitOf(cwd, 'HEAD');
	return head ? { ref: 'HEAD', commit: head } : undefined;
}
