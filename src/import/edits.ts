/**
 * The edits an import makes, per account: what changed in the domain's
 * words (for the report) and the text edits that make it (for the file).
 * They are collected first and applied only when the whole file was read
 * without a problem: an import writes all of its changes or none.
 */
import type { Account } from '../loader/portfolio';
import { splitFrontmatter } from '../loader/yaml-source';
import { YamlEditor } from './yaml-edit';

/** One account's changes. */
export interface AccountEdits {
	account: Account;
	/** What changed, e.g. `revenue 2026 €2.14M → €2.31M`. */
	changes: string[];
	/** Notes that are not changes, e.g. an opportunity in the plan that the export lacks. */
	notes: string[];
	edits: ((editor: YamlEditor) => void)[];
}

/** The edits of one import, by account slug in the order they were first touched. */
export class EditSet {
	readonly accounts = new Map<string, AccountEdits>();

	private of(account: Account): AccountEdits {
		let entry = this.accounts.get(account.slug);
		if (!entry) this.accounts.set(account.slug, (entry = { account, changes: [], notes: [], edits: [] }));
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

	/** Records a text edit of an account's frontmatter. */
	edit(account: Account, edit: (editor: YamlEditor) => void): void {
		this.of(account).edits.push(edit);
	}
}

/** The frontmatter's place in a plan's text: after the opening fence (and a BOM). */
function frontmatterStart(text: string): number {
	const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
	return bom + (/^---[ \t]*\r?\n/.exec(text.slice(bom))?.[0].length ?? 0);
}

/** A plan's text with the edits applied to its frontmatter; everything else byte for byte as it was. */
export function applyEdits(text: string, edits: AccountEdits['edits']): string {
	const source = splitFrontmatter(text);
	if (!source) throw new Error('plan without frontmatter');
	const start = frontmatterStart(text);
	const end = start + source.frontmatter.length;
	const editor = new YamlEditor(source.frontmatter);
	for (const edit of edits) edit(editor);
	return text.slice(0, start) + editor.result() + text.slice(end);
}
