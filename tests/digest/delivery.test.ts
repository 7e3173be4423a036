/**
 * `npm run digest -- --send` on the sample, as a new user would try it
 * (KEYPLAN_TODAY=2026-11-25, a real SMTP server on 127.0.0.1): one message per
 * person with accounts and one portfolio digest, each naming exactly the
 * overdue actions `npm run check -- --format json` reports for that person's
 * accounts; a refused recipient and an unreachable server.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { loadPortfolio } from '../../src/loader/portfolio';
import { REPO, sandbox } from '../support/sandbox';
import { runScript } from '../support/run';
import { useTempDirs } from '../support/temp';
import { freePort, runDigest, smtpServer, useServers } from './support';

const temp = useTempDirs();
const ALL = readdirSync(`${REPO}/content/accounts`);
const closeAfter = useServers();

/** Person id → the slugs they own or serve on, from the sample's plans. */
function accountsOfPeople(root: string): Map<string, Set<string>> {
	const out = new Map<string, Set<string>>();
	for (const a of loadPortfolio(root).portfolio.accounts) {
		const plan = a.plan.data;
		for (const id of [plan.owner, ...plan.team.map((m) => (typeof m === 'string' ? m : m.person))]) out.set(id, (out.get(id) ?? new Set()).add(a.slug));
	}
	return out;
}

/** The quoted title at the start of an overdue-action message. */
const titleOf = (message: string) => /^"(.+?)" (?:\(owned by .+?\) )?was due/.exec(message)?.[1];

describe('digest --send on the sample', () => {
	test('one message per person with accounts and one director digest, each with exactly the overdue actions check reports', async () => {
		const box = temp.keep(sandbox(ALL));
		const smtp = await smtpServer();
		closeAfter(smtp);
		const result = await runDigest(['--send'], box.root, { KEYPLAN_SMTP_URL: smtp.url });
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);

		const check = runScript('check', ['--format', 'json'], box.root, { KEYPLAN_TODAY: '2026-11-25' });
		const findings = JSON.parse(check.stdout) as { rule: string | null; account: string | null; message: string }[];
		const overdue = findings.filter((f) => f.rule === 'actions.overdue' || f.rule === 'actions.customer-overdue');
		expect(overdue.length).toBeGreaterThan(0);

		const people = accountsOfPeople(box.root);
		const personal = smtp.received.filter((m) => !m.mail.subject?.startsWith('Portfolio digest'));
		expect(personal.map((m) => m.to[0]).sort()).toEqual([...people.keys()].map((id) => `${id.replace('-', '.')}@brightline.example`).sort());
		for (const [id, slugs] of people) {
			const message = personal.find((m) => m.to[0] === `${id.replace('-', '.')}@brightline.example`)!;
			const expected = overdue.filter((f) => slugs.has(f.account!)).map((f) => titleOf(f.message)!);
			const named = [...message.mail.text!.matchAll(/^\s+- overdue: "(.+?)" was due/gm)].map((m) => m[1]);
			expect(named.sort(), id).toEqual(expected.sort());
			expect(message.mail.html, id).toBeTruthy();
			for (const title of expected) expect(message.mail.html).toContain(title.replace(/&/g, '&amp;').replace(/"/g, '&quot;'));
			// Every link goes to the site and nowhere else.
			const links = [...(message.mail.html as string).matchAll(/href="([^"]+)"/g)].map((m) => m[1]);
			expect(links.length).toBeGreaterThan(0);
			for (const link of links) expect(link).toMatch(/^https:\/\/kam\.brightline\.example\//);
		}

		const director = smtp.received.filter((m) => m.mail.subject?.startsWith('Portfolio digest'));
		expect(director).toHaveLength(1);
		expect(director[0].to).toEqual(['tom.okafor@brightline.example']);
		expect(director[0].mail.subject).toContain('Brightline Industrial Services');
		expect(director[0].mail.text).toMatch(/^Plans not reviewed\r?\n- Brückner Druckguss: not reviewed for/m);
		expect(director[0].mail.from?.value[0].address).toBe('keyplan@brightline.example');
		expect(result.stdout.match(/^sent to /gm)).toHaveLength(smtp.received.length);
	});

	test('a refused recipient is named, the others still get theirs, and the run fails', async () => {
		const box = temp.keep(sandbox(ALL));
		const smtp = await smtpServer(['lena.vogt@brightline.example']);
		closeAfter(smtp);
		const result = await runDigest(['--send'], box.root, { KEYPLAN_SMTP_URL: smtp.url });
		expect(result.status).toBe(1);
		expect(result.stdout).toMatch(/not delivered: Lena Vogt <lena\.vogt@brightline\.example> \(.*550/);
		const to = smtp.received.map((m) => m.to[0]);
		expect(to).not.toContain('lena.vogt@brightline.example');
		expect(to).toContain('sofia.marin@brightline.example');
		expect(to).toContain('tom.okafor@brightline.example');
		expect(smtp.received).toHaveLength(5);
	});

	test('nothing to say sends nothing, and the log says so', async () => {
		// Nordwind is the healthy sample account: on 2026-11-25 nothing is due, late or changed there.
		const box = temp.keep(sandbox(['nordwind-logistics']));
		const smtp = await smtpServer();
		closeAfter(smtp);
		const result = await runDigest(['--send'], box.root, { KEYPLAN_SMTP_URL: smtp.url });
		expect(result.status).toBe(0);
		expect(smtp.received).toEqual([]);
		for (const name of ['Sofia Marin', 'Tom Okafor', 'Lena Vogt', 'the director']) expect(result.stdout).toContain(`nothing to say for ${name} since 2026-11-18: no digest sent`);
	});

	test('an unreachable server is a one-line error that shows no credentials', async () => {
		const box = temp.keep(sandbox(['portavia-terminals']));
		// A port that was free a moment ago: nothing listens there.
		const port = await freePort();
		const result = await runDigest(['--send'], box.root, { KEYPLAN_SMTP_URL: `smtp://keyplan:s3cret-pass@127.0.0.1:${port}` });
		expect(result.status).toBe(1);
		expect(result.stderr.trim().split('\n')).toEqual([`cannot send through the SMTP server smtp://127.0.0.1:${port}: it cannot be reached (ECONNREFUSED)`]);
		expect(result.stdout + result.stderr).not.toContain('s3cret');
	});

	test('without KEYPLAN_SMTP_URL, --send is a usage error', async () => {
		const box = temp.keep(sandbox(['nordwind-logistics']));
		const result = await runDigest(['--send'], box.root);
		expect(result.status).toBe(2);
		expect(result.stderr).toContain('KEYPLAN_SMTP_URL is not set');
	});
});
