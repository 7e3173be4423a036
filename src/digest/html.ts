/**
 * A digest as the HTML part of an e-mail: a complete, valid HTML document
 * whose styles are inline (mail clients drop `<style>` and never load
 * stylesheets) and that loads nothing — no image, font or script — from
 * anywhere. Every value goes through the mail encoder's `html`.
 */
import type { Digest, DigestLine } from '../domain/digest/index.ts';
import { html } from '../encode/mail.ts';
import type { Settings } from '../schema/settings.ts';
import { footerLink, footerText, lineLink, partsOf, titleOf } from './wording.ts';

/** Inline styles, one per element kind: the palette of the site's tokens. */
const S = {
	body: 'margin:0;padding:24px;background:#f4f5f7;font-family:-apple-system,BlinkMacSystemFont,\'Segoe UI\',Roboto,Helvetica,Arial,sans-serif;color:#1d2433;font-size:15px;line-height:1.45',
	card: 'max-width:680px;margin:0 auto;background:#ffffff;border:1px solid #dde1e8;border-radius:8px;padding:24px 28px',
	h1: 'font-size:20px;margin:0 0 4px',
	lead: 'margin:0 0 20px;color:#5b6475',
	h2: 'font-size:16px;margin:22px 0 6px;padding-top:14px;border-top:1px solid #e7eaf0',
	h3: 'font-size:12px;text-transform:uppercase;letter-spacing:.06em;color:#5b6475;margin:10px 0 4px',
	ul: 'margin:0;padding-left:20px',
	li: 'margin:3px 0',
	a: 'color:#1f4fd1;text-decoration:none',
	footer: 'margin:24px 0 0;font-size:12px;color:#5b6475',
};

/** Colour of a line's marker by severity and kind. */
const MARK: Record<DigestLine['severity'], string> = { error: '#c62828', warning: '#b26a00', info: '#5b6475' };

const link = (text: string, href: string | undefined) => (href ? `<a href="${html(href)}" style="${S.a}">${html(text)}</a>` : html(text));

function item(line: DigestLine, settings: Settings): string {
	const marker = line.kind === 'overdue' || line.severity !== 'info' ? `<span style="color:${MARK[line.severity]};font-weight:600">●</span> ` : '';
	return `<li style="${S.li}">${marker}${link(line.text, lineLink(settings, line))}</li>`;
}

const list = (lines: readonly DigestLine[], settings: Settings) => `<ul style="${S.ul}">${lines.map((l) => item(l, settings)).join('')}</ul>`;

/** The digest as a complete HTML document with inline styles. */
export function digestHtml(digest: Digest, settings: Settings): string {
	const title = titleOf(digest, settings);
	const parts: string[] = [];
	for (const part of partsOf(digest, settings)) {
		parts.push(`<h2 style="${S.h2}">${link(part.heading, part.link)}</h2>`);
		for (const l of part.lists) parts.push(...(l.label ? [`<h3 style="${S.h3}">${html(l.label)}</h3>`] : []), list(l.lines, settings));
	}
	const footer = footerLink(settings, digest);
	return [
		'<!DOCTYPE html>',
		'<html lang="en">',
		'<head>',
		'<meta charset="utf-8">',
		'<meta name="viewport" content="width=device-width, initial-scale=1">',
		`<title>${html(title)}</title>`,
		'</head>',
		`<body style="${S.body}">`,
		`<main style="${S.card}">`,
		`<h1 style="${S.h1}">${html(title)}</h1>`,
		`<p style="${S.lead}">${html(settings.organisation)} · Keyplan</p>`,
		...parts,
		`<p style="${S.footer}">${html(footerText(digest))}${footer ? ` ${link('Open Keyplan', footer)}` : ''}</p>`,
		'</main>',
		'</body>',
		'</html>',
		'',
	].join('\n');
}
