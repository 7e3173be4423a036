/**
 * The words and links every format of a digest shares: the subject, the
 * title, the headings and each line's link into the site. Values stay raw;
 * each format escapes them with its own encoder.
 */
import type { AccountDigest, Digest, DigestLine } from '../domain/digest/index.ts';
import { lineCount } from '../domain/digest/index.ts';
import { formatDate, plural } from '../domain/format.ts';
import { siteLink } from '../encode/mail.ts';
import type { Settings } from '../schema/settings.ts';
import { accountUrl, personUrl } from '../present/links.ts';

/** The digest's subject (raw: the mail encoder makes it a safe header). */
export function subjectOf(digest: Digest, settings: Settings): string {
	if (digest.kind === 'director') return `Portfolio digest for ${settings.organisation}: ${plural(lineCount(digest), 'point')}, week to ${formatDate(digest.today)}`;
	const todo = digest.accounts.reduce((n, a) => n + a.todo.length, 0);
	const busy = digest.accounts.filter((a) => a.todo.length + a.changed.length > 0);
	const first = busy[0];
	const where = first ? ` on ${first.name}${busy.length > 1 ? ` and ${plural(busy.length - 1, 'more account')}` : ''}` : '';
	return `Your week: ${plural(todo, 'thing')} to do${where} (${formatDate(digest.today)})`;
}

/** The first line of the digest's body. */
export function titleOf(digest: Digest, settings: Settings): string {
	const span = `${formatDate(digest.since)} – ${formatDate(digest.today)}`;
	return digest.kind === 'director' ? `${settings.organisation}: portfolio digest, ${span}` : `${digest.name}: weekly digest, ${span}`;
}

/** The heading of one account in a person's digest. */
export function accountHeading(a: AccountDigest): string {
	return `${a.name} (${a.role}, health ${a.health.score} ${a.health.band})`;
}

/** Headings of a person's two lists per account. */
export const TODO_HEADING = 'Needs doing';
export const CHANGED_HEADING = 'Changed';

/** One list of a part: its label (a person's "Needs doing", "Changed"; none for a director's topic) and its lines. */
export interface PartList {
	label?: string;
	lines: readonly DigestLine[];
}

/** A part of a digest as every format lays it out: a heading (an account, linked to its page, or a director's topic), then its lists. */
export interface DigestPart {
	heading: string;
	link: string | undefined;
	lists: PartList[];
}

/** The parts of a digest with something in them, in order: a person's accounts, or the director's topics. */
export function partsOf(digest: Digest, settings: Settings): DigestPart[] {
	const lists = (...all: PartList[]) => all.filter((l) => l.lines.length > 0);
	const parts: DigestPart[] =
		digest.kind === 'person'
			? digest.accounts.map((a) => ({ heading: accountHeading(a), link: accountLink(settings, a.slug), lists: lists({ label: TODO_HEADING, lines: a.todo }, { label: CHANGED_HEADING, lines: a.changed }) }))
			: digest.sections.map((s) => ({ heading: s.title, link: undefined, lists: lists({ lines: s.lines }) }));
	return parts.filter((p) => p.lists.length > 0);
}

/** The absolute link of a line (its account's or person's page), when the site's address is set. */
export function lineLink(settings: Settings, line: DigestLine): string | undefined {
	if (line.slug) return siteLink(settings.siteUrl, accountUrl(line.slug));
	if (line.person) return siteLink(settings.siteUrl, personUrl(line.person));
	return undefined;
}

/** The link of an account's page. */
export function accountLink(settings: Settings, slug: string): string | undefined {
	return siteLink(settings.siteUrl, accountUrl(slug));
}

/** The address of a person's digest on the site, for the footer: their page. */
export function footerLink(settings: Settings, digest: Digest): string | undefined {
	return siteLink(settings.siteUrl, digest.kind === 'person' ? personUrl(digest.id) : '/');
}

/** The footer sentence: why the reader gets this. */
export function footerText(digest: Digest): string {
	return digest.kind === 'director'
		? 'You receive the portfolio digest as a recipient named in settings.yaml (digest.director).'
		: 'You receive this digest because you own or serve on these accounts in Keyplan.';
}
