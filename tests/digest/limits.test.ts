/** Chat services refuse what is too large: a huge digest still makes a post each accepts, saying what it left out. */
import { describe, expect, test } from 'vitest';
import type { DigestLine, PersonDigest } from '../../src/domain/digest';
import { slackMessage } from '../../src/digest/slack';
import { teamsMessage } from '../../src/digest/teams';
import { settingsSchema } from '../../src/schema/settings';

const settings = settingsSchema.parse({ organisation: 'Acme', siteUrl: 'https://kam.example/' });
const line = (slug: string, i: number): DigestLine => ({ kind: 'overdue', slug, text: `overdue: "Action ${i} & <more> ${'x'.repeat(120)}"`, severity: 'warning' });
const huge: PersonDigest = {
	kind: 'person',
	id: 'p',
	name: 'P',
	email: undefined,
	since: '2026-11-18',
	today: '2026-11-25',
	accounts: Array.from({ length: 80 }, (_, a) => ({
		slug: `a-${a}`,
		name: `Account ${a}`,
		role: 'owner',
		health: { score: 50, band: 'watch' as const },
		todo: Array.from({ length: 40 }, (_, i) => line(`a-${a}`, i)),
		changed: Array.from({ length: 5 }, (_, i) => line(`a-${a}`, i)),
	})),
};

describe('chat limits', () => {
	test('Slack: at most 50 blocks, each section within 3,000 characters, escapes never cut', () => {
		const { blocks } = slackMessage([huge], settings);
		expect(blocks.length).toBeLessThanOrEqual(50);
		for (const b of blocks) if (b.type === 'section') expect(b.text.text.length).toBeLessThanOrEqual(3000);
		const text = blocks.map((b) => (b.type === 'section' ? b.text.text : '')).join('\n');
		expect(text).toMatch(/… and \d+ more/);
		// Every link and escape is whole.
		expect(text.match(/<https:/g)?.length).toBe(text.match(/\|[^|>]*>/g)?.length);
		expect(text).not.toMatch(/&(?!amp;|lt;|gt;)/);
	});

	test('Teams: the card stays under the 28 KB Teams accepts', () => {
		const message = teamsMessage([huge], settings);
		expect(JSON.stringify(message).length).toBeLessThan(28_000);
		const body = message.attachments[0].content.body;
		expect(body.at(-1)!.text).toMatch(/^… and \d+ more lines: open Keyplan$/);
	});
});
