/**
 * The edits an import makes, per account: what changed in the domain's
 * words (for the report) and the text edits that make it (for the file).
 * They are collected first and applied only when the whole file was read
 * without a problem: an import writes all of its changes or none.
 */
import type { Account } from '../loader/portfolio.ts';
import { splitFrontmatter } from '../loader/yaml-source.ts';
import { YamlEditor } from './yaml-edit.ts';

/** One account's changes. */
export interface AccountEdits {
	account: Account;
	/** What changed, e.g. `revenue 2026 €2.14M → €2.31M`. */
	changes: string[];
	/** Notes that are not changes, e.g. an opportunity in the plan that the export lacks. */
	notes: string[];
	edits: ((editor: YamlEditor) => void)[];
	/** The top-level keys the edits touch: only their blocks are parsed (a whole plan costs ten times more). */
	keys: Set<string>;
}

/** The edits of one import, by account slug in the order they were first touched. */
export class EditSet {
	readonly accounts = new Map<string, AccountEdits>();

	private of(account: Account): AccountEdits {
		let entry = this.accounts.get(account.slug);
		if (!entry) this.accounts.set(account.slug, (entry = { account, changes: [], notes: [], edits: [], keys: new Set() }));
		return entry;
	}

	/** Records a change in the domain's words. */
	add(account: Account, change: string): void {
		this.of(account).changes.push(change);
	}

	/** Records a note for an account's report. */
	note(account: Account, note: string): void {
		this.of(account).notes.push(note);
	}

	/** Records a text edit of an account's frontmatter, under the top-level key it touches. */
	edit(account: Account, key: string, edit: (editor: YamlEditor) => void): void {
		const entry = this.of(account);
		entry.edits.push(edit);
		entry.keys.add(key);
	}
}

/** The frontmatter's place in a plan's text: after the opening fence (and a BOM). */
function frontmatterStart(text: string): number {
	const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
	return bom + (/^---[ \t]*\r?\n/.exec(text.slice(bom))?.[0].length ?? 0);
}

/**
 * The span of the frontmatter that holds the given top-level keys' blocks
 * (from the first one's line to the line before the next top-level key
 * after the last); `undefined` when a key is not there as a block of its own.
 */
function blockSpan(yaml: string, keys: ReadonlySet<string>): [number, number] | undefined {
	let start = Infinity;
	let end = -1;
	for (const key of keys) {
		const at = new RegExp(`^${key}:`, 'm').exec(yaml)?.index;
		if (at === undefined) return undefined;
		const next = /^[^\s#]/m.exec(yaml.slice(at + key.length + 1));
		start = Math.min(start, at);
		end = Math.max(end, next ? at + key.length + 1 + next.index : yaml.length);
	}
	return end < 0 ? undefined : [start, end];
}

/** A plan's text with the edits applied to its frontmatter; everything else byte for byte as it was. */
export function applyEdits(text: string, edits: AccountEdits['edits'], keys: ReadonlySet<string> = new Set()): string {
	const source = splitFrontmatter(text);
	if (!source) throw new Error('plan without frontmatter');
	const start = frontmatterStart(text);
	const end = start + source.frontmatter.length;
	const yaml = source.frontmatter;
	// Only the blocks edited are parsed when they can be told apart; else the whole frontmatter.
	const [from, to] = (keys.size > 0 && blockSpan(yaml, keys)) || [0, yaml.length];
	const editor = new YamlEditor(yaml.slice(from, to));
	for (const edit of edits) edit(editor);
	return text.slice(0, start) + yaml.slice(0, from) + editor.result() + yaml.slice(to) + text.slice(end);
}
