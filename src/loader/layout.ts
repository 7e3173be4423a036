/**
 * Finds the content files where Keyplan expects them — `settings.yaml`,
 * `people/<id>.yaml`, `accounts/<slug>/plan.mdx` and `renewal.mdx` — and says
 * where anything else belongs, so that a misplaced or misnamed file is never
 * silently ignored and a person is never silently defined twice.
 */
import { join } from 'node:path';
import { closest } from '../schema/suggest.ts';
import type { ContentSource, Entry } from './files.ts';
import { SLUG, slugError } from './slugs.ts';

export interface PersonFile {
	id: string;
	entry: Entry;
}

export interface AccountFiles {
	slug: string;
	plan: Entry;
	renewal?: Entry;
}

/** The content files to read, in name order. */
export interface ContentLayout {
	settings?: Entry;
	people: PersonFile[];
	accounts: AccountFiles[];
}

const READS = 'content/settings.yaml, content/people/<id>.yaml and content/accounts/<slug>/plan.mdx (and renewal.mdx)';

/** The expected name `name` is most likely a misspelling of, if any. */
function meant(name: string, expected: readonly string[]): string | undefined {
	const lower = name.toLowerCase();
	const stem = lower.split('.')[0];
	return expected.find((e) => e.split('.')[0] === stem) ?? closest(lower, expected);
}

function topLevel(files: ContentSource, entry: Entry): void {
	const { name, path } = entry;
	const folder = entry.kind === 'folder' ? closest(name.toLowerCase(), ['people', 'accounts']) : undefined;
	if (folder) {
		files.report(path, `is not read: did you mean content/${folder}/? Rename the folder`, 'warning');
	} else if (meant(name, ['settings.yaml'])) {
		files.report(path, 'is not read: settings are read from content/settings.yaml only; rename it to settings.yaml', 'warning');
	} else if (/\.mdx?$/i.test(name)) {
		files.report(path, 'is not read: a plan belongs in its account\'s folder, content/accounts/<slug>/plan.mdx; move it there', 'warning');
	} else if (/\.ya?ml$/i.test(name)) {
		files.report(path, 'is not read: a person belongs in content/people/<id>.yaml, settings in content/settings.yaml; move it there', 'warning');
	} else {
		files.report(path, `is not read: Keyplan reads only ${READS}; move it out of content/ or remove it`, 'warning');
	}
}

function folderOf(files: ContentSource, entry: Entry | undefined, what: string): string | undefined {
	if (!entry || entry.kind === 'refused') return undefined;
	if (entry.kind !== 'folder') {
		files.report(entry.path, `is not a folder, but content/${entry.name}/ must be a folder of ${what}: move the file away and create the folder`);
		return undefined;
	}
	return entry.path;
}

function people(files: ContentSource, dir: string): PersonFile[] {
	const found = new Map<string, PersonFile>();
	for (const entry of files.list(dir)) {
		if (entry.kind === 'refused') continue;
		const match = /^(.+)\.ya?ml$/.exec(entry.name);
		if (!match) {
			const stem = entry.name.split('.')[0];
			const hint = entry.kind === 'folder' ? 'Keyplan does not look into folders here' : `if it describes a person, write it as YAML in content/people/${SLUG.test(stem) ? stem : '<id>'}.yaml`;
			files.report(entry.path, `is not read: content/people/ holds one <id>.yaml file per person; ${hint}`, 'warning');
			continue;
		}
		const id = match[1];
		const bad = slugError(id, 'person id', 'rename the file');
		if (bad) files.report(entry.path, bad);
		const first = found.get(id);
		if (first) {
			files.report(entry.path, `duplicate person id "${id}": ${files.rel(first.entry.path)} already defines this person; keep one of the two files`);
			continue;
		}
		found.set(id, { id, entry });
	}
	return [...found.values()];
}

function accountFolder(files: ContentSource, slug: string, dir: string): AccountFiles | undefined {
	const entries = files.list(dir);
	const plan = entries.find((e) => e.name === 'plan.mdx');
	const renewal = entries.find((e) => e.name === 'renewal.mdx');
	let planHint = '';
	for (const entry of entries) {
		if (entry === plan || entry === renewal || entry.kind === 'refused') continue;
		const like = entry.kind === 'folder' ? undefined : meant(entry.name, ['plan.mdx', 'renewal.mdx']);
		if (like === 'plan.mdx' && !plan) {
			planHint = ` (there is ${entry.name}: rename it to plan.mdx; file names are lower-case and plans end in .mdx)`;
		} else if (like) {
			const taken = like === 'plan.mdx' ? plan : renewal;
			const fix = taken ? `only ${like} is read; move what you need into it and remove this file` : `rename it to ${like}`;
			files.report(entry.path, `is not read: ${fix}`, 'warning');
		} else {
			files.report(entry.path, 'is not read: an account folder holds plan.mdx and, in the last months of a contract, renewal.mdx; move it elsewhere or remove it', 'warning');
		}
	}
	if (!plan) {
		files.report(dir, `account folder without plan.mdx${planHint || ': add one with "npm run new" or remove the folder'}`);
		return undefined;
	}
	if (plan.kind === 'refused') return undefined;
	return { slug, plan, renewal: renewal?.kind === 'refused' ? undefined : renewal };
}

function accounts(files: ContentSource, dir: string): AccountFiles[] {
	const out: AccountFiles[] = [];
	for (const entry of files.list(dir)) {
		if (entry.kind === 'refused') continue;
		if (entry.kind !== 'folder') {
			const stem = entry.name.replace(/\.[^.]*$/, '');
			const where = /\.mdx?$/i.test(entry.name) ? `content/accounts/${SLUG.test(stem) ? stem : '<slug>'}/plan.mdx` : 'an account folder, content/accounts/<slug>/';
			files.report(entry.path, `is not read: every account has its own folder; move it to ${where}`, 'warning');
			continue;
		}
		const bad = slugError(entry.name, 'account slug', 'rename the folder');
		if (bad) {
			files.report(entry.path, bad);
			continue;
		}
		const account = accountFolder(files, entry.name, entry.path);
		if (account) out.push(account);
	}
	return out;
}

/** Finds what to read under `files.contentDir`, reporting what is missing or misplaced. */
export function contentLayout(files: ContentSource): ContentLayout {
	const dir = files.contentDir;
	const top = files.kind(dir) === 'folder' ? files.list(dir) : [];
	const settings = top.find((e) => e.name === 'settings.yaml');
	const peopleDir = folderOf(files, top.find((e) => e.name === 'people'), 'person files (<id>.yaml)');
	const accountsDir = folderOf(files, top.find((e) => e.name === 'accounts'), 'account folders (<slug>/plan.mdx)');
	for (const entry of top) if (!['settings.yaml', 'people', 'accounts'].includes(entry.name) && entry.kind !== 'refused') topLevel(files, entry);
	if (!settings) files.report(join(dir, 'settings.yaml'), 'missing: create it with at least "organisation: <your organisation>"');
	return {
		settings: settings?.kind === 'refused' ? undefined : settings,
		people: peopleDir ? people(files, peopleDir) : [],
		accounts: accountsDir ? accounts(files, accountsDir) : [],
	};
}
