/**
 * Digests as Microsoft Teams incoming-webhook messages: an Adaptive Card
 * (the format of Teams' workflow webhooks) with one TextBlock per line.
 * Every value goes through the chat encoder's `teamsText`/`teamsLink`.
 */
import type { Digest, DigestLine } from '../domain/digest/index.ts';
import { teamsLink, teamsText } from '../encode/chat.ts';
import type { Settings } from '../schema/settings.ts';
import { lineLink, partsOf, titleOf } from './wording.ts';

interface TextBlock {
	type: 'TextBlock';
	text: string;
	wrap: true;
	weight?: 'Bolder';
	size?: 'Medium';
	isSubtle?: true;
	spacing?: 'Small' | 'Medium';
}

const block = (text: string, extra: Partial<TextBlock> = {}): TextBlock => ({ type: 'TextBlock', text, wrap: true, ...extra });

const line = (l: DigestLine, settings: Settings) => {
	const href = lineLink(settings, l);
	return block(`• ${href ? teamsLink(href, l.text) : teamsText(l.text)}`, { spacing: 'Small' });
};

function bodyOf(digest: Digest, settings: Settings): TextBlock[] {
	const body = [block(teamsText(titleOf(digest, settings)), { weight: 'Bolder', size: 'Medium' })];
	for (const part of partsOf(digest, settings)) {
		body.push(block(part.link ? teamsLink(part.link, part.heading) : teamsText(part.heading), { weight: 'Bolder', spacing: 'Medium' }));
		for (const l of part.lists) body.push(...(l.label ? [block(teamsText(l.label), { isSubtle: true, spacing: 'Small' })] : []), ...l.lines.map((x) => line(x, settings)));
	}
	return body;
}

/** Teams refuses a message over about 28 KB: the card's text stops short of it, with a count of what is left out. */
const CARD_MAX = 24_000;

/** The blocks that fit in `CARD_MAX` characters, then one that says how many more there are. */
function capped(body: TextBlock[]): TextBlock[] {
	let size = 0;
	const kept = body.findIndex((b) => (size += JSON.stringify(b).length) > CARD_MAX);
	return kept < 0 ? body : [...body.slice(0, kept), block(`… and ${body.length - kept} more lines: open Keyplan`, { isSubtle: true })];
}

/** One Teams message (an Adaptive Card) for the given digests. */
export function teamsMessage(digests: readonly Digest[], settings: Settings) {
	return {
		type: 'message',
		attachments: [
			{
				contentType: 'application/vnd.microsoft.card.adaptive',
				contentUrl: null,
				content: { $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', type: 'AdaptiveCard', version: '1.4', body: capped(digests.flatMap((d) => bodyOf(d, settings))) },
			},
		],
	};
}
