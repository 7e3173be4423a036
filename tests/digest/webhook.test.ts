/** Digests posted to Slack and Teams incoming webhooks (a local HTTP server stands in for each service). */
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { sandbox } from '../support/sandbox';
import { useTempDirs } from '../support/temp';
import { runDigest, useServers, webhookServer } from './support';

const temp = useTempDirs();
const closeAfter = useServers();
const ACCOUNTS = ['portavia-terminals', 'castellan-pharma'];

describe('digest to chat webhooks', () => {
	test('Slack: one post per person in Block Kit, every account linked to the site', async () => {
		const box = temp.keep(sandbox(ACCOUNTS));
		const hook = await webhookServer();
		closeAfter(hook);
		const result = await runDigest(['--send', '--to', 'slack'], box.root, { KEYPLAN_SLACK_WEBHOOK: hook.url });
		expect(result.status, result.stderr).toBe(0);
		expect(hook.posts.every((p) => p.path === '/hook/SECRET-TOKEN')).toBe(true);
		const bodies = hook.posts.map((p) => p.body as { text: string; blocks: { type: string; text?: { type: string; text: string } }[] });
		const titles = bodies.map((b) => b.text.split(':')[0]).sort();
		// The director's digest has nothing to say without history or stale plans: it is not posted.
		expect(titles).toEqual(['Lena Vogt', 'Priya Nair', 'Sofia Marin']);
		const sofia = bodies.find((b) => b.text.startsWith('Sofia Marin'))!;
		expect(sofia.blocks[0].text!.type).toBe('mrkdwn');
		expect(JSON.stringify(sofia.blocks)).toContain('<https://kam.brightline.example/accounts/portavia-terminals/|Portavia Terminals');
		expect(result.stdout).toContain('posted for Sofia Marin');
		expect(result.stdout + result.stderr).not.toContain('SECRET-TOKEN');
	});

	test('Teams: an Adaptive Card per person; a refused post is reported and the others still go', async () => {
		const box = temp.keep(sandbox(ACCOUNTS));
		const hook = await webhookServer((n) => (n === 1 ? 403 : 200));
		closeAfter(hook);
		const result = await runDigest(['--send', '--to', 'teams'], box.root, { KEYPLAN_TEAMS_WEBHOOK: hook.url });
		expect(result.status).toBe(1);
		expect(hook.posts).toHaveLength(3);
		const card = (hook.posts[1].body as { attachments: { contentType: string; content: { type: string; body: { type: string; text: string }[] } }[] }).attachments[0];
		expect(card.contentType).toBe('application/vnd.microsoft.card.adaptive');
		expect(card.content.type).toBe('AdaptiveCard');
		expect(card.content.body.every((b) => b.type === 'TextBlock')).toBe(true);
		expect(result.stdout).toMatch(/not delivered: .+ <http:\/\/127\.0\.0\.1:\d+> \(HTTP 403\)/);
		expect(result.stdout + result.stderr).not.toContain('SECRET-TOKEN');
	});

	test('one channel: every digest in a single post when settings say digest.chat: one-channel', async () => {
		const box = temp.keep(sandbox(ACCOUNTS));
		const hook = await webhookServer();
		closeAfter(hook);
		const settings = `${box.root}/content/settings.yaml`;
		writeFileSync(settings, readFileSync(settings, 'utf8').replace(/^digest:.*$/m, 'digest:\n  chat: one-channel'));
		const result = await runDigest(['--send', '--to', 'slack'], box.root, { KEYPLAN_SLACK_WEBHOOK: hook.url });
		expect(result.status, result.stderr).toBe(0);
		expect(hook.posts).toHaveLength(1);
		const text = JSON.stringify(hook.posts[0].body);
		for (const name of ['Sofia Marin: weekly digest', 'Priya Nair: weekly digest', 'Lena Vogt: weekly digest']) expect(text).toContain(name);
	});

	test('team channels: one post per channel with its people\'s digests, each to its own webhook', async () => {
		const box = temp.keep(sandbox(ACCOUNTS));
		const settings = `${box.root}/content/settings.yaml`;
		const channels = 'digest:\n  chat: per-channel\n  channels:\n    - { id: ports, people: [sofia-marin], director: true }\n    - { id: life-sciences, people: [priya-nair, lena-vogt] }';
		writeFileSync(settings, readFileSync(settings, 'utf8').replace(/^digest:.*$/m, channels));
		const hook = await webhookServer();
		closeAfter(hook);
		const base = hook.url.replace('/hook/SECRET-TOKEN', '');
		const missing = await runDigest(['--send', '--to', 'slack'], box.root, { KEYPLAN_SLACK_WEBHOOK_PORTS: `${base}/ports` });
		expect(missing.status).toBe(2);
		expect(missing.stderr).toContain('KEYPLAN_SLACK_WEBHOOK_LIFE_SCIENCES is not set');
		expect(hook.posts).toEqual([]);
		const result = await runDigest(['--send', '--to', 'slack'], box.root, { KEYPLAN_SLACK_WEBHOOK_PORTS: `${base}/ports`, KEYPLAN_SLACK_WEBHOOK_LIFE_SCIENCES: `${base}/life` });
		expect(result.status, result.stderr).toBe(0);
		expect(hook.posts.map((p) => p.path)).toEqual(['/ports', '/life']);
		const [ports, life] = hook.posts.map((p) => JSON.stringify(p.body));
		expect(ports).toContain('Sofia Marin: weekly digest');
		expect(ports).not.toContain('Priya Nair');
		expect(life).toContain('Priya Nair: weekly digest');
		expect(life).toContain('Lena Vogt: weekly digest');
		expect(life).not.toContain('Sofia Marin: weekly digest');
	});
});
