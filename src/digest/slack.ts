/**
 * Digests as Slack incoming-webhook messages (Block Kit, mrkdwn): a header
 * section per digest, a section per account or topic with one linked line per
 * item. Every value goes through the chat encoder's `slackText`/`slackLink`.
 */
import type { Digest, DigestLine } from '../domain/digest/index.ts';
import { slackLink, slackText } from '../encode/chat.ts';
import type { Settings } from '../schema/settings.ts';
import { lineLink, partsOf, titleOf } from './wording.ts';

/** Slack's limits: characters of a section's text, blocks per message. */
const SECTION_MAX = 3000;
const BLOCKS_MAX = 50;

type Block = { type: 'section'; text: { type: 'mrkdwn'; text: string } } | { type: 'divider' };

const section = (text: string): Block => ({ type: 'section', text: { type: 'mrkdwn', text } });

/**
 * A section: `head` then the lines as bullets, up to Slack's limit; what does
 * not fit is counted, never cut in the middle of an escape or a link.
 */
function listSection(head: string, lines: readonly DigestLine[], settings: Settings): Block {
	const out: string[] = [head];
	let size = head.length;
	for (const [i, l] of lines.entries()) {
		const href = lineLink(settings, l);
		const bullet = `• ${href ? slackLink(href, l.text) : slackText(l.text)}`;
		if (size + bullet.length + 1 > SECTION_MAX - 40) {
			out.push(`… and ${lines.length - i} more`);
			break;
		}
		out.push(bullet);
		size += bullet.length + 1;
	}
	return section(out.join('\n'));
}

function blocksOf(digest: Digest, settings: Settings): Block[] {
	const blocks: Block[] = [section(`*${slackText(titleOf(digest, settings))}*`)];
	for (const part of partsOf(digest, settings)) {
		// The heading goes with the part's first list; each list is a section of its own, within Slack's limit.
		const heading = `*${part.link ? slackLink(part.link, part.heading) : slackText(part.heading)}*`;
		part.lists.forEach((l, i) => blocks.push(listSection([...(i === 0 ? [heading] : []), ...(l.label ? [`_${l.label}_`] : [])].join('\n'), l.lines, settings)));
	}
	return blocks;
}

/** One Slack message for the given digests (one digest per person, or every digest in one channel post). */
export function slackMessage(digests: readonly Digest[], settings: Settings): { text: string; blocks: Block[] } {
	const blocks: Block[] = [];
	for (const d of digests) blocks.push(...(blocks.length ? [{ type: 'divider' } as const] : []), ...blocksOf(d, settings));
	const kept = blocks.length > BLOCKS_MAX ? [...blocks.slice(0, BLOCKS_MAX - 1), section(`… and ${blocks.length - BLOCKS_MAX + 1} more sections: open Keyplan`)] : blocks;
	return { text: slackText(digests.map((d) => titleOf(d, settings)).join('; ')), blocks: kept };
}
