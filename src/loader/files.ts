/**
 * Safe access to the files under `content/`. Content is read only from inside
 * `content/`: a link that leads outside it is refused (and its target never
 * read or named), and so are dangling links, folders where a file belongs,
 * pipes and devices, unreadable, oversized and non-UTF-8 files. Every refusal
 * becomes a problem naming the file and what to do; nothing here throws for a
 * content mistake.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Problem } from '../schema/problem.ts';
import { decodeUtf8 } from './utf8.ts';

/** No plan, person or settings file comes anywhere near this; anything larger is a mistake (a pasted export, a binary). */
export const MAX_FILE_BYTES = 8 * 1024 * 1024;

/** What is at a path, as far as content is concerned. */
export type EntryKind = 'file' | 'folder' | 'other' | 'missing' | 'refused';

/** One entry of a content folder, with links already resolved and checked. */
export interface Entry {
	name: string;
	path: string;
	/** `refused`: a link that was reported and must not be read (nor reported as missing). */
	kind: Exclude<EntryKind, 'missing'>;
}

const errno = (error: unknown): string => (error as NodeJS.ErrnoException | undefined)?.code ?? 'unknown error';

function accessMessage(error: unknown, what: string): string {
	const code = errno(error);
	if (code === 'EACCES' || code === 'EPERM') return `cannot be read (permission denied): make the ${what} readable (e.g. chmod a+r) or remove it`;
	if (code === 'ELOOP') return 'is a link that leads back to itself: remove the link';
	return `cannot be read (${code}): check the ${what}, or remove it`;
}

/**
 * Where content is read from: the working tree (`ContentFiles`) or a commit's
 * tree (`GitContentFiles`, for `npm run review`). Both refuse and report the
 * same things.
 */
export interface ContentSource {
	/** The content folder, as an absolute path. */
	readonly contentDir: string;
	/** Every file that was read, relative to the project root. */
	readonly read: string[];
	/** Path relative to the project root, forward slashes. */
	rel(path: string): string;
	/** Reports a problem about the file or folder at `path`. */
	report(path: string, message: string, severity?: Problem['severity']): void;
	/** What is at `path`; a refused link is reported here. */
	kind(path: string): EntryKind;
	/** The entries of a folder, sorted by name, hidden ones skipped. */
	list(dir: string): Entry[];
	/** The text of a file `list` found (and its bytes, which the content cache keys on), or `undefined` after reporting why not. */
	readContent(entry: Entry): Content | undefined;
}

/** A content file as read: its bytes, and their text. */
export interface Content {
	text: string;
	bytes: Uint8Array;
}

/** The wrong kind of entry where a file is expected, reported; `true` when it may be read. */
export function readable(source: ContentSource, entry: Entry): boolean {
	if (entry.kind === 'folder') {
		source.report(entry.path, `is a folder, but Keyplan expects a file named ${entry.name} here: rename or remove the folder`);
		return false;
	}
	if (entry.kind === 'refused') return false;
	if (entry.kind !== 'file') {
		source.report(entry.path, 'is not a regular file (a pipe, socket or device): replace it with a plain text file');
		return false;
	}
	return true;
}

/** Decodes a file's bytes, reporting a file that is not UTF-8. */
export function decodeContent(source: ContentSource, entry: Entry, bytes: Uint8Array): Content | undefined {
	source.read.push(source.rel(entry.path));
	const decoded = decodeUtf8(bytes);
	if (!decoded.ok) {
		source.report(entry.path, decoded.message);
		return undefined;
	}
	return { text: decoded.text, bytes };
}

/** The entries named `names` in `dir`, sorted, hidden ones skipped, each with its kind (refused links reported by `kind`). */
export function entriesOf(source: ContentSource, dir: string, names: Iterable<string>): Entry[] {
	const entries: Entry[] = [];
	for (const name of [...names].sort()) {
		if (name.startsWith('.')) continue;
		const path = join(dir, name);
		const kind = source.kind(path);
		if (kind !== 'missing') entries.push({ name, path, kind });
	}
	return entries;
}

