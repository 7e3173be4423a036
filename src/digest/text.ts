/**
 * A digest as plain text (the terminal and the e-mail's text part) and as
 * Markdown. Every plan value goes through an encoder: control characters
 * never reach the terminal or the text part, Markdown characters are escaped.
 */
import type { Digest, DigestLine } from '../domain/digest';
import { escapeMarkdown } from '../cli/review-report';
import { textLine } from '../encode/mail';
import type { Settings } from '../schema/settings';
import { accountHeading, accountLink, CHANGED_HEADING, footerLink, footerText, lineLink, titleOf, TODO_HEADING } from './wording';

/** The digest as plain text, one line per item with its link below. */
export function digestText(digest: Digest, settings: Settings): string {
	const out: string[] = [textLine(titleOf(digest, settings)), ''];
	// In a person's digest the account's link stands under its heading; the director's lines each carry their own.
	const item = (line: DigestLine, indent: string, linked = false) => {
		out.push(`${indent}- ${textLine(line.text)}`);
		const link = linked ? lineLink(settings, line) : undefined;
		if (link) out.push(`${indent}  ${link}`);
	};
	if (digest.kind === 'person') {
		for (const a of digest.accounts) {
			if (a.todo.length + a.changed.length === 0) continue;
			out.push(textLine(accountHeading(a)));
			const link = accountLink(settings, a.slug);
			if (link) out.push(link);
			if (a.todo.length) {
				out.push(`  ${TODO_HEADING}:`);
				for (const l of a.todo) item(l, '  ');
			}
			if (a.changed.length) {
				out.push(`  ${CHANGED_HEADING}:`);
				for (const l of a.changed) item(l, '  ');
			}
			out.push('');
		}
	} else {
		for (const s of digest.sections) {
			if (s.lines.length === 0) continue;
			out.push(`${s.title}:`);
			for (const l of s.lines) item(l, '', true);
			out.push('');
		}
	}
	const footer = footerLink(settings, digest);
	out.push(`-- `, footerText(digest), ...(footer ? [footer] : []));
	return `${out.join('\n')}\n`;
}

/** Markdown text: no control character (it may go to a terminal), every Markdown character escaped. */
const md = (text: string) => escapeMarkdown(textLine(text));
const mdLink = (text: string, href: string | undefined) => (href ? `[${md(text)}](${href})` : md(text));

/** The digest as Markdown: a heading per account or topic, a linked list item per line. */
export function digestMarkdown(digest: Digest, settings: Settings): string {
	const out: string[] = [`# ${md(titleOf(digest, settings))}`, ''];
	const item = (l: DigestLine) => `- ${mdLink(l.text, lineLink(settings, l))}`;
	if (digest.kind === 'person') {
		for (const a of digest.accounts) {
			if (a.todo.length + a.changed.length === 0) continue;
			out.push(`## ${mdLink(accountHeading(a), accountLink(settings, a.slug))}`, '');
			if (a.todo.length) out.push(`**${TODO_HEADING}**`, '', ...a.todo.map(item), '');
			if (a.changed.length) out.push(`**${CHANGED_HEADING}**`, '', ...a.changed.map(item), '');
		}
	} else {
		for (const s of digest.sections) if (s.lines.length) out.push(`## ${md(s.title)}`, '', ...s.lines.map(item), '');
	}
	out.push(`_${md(footerText(digest))}_`);
	return `${out.join('\n')}\n`;
}
