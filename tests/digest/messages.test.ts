/**
 * The messages `--out` writes: hostile plan text puts no header, markup,
 * mention or foreign link into any of them; the same content, today and
 * `--since` give the same bytes; a file Keyplan did not write is never replaced.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { describe, expect, test } from 'vitest';
import { sandbox, type Sandbox } from '../support/sandbox';
import { useTempDirs } from '../support/temp';
import { headerBlock, runDigest } from './support';

const temp = useTempDirs();
const SLUG = 'portavia-terminals';
const HOSTILE_NAME = 'Portavia\r\nBcc: someone@example.com';
const HOSTILE_TITLE = 'Meet <img src=https://evil.example/x.png> @channel <!here> <@U123> *now* [x](https://evil.example)';

/** Portavia (Sofia's, with an overdue action) renamed and with an action title meant to break out of every format. */
function hostile(): Sandbox {
	const box = temp.keep(sandbox([SLUG]));
	box.editPlan(SLUG, (doc) => {
		doc.set('name', HOSTILE_NAME);
		const actions = doc.get('actions') as { items: { get(k: string): unknown; set(k: string, v: unknown): void }[] };
		actions.items.find((a) => a.get('title') === 'Meet procurement on their tender calendar')!.set('title', HOSTILE_TITLE);
	});
	return box;
}

const files = (dir: string, ext: string) => readdirSync(dir).filter((f) => f.endsWith(ext)).sort();

describe('digest messages', () => {
	test('an account name with CR/LF puts no extra header into any message; plan text is escaped in HTML', async () => {
		const box = hostile();
		const dir = temp.outDir();
		const result = await runDigest(['--out', dir], box.root);
		expect(result.status, result.stderr).toBe(0);
		const emls = files(dir, '.eml');
		expect(emls).toContain('sofia-marin.eml');
		for (const name of emls) {
			const raw = readFileSync(join(dir, name));
			expect(headerBlock(raw), name).not.toMatch(/^bcc:/im);
			const mail = await simpleParser(raw);
			expect(mail.bcc, name).toBeUndefined();
			expect(mail.headers.has('bcc'), name).toBe(false);
			expect(mail.to && !Array.isArray(mail.to) ? mail.to.value.length : 0, name).toBe(1);
			expect(mail.subject, name).not.toMatch(/[\r\n]/);
			const html = mail.html as string;
			expect(html).not.toContain('<img');
			expect(html).toContain('&lt;img src=https://evil.example/x.png&gt;');
			for (const [, href] of html.matchAll(/href="([^"]+)"/g)) expect(href).toMatch(/^https:\/\/kam\.brightline\.example\//);
		}
		const sofia = await simpleParser(readFileSync(join(dir, 'sofia-marin.eml')));
		expect(sofia.subject).toContain('Portavia Bcc: someone@example.com');
		expect(sofia.text).toContain(HOSTILE_TITLE);
	});

	test('chat payloads carry no live mention, markup or foreign link', async () => {
		const box = hostile();
		const dir = temp.outDir();
		expect((await runDigest(['--out', dir, '--to', 'slack'], box.root)).status).toBe(0);
		expect((await runDigest(['--out', dir, '--to', 'teams'], box.root)).status).toBe(0);
		const slack = readFileSync(join(dir, 'sofia-marin.slack.json'), 'utf8');
		const slackText = JSON.stringify(JSON.parse(slack));
		expect(slackText).not.toContain('<!here>');
		expect(slackText).not.toContain('<@U123>');
		expect(slackText).not.toMatch(/(?<!\\u2060|\u2060)@channel/);
		expect(slackText).toContain('&lt;!here&gt;');
		expect(slackText).not.toMatch(/<https:\/\/evil/);
		for (const [, url] of slackText.matchAll(/<(https?:[^|>]+)\|/g)) expect(url).toMatch(/^https:\/\/kam\.brightline\.example\//);
		const teams = JSON.parse(readFileSync(join(dir, 'sofia-marin.teams.json'), 'utf8'));
		const texts: string[] = teams.attachments[0].content.body.map((b: { text: string }) => b.text);
		const line = texts.find((t) => t.includes('Meet'))!;
		expect(line).toContain('\\[x\\]\\(https://evil\\.example\\)');
		expect(line).toContain('\\<img');
		expect(line).not.toMatch(/(?<!\u2060)@channel/);
		for (const [, url] of texts.join('\n').matchAll(/\]\((https?:[^)]+)\)/g)) expect(url).toMatch(/^https:\/\/kam\.brightline\.example\//);
	});

	test('shown as Markdown, text or JSON, plan text forges no markup, line or terminal control', async () => {
		const box = hostile();
		box.editPlan(SLUG, (doc) => doc.set('name', 'Portavia\u001b[2J\r\nBcc: x'));
		const markdown = await runDigest(['--owner', 'sofia-marin', '--format', 'markdown'], box.root);
		expect(markdown.status, markdown.stderr).toBe(0);
		expect(markdown.stdout).toContain('\\<img src=https://evil.example/x.png\\>');
		expect(markdown.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
		expect(markdown.stdout).toContain('## [Portavia \\[2J Bcc: x (owner');
		const text = await runDigest(['--owner', 'sofia-marin'], box.root);
		expect(text.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
		expect(text.stdout).toMatch(/^Portavia \[2J Bcc: x \(owner/m);
		const json = await runDigest(['--owner', 'sofia-marin', '--format', 'json'], box.root);
		expect(JSON.parse(json.stdout)[0].digest.accounts[0].name).toBe('Portavia\u001b[2J\r\nBcc: x');
	});

	test('the same content, today and --since give byte-identical messages', async () => {
		const box = temp.keep(sandbox(['portavia-terminals', 'fjellkraft-energi']));
		const [a, b] = [temp.outDir(), temp.outDir()];
		for (const dir of [a, b]) expect((await runDigest(['--out', dir, '--since', '2026-11-01'], box.root)).status).toBe(0);
		const emls = files(a, '.eml');
		expect(emls.length).toBeGreaterThan(2);
		expect(files(b, '.eml')).toEqual(emls);
		for (const name of emls) expect(readFileSync(join(b, name)).equals(readFileSync(join(a, name))), name).toBe(true);
		const raw = readFileSync(join(a, 'sofia-marin.eml'), 'utf8');
		expect(raw).toMatch(/^Date: Wed, 25 Nov 2026 06:00:00 \+0000$/m);
		// Another day is another message: another Message-ID.
		const c = temp.outDir();
		expect((await runDigest(['--out', c, '--since', '2026-11-01'], box.root, { KEYPLAN_TODAY: '2026-11-26' })).status).toBe(0);
		const id = (s: string) => /^Message-ID: (.+)$/m.exec(s)![1];
		expect(id(readFileSync(join(c, 'sofia-marin.eml'), 'utf8'))).not.toBe(id(raw));
	});

	test('--out never replaces a file Keyplan did not write', async () => {
		const box = temp.keep(sandbox(['portavia-terminals']));
		const dir = temp.outDir();
		writeFileSync(join(dir, 'sofia-marin.eml'), 'my own draft');
		const result = await runDigest(['--out', dir], box.root);
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('sofia-marin.eml: not written by Keyplan');
		expect(readFileSync(join(dir, 'sofia-marin.eml'), 'utf8')).toBe('my own draft');
		// What Keyplan wrote itself, it may write again.
		const again = temp.outDir();
		expect((await runDigest(['--out', again], box.root)).status).toBe(0);
		expect((await runDigest(['--out', again], box.root)).status).toBe(0);
	});
});
