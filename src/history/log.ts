/**
 * The content's git history, read once per process: one `git log` over
 * `content/` gives every commit (id, time, author, subject) with the files it
 * touched. The site's "last changed" dates, the plan histories and the
 * portfolio's "What changed" all come from this one read. No git, no
 * repository, no commits or a shallow clone give no history and a note that
 * says why, never an error.
 */
import { git } from '../git/repo.ts';
import { shared } from '../build/process-store.ts';

/** One commit that touched content. */
export interface ContentCommit {
	commit: string;
	/** Committer time, ISO 8601 with offset. */
	time: string;
	/** Committer date, `YYYY-MM-DD` (UTC). */
	date: string;
	author: string;
	subject: string;
	/** Content files it touched, relative to the project root. */
	files: string[];
}

/** The history as far as it could be read. */
export interface ContentLog {
	/** Newest first. */
	commits: ContentCommit[];
	/** Why there is no history, when there is none. */
	note?: string;
}

const SEP = '\x1f';

/** Parses `git log --format=%x00%H%x1f%cI%x1f%an%x1f%s --name-only` output. */
export function parseLog(out: string): ContentCommit[] {
	const commits: ContentCommit[] = [];
	for (const record of out.split('\0')) {
		const [header, ...files] = record.split('\n');
		const [commit, time, author, subject] = header.split(SEP);
		if (!commit || !time) continue;
		commits.push({ commit, time, date: new Date(time).toISOString().slice(0, 10), author: author ?? '', subject: subject ?? '', files: files.filter(Boolean) });
	}
	return commits;
}

function read(root: string): ContentLog {
	if (process.env.KEYPLAN_HISTORY === '0') return { commits: [], note: 'history is turned off (KEYPLAN_HISTORY=0)' };
	try {
		if (git(root, ['rev-parse', '--is-shallow-repository']).trim() === 'true') {
			return { commits: [], note: 'no history: this is a shallow clone (in CI, fetch the whole history, e.g. fetch-depth: 0)' };
		}
		const out = git(root, ['log', `--format=%x00%H${SEP}%cI${SEP}%an${SEP}%s`, '--name-only', '--no-renames', '--relative', '--', 'content']);
		const commits = parseLog(out);
		return commits.length ? { commits } : { commits, note: 'no history: no commit has touched content/ yet' };
	} catch {
		return { commits: [], note: 'no history: the plans are not in a git repository with commits' };
	}
}

/** The content history of the project at `root`, read once per process. */
export function contentLog(root: string): ContentLog {
	return shared(`content-log:${root}`, () => read(root));
}
