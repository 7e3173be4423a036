/**
 * Content as it is in a commit, read from git objects without touching the
 * working tree: the tree of `content/` is listed once and every file read in
 * one `git cat-file --batch`. It refuses and reports what the working-tree
 * reader does (links out of content/, oversized or non-UTF-8 files), so a
 * commit's content loads exactly as it did when it was the working tree.
 */
import { posix } from 'node:path';
import { join, relative, sep } from 'node:path';
import { listTree, readObjects, type TreeFile } from '../git/repo.ts';
import type { Problem } from '../schema/problem.ts';
import { decodeContent, entriesOf, MAX_FILE_BYTES, readable, tooLarge, type Content, type ContentSource, type Entry, type EntryKind } from './files.ts';
import type { SourceOf } from './portfolio.ts';

const LINK = '120000';
/** Links followed before giving up (a chain of links, or a loop). */
const MAX_LINKS = 8;

/** The content of `commit` under `<root>/content`, as a source for `loadPortfolio`. */
export function gitContent(root: string, commit: string): SourceOf {
	const tree = listTree(root, commit, 'content');
	const blobs = readObjects(root, [...new Set([...tree.values()].map((f) => f.oid))]);
	return (problems) => new GitContentFiles(root, tree, blobs, problems);
}

/** Reads content from a commit's tree; paths are shaped as in the working tree (under `root`). */
class GitContentFiles implements ContentSource {
	readonly read: string[] = [];
	readonly contentDir: string;
	private readonly folders = new Map<string, Set<string>>();

	constructor(
		private readonly root: string,
		private readonly tree: ReadonlyMap<string, TreeFile>,
		private readonly blobs: ReadonlyMap<string, Buffer>,
		private readonly problems: Problem[],
	) {
		this.contentDir = join(root, 'content');
		for (const path of tree.keys()) {
			const parts = path.split('/');
			for (let i = 1; i < parts.length; i++) {
				const dir = parts.slice(0, i).join('/');
				let names = this.folders.get(dir);
				if (!names) this.folders.set(dir, (names = new Set()));
				names.add(parts[i]);
			}
		}
	}

	rel(path: string): string {
		return relative(this.root, path).split(sep).join('/');
	}

	report(path: string, message: string, severity: Problem['severity'] = 'error'): void {
		this.problems.push({ file: this.rel(path), path: '', message, severity });
	}

	/** The tree path a link at `path` leads to, inside content/, or a reason it is refused. */
	private follow(path: string): { path: string } | { refused: string } {
		let at = path;
		for (let i = 0; i < MAX_LINKS; i++) {
			const file = this.tree.get(at);
			if (!file || file.mode !== LINK) return { path: at };
			const target = this.blobs.get(file.oid)?.toString('utf8') ?? '';
			at = posix.normalize(posix.join(posix.dirname(at), target));
			if (target.startsWith('/') || !(at === 'content' || at.startsWith('content/'))) {
				return { refused: 'is a link to a place outside content/, and Keyplan reads content only from inside content/: replace the link with the file or folder itself' };
			}
			if (!this.tree.has(at) && !this.folders.has(at)) return { refused: 'is a link to something that does not exist (a dangling link): remove it, or replace it with the file itself' };
		}
		return { refused: 'is a link that leads back to itself: remove the link' };
	}

	kind(path: string): EntryKind {
		const rel = this.rel(path);
		const followed = this.follow(rel);
		if ('refused' in followed) {
			this.report(path, followed.refused);
			return 'refused';
		}
		if (this.tree.has(followed.path)) return 'file';
		return this.folders.has(followed.path) ? 'folder' : 'missing';
	}

	list(dir: string): Entry[] {
		const rel = this.rel(dir);
		const followed = this.follow(rel);
		const names = 'path' in followed ? this.folders.get(followed.path) : undefined;
		return entriesOf(this, dir, names ?? []);
	}

	readContent(entry: Entry): Content | undefined {
		if (!readable(this, entry)) return undefined;
		const followed = this.follow(this.rel(entry.path));
		const file = 'path' in followed ? this.tree.get(followed.path) : undefined;
		const bytes = file && this.blobs.get(file.oid);
		if (!bytes) {
			this.report(entry.path, 'cannot be read from git (the object is missing: a shallow or partial clone?)');
			return undefined;
		}
		if (bytes.length > MAX_FILE_BYTES) {
			this.report(entry.path, tooLarge(bytes.length));
			return undefined;
		}
		return decodeContent(this, entry, bytes);
	}
}
