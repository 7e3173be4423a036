/**
 * A digest as plain text (the terminal and the e-mail's text part) and as
 * Markdown. Every plan value goes through an encoder: control characters
 * never reach the terminal or the text part, Markdown characters are escaped.
 */
import type { Digest } from '../domain/digest/index.ts';
import { textLine } from '../encode/mail.ts';
import { markdownText } from '../encode/markdown.ts';
import type { Settings } from '../schema/settings.ts';
import { footerLink, footerText, lineLink, partsOf, titleOf } from './wording.ts';

/** The digest as plain text: a heading per account or topic with its link below, one line per item (the director's with their own links). */
export function digestText(digest: Digest, settings: Settings): string {
	const out: string[] = [textLine(titleOf(digest, settings)), ''];
	for (const part of partsOf(digest, settings)) {
		out.push(textLine(part.heading), ...(part.link ? [part.link] : []));
		for (const list of part.lists) {
			const indent = list.label ? '  ' : '';
			if (list.label) out.push(`  ${list.label}:`);
			for (const line of list.lines) {
				out.push(`${indent}- ${textLine(line.text)}`);
				// Under an account, its link above serves every line; a topic's lines are about different pages.
				const link = part.link ? undefined : lineLink(settings, line);
				if (link) out.push(`${indent}  ${link}`);
			}
		}
		out.push('');
	}
	const footer = footerLink(settings, digest);
	out.push(`-- `, footerText(digest), ...(footer ? [footer] : []));
	return `${out.join('\n')}\n`;
}

/** Markdown text: no control character (it may go to a terminal), every Markdown character escaped. */
const md = (text: string) => markdownText(textLine(text));
const mdLink = (text: string, href: string | undefined) => (href ? `[${md(text)}](${href})` : md(text));

/** The digest as Markdown: a heading per account or topic, a linked list item per line. */
export function digestMarkdown(digest: Digest, settings: Settings): string {
	const out: string[] = [`# ${md(titleOf(digest, settings))}`, ''];
	for (const part of partsOf(digest, settings)) {
		out.push(`## ${mdLink(part.heading, part.link)}`, '');
		for (const list of part.lists) out.push(...(list.label ? [`**${list.label}**`, ''] : []), ...list.lines.map((l) => `- ${mdLink(l.text, lineLink(settings, l))}`), '');
	}
	out.push(`_${md(footerText(digest))}_`);
	return `${out.join('\n')}\n`;
}
