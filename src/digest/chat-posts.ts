/**
 * Which chat posts a run makes, as `digest.chat` in settings says: one per
 * person, every digest in one post, or one per team channel (its people's
 * digests together, and the director's where asked), each to its webhook.
 */
import { UsageError } from '../present/command-line.ts';
import type { Digest } from '../domain/digest/index.ts';
import { shown } from '../loader/slugs.ts';
import type { Settings } from '../schema/settings.ts';
import { didYouMean, listKnown } from '../schema/suggest.ts';
import { slackMessage } from './slack.ts';
import { teamsMessage } from './teams.ts';
import { webhookUrl, type ChatPost, type ChatService } from './webhook.ts';

/** Who a digest is for, as the log says it. */
export const digestName = (d: Digest) => (d.kind === 'person' ? d.name : 'the director');

/**
 * The posts for `digests`; with `env` (sending), each with its webhook
 * address, a `UsageError` naming the variable when one is missing.
 */
export function chatPosts(digests: readonly Digest[], settings: Settings, service: ChatService, people: ReadonlySet<string>, env?: Record<string, string | undefined>): ChatPost[] {
	const message = service === 'slack' ? slackMessage : teamsMessage;
	const url = (channel?: string) => (env ? webhookUrl(service, env, channel) : undefined);
	const mode = settings.digest?.chat ?? 'per-person';
	if (mode === 'one-channel') return digests.length ? [{ name: 'channel', label: 'the channel', payload: message(digests, settings), url: url() }] : [];
	if (mode === 'per-person') return digests.map((d) => ({ name: d.kind === 'person' ? d.id : 'director', label: digestName(d), payload: message([d], settings), url: url() }));
	const channels = settings.digest?.channels ?? [];
	if (channels.length === 0) throw new UsageError('content/settings.yaml: digest.chat is per-channel but digest.channels lists no channel: add one, e.g.\n\n  channels:\n    - { id: dach, people: [sofia-marin, lena-vogt], director: true }');
	channels.forEach((c, i) =>
		c.people.forEach((id, j) => {
			if (!people.has(id)) throw new UsageError(`content/settings.yaml: digest.channels[${i}].people[${j}]: unknown person "${shown(id)}"${didYouMean(id, people)} (known: ${listKnown([...people], 20)})`);
		}),
	);
	return channels.flatMap((c) => {
		const mine = digests.filter((d) => (d.kind === 'person' ? c.people.includes(d.id) : c.director));
		return mine.length ? [{ name: `channel-${c.id}`, label: `channel ${c.id}`, payload: message(mine, settings), url: url(c.id) }] : [];
	});
}
