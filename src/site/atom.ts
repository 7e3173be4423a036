/**
 * `changes.xml`: what changed across the portfolio as an Atom feed (RFC 4287)
 * for a director's feed reader. One entry per commit and account, newest
 * first, with a stable id (`urn:keyplan:change:<commit>:<slug>`), so a feed
 * reader never shows a change twice. Every text comes from git or the plans
 * and is escaped; characters XML cannot carry are dropped.
 */
import { formatHealthMove, plural } from '../domain/format.ts';
import type { HistoryEntry } from '../history/plans.ts';
import { xmlText } from '../encode/xml.ts';

/** Entries in the feed at most. */
export const FEED_ENTRIES = 100;

/** One line that says what a change did: health, plan changes, findings. */
export function changeLine(e: HistoryEntry): string {
	const parts = [`health ${formatHealthMove(e.before, e.after)}`, ...e.changes.map((c) => c.text)];
	if (e.opened.length || e.resolved.length) parts.push(`${plural(e.opened.length, 'finding')} opened, ${e.resolved.length} resolved`);
	return parts.join('; ');
}

/** The Atom feed of the newest changes; `updated` is the newest change's time (else `today`), so the same history gives the same bytes. */
export function changesFeed(entries: readonly HistoryEntry[], names: ReadonlyMap<string, string>, organisation: string, today: string): string {
	const newest = [...entries].sort((a, b) => b.time.localeCompare(a.time) || a.slug.localeCompare(b.slug)).slice(0, FEED_ENTRIES);
	const updated = newest[0]?.time ?? `${today}T00:00:00Z`;
	const items = newest.map(
		(e) => `  <entry>
    <id>urn:keyplan:change:${e.commit}:${e.slug}</id>
    <title>${xmlText(`${names.get(e.slug) ?? e.slug}: ${e.subject}`)}</title>
    <updated>${xmlText(e.time)}</updated>
    <author><name>${xmlText(e.author || 'unknown')}</name></author>
    <link rel="alternate" type="text/html" href="accounts/${e.slug}/#history"/>
    <summary type="text">${xmlText(changeLine(e))}</summary>
  </entry>`,
	);
	return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>urn:keyplan:changes</id>
  <title>${xmlText(`${organisation}: what changed in the key account plans`)}</title>
  <updated>${xmlText(updated)}</updated>
  <author><name>Keyplan</name></author>
  <link rel="alternate" type="text/html" href="./"/>
  <link rel="self" type="application/atom+xml" href="changes.xml"/>
${items.join('\n')}${items.length ? '\n' : ''}</feed>
`;
}