/** The message for a file over `MAX_FILE_BYTES`. */
export const tooLarge = (size: number): string =>
	`is ${(size / 1024 / 1024).toFixed(1)} MB; content files are limited to ${MAX_FILE_BYTES / 1024 / 1024} MB, far more than any plan needs: check that this is the file you meant`;

/** Reads and checks files under one content folder of the working tree; problems go to the shared list. */
export class ContentFiles implements ContentSource {
	private readonly realRoot: string;
	/** Every file that was read, relative to the project root. */
	readonly read: string[] = [];

	constructor(
		private readonly root: string,
		readonly contentDir: string,
		private readonly problems: Problem[],
	) {
		let real = resolve(contentDir);
		try {
			real = realpathSync(contentDir);
		} catch {
			// A missing content folder is reported by whoever looks for its files.
		}
		this.realRoot = real;
	}

	/** Path relative to the project root, forward slashes. */
	rel(path: string): string {
		return relative(this.root, path).split(sep).join('/');
	}

	/** Reports a problem about the file or folder at `path`. */
	report(path: string, message: string, severity: Problem['severity'] = 'error'): void {
		this.problems.push({ file: this.rel(path), path: '', message, severity });
	}

	private inside(real: string): boolean {
		const r = relative(this.realRoot, real);
		return r === '' || (!r.startsWith(`..${sep}`) && r !== '..' && !isAbsolute(r));
	}

	/**
	 * What is at `path`, following a link only when it stays inside content/.
	 * A refused link is reported here (`refused`); a missing path is not.
	 */
	kind(path: string): EntryKind {
		let link;
		try {
			link = lstatSync(path, { throwIfNoEntry: false });
		} catch (error) {
			this.report(path, accessMessage(error, 'folder'));
			return 'refused';
		}
		if (!link) return 'missing';
		let stats = link;
		if (link.isSymbolicLink()) {
			let real: string;
			try {
				real = realpathSync(path);
			} catch (error) {
				const code = errno(error);
				if (code === 'ENOENT' || code === 'ENOTDIR') this.report(path, 'is a link to something that does not exist (a dangling link): remove it, or replace it with the file itself');
				else this.report(path, accessMessage(error, 'link'));
				return 'refused';
			}
			if (!this.inside(real)) {
				this.report(path, 'is a link to a place outside content/, and Keyplan reads content only from inside content/: replace the link with the file or folder itself');
				return 'refused';
			}
			try {
				stats = statSync(path);
			} catch (error) {
				this.report(path, accessMessage(error, 'link'));
				return 'refused';
			}
		}
		return stats.isFile() ? 'file' : stats.isDirectory() ? 'folder' : 'other';
	}

	/**
	 * The entries of a folder, sorted by name; hidden entries (`.git`,
	 * `.DS_Store`…) are skipped, refused links are reported and marked.
	 */
	list(dir: string): Entry[] {
		let names: string[];
		try {
			names = readdirSync(dir);
		} catch (error) {
			this.report(dir, accessMessage(error, 'folder'));
			return [];
		}
		return entriesOf(this, dir, names);
	}

	/**
	 * The text of a content file that `list` found (so links are already
	 * checked), or `undefined` after reporting why it cannot be used.
	 */
	readContent(entry: Entry): Content | undefined {
		if (!readable(this, entry)) return undefined;
		let bytes: Buffer;
		let fd: number | undefined;
		try {
			// Asked of the open file, so that what is measured is what is read; opened without waiting, so that a file
			// swapped for a pipe since it was listed is refused, not waited on.
			fd = openSync(entry.path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
			const stats = fstatSync(fd);
			if (!stats.isFile()) {
				this.report(entry.path, 'is not a regular file (a pipe, socket or device): replace it with a plain text file');
				return undefined;
			}
			const size = stats.size;
			if (size > MAX_FILE_BYTES) {
				this.report(entry.path, tooLarge(size));
				return undefined;
			}
			bytes = readFileSync(fd);
		} catch (error) {
			this.report(entry.path, accessMessage(error, 'file'));
			return undefined;
		} finally {
			if (fd !== undefined) closeSync(fd);
		}
		return decodeContent(this, entry, bytes);
	}
}
