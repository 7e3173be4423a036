/**
 * What an import did, in the domain's words: per account the values changed
 * and, from the review engine, health before → after and the findings
 * opened and resolved. Text for the terminal, Markdown for a pull-request
 * description, JSON for tools. Problems come first in the `file:row:col`
 * format; plan values are escaped for where they land.
 */
import { formatHealthMove, plural } from '../domain/format.ts';
import { formatProblem, type Problem } from '../schema/problem.ts';
import { markdownText } from '../encode/markdown.ts';
import { terminalText } from '../encode/terminal.ts';
import type { AccountImport, ImportResult } from './import-run.ts';


/** The one-line outcome: how many rows, plans and values, and whether anything was written. */
export function importHeadline(result: ImportResult): string {
	if (result.problems.length > 0) return `${plural(result.problems.filter((p) => p.severity === 'error').length, 'problem')}: nothing was written.`;
	const changed = result.accounts.filter((a) => a.changes.length > 0);
	const values = changed.reduce((n, a) => n + a.changes.length, 0);
	const what = `${result.file}: ${plural(result.rows, 'row')} (${result.encoding}), ${plural(values, 'change')} in ${plural(changed.length, 'plan')}`;
	if (values === 0) return `${what}: the plans already hold these figures; nothing was written.`;
	return result.dryRun ? `${what}; dry run: nothing was written.` : `${what}; written: ${result.written.join(', ')}.`;
}

function health(a: AccountImport): string {
	return a.review ? `health ${formatHealthMove(a.review.before, a.review.after)}` : '';
}

/** The report for the terminal. */
export function importText(result: ImportResult): string {
	const lines = result.problems.map((p) => terminalText(formatProblem(p)));
	if (result.problems.length === 0) {
		for (const a of result.accounts) {
			if (a.changes.length === 0 && a.notes.length === 0) continue;
			lines.push(terminalText(`${a.name}${a.review ? ` (${health(a)})` : ''}`));
			for (const c of a.changes) lines.push(`  ${terminalText(c)}`);
			for (const p of a.review?.resolved ?? []) lines.push(`  finding ${terminalText(p.rule ?? p.path)} resolved: ${terminalText(p.message)}`);
			for (const p of a.review?.opened ?? []) lines.push(`  finding ${terminalText(p.rule ?? p.path)} opened: ${terminalText(p.message)}`);
			for (const n of a.notes) lines.push(`  note: ${terminalText(n)}`);
		}
	}
	for (const n of result.notes) lines.push(`note: ${terminalText(n)}`);
	lines.push(terminalText(importHeadline(result)));
	return lines.join('\n');
}

/** A pull-request description: the headline, then per account the changes, health and findings. */
export function importMarkdown(result: ImportResult): string {
	const kind = result.kind === 'revenue' ? 'revenue' : 'opportunities';
	const lines = [`### Keyplan import: ${kind} from \`${markdownText(result.file)}\``, '', markdownText(importHeadline(result))];
	if (result.problems.length > 0) lines.push('', ...result.problems.map((p) => `- ${markdownText(formatProblem(p))}`));
	else {
		for (const a of result.accounts) {
			if (a.changes.length === 0 && a.notes.length === 0) continue;
			lines.push('', `#### ${markdownText(a.name)}${a.review ? `: ${markdownText(health(a))}` : ''}`, '');
			lines.push(...a.changes.map((c) => `- ${markdownText(c)}`));
			lines.push(...(a.review?.resolved ?? []).map((p) => `- finding \`${markdownText(p.rule ?? p.path)}\` resolved: ${markdownText(p.message)}`));
			lines.push(...(a.review?.opened ?? []).map((p) => `- finding \`${markdownText(p.rule ?? p.path)}\` opened: ${markdownText(p.message)}`));
			lines.push(...a.notes.map((n) => `- _note:_ ${markdownText(n)}`));
		}
	}
	if (result.notes.length > 0) lines.push('', ...result.notes.map((n) => `- _note:_ ${markdownText(n)}`));
	return lines.join('\n');
}

const jsonProblem = (p: Problem) => ({ file: p.file, line: p.line ?? null, column: p.column ?? null, path: p.path, message: p.message, severity: p.severity, rule: p.rule ?? null });

/** The report as JSON. */
export function importJson(result: ImportResult): string {
	return JSON.stringify(
		{
			file: result.file,
			kind: result.kind,
			rows: result.rows,
			dryRun: result.dryRun,
			written: result.written,
			problems: result.problems.map(jsonProblem),
			notes: result.notes,
			accounts: result.accounts.map((a) => ({
				slug: a.slug,
				name: a.name,
				changes: a.changes,
				notes: a.notes,
				before: a.review?.before ?? null,
				after: a.review?.after ?? null,
				opened: (a.review?.opened ?? []).map(jsonProblem),
				resolved: (a.review?.resolved ?? []).map(jsonProblem),
			})),
		},
		null,
		2,
	);
}
