/** `npm run digest` usage mistakes are plain messages (exit 2); an unreachable webhook is one line that hides its address. */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { sandbox } from '../support/sandbox';
import { useTempDirs } from '../support/temp';
import { freePort, runDigest } from './support';

const temp = useTempDirs();

describe('digest command line', () => {
	test.each([
		[['--owner', 'sofia-marn'], 'no person "sofia-marn" (did you mean "sofia-marin"?)'],
		[['--since', '2026-02-30'], '--since "2026-02-30" is not a date'],
		[['--since', '2026-12-01'], '--since 2026-12-01 is after today (2026-11-25)'],
		[['--format', 'pdf'], '--format must be text, markdown, html or json'],
		[['--to', 'fax'], '--to must be email, slack or teams'],
		[['--send', '--to', 'slack'], 'KEYPLAN_SLACK_WEBHOOK is not set'],
	])('%j is a usage error', async (args, message) => {
		const box = temp.keep(sandbox(['portavia-terminals']));
		const result = await runDigest(args, box.root);
		expect(result.status).toBe(2);
		expect(result.stderr).toContain(message);
	});

	test('a person without an e-mail address is said so, the others are written', async () => {
		const box = temp.keep(sandbox(['portavia-terminals']));
		const person = `${box.root}/content/people/lena-vogt.yaml`;
		writeFileSync(person, readFileSync(person, 'utf8').replace(/^email:.*\n/m, ''));
		const dir = temp.outDir();
		const result = await runDigest(['--out', dir], box.root);
		expect(result.status, result.stderr).toBe(0);
		expect(result.stdout).toContain('no e-mail address for Lena Vogt: add email to content/people/lena-vogt.yaml; not sent');
		expect(readdirSync(dir).filter((f) => f.endsWith('.eml')).sort()).toEqual(['sofia-marin.eml']);
	});

	test('without siteUrl the digests carry no link, and the log says why', async () => {
		const box = temp.keep(sandbox(['portavia-terminals']));
		const settings = `${box.root}/content/settings.yaml`;
		writeFileSync(settings, readFileSync(settings, 'utf8').replace(/^siteUrl:.*\n/m, ''));
		const result = await runDigest(['--owner', 'sofia-marin', '--format', 'html'], box.root);
		expect(result.status, result.stderr).toBe(0);
		expect(result.stderr).toContain('content/settings.yaml has no siteUrl: the digests cannot link to the site');
		expect(result.stdout).toContain('Portavia Terminals');
		expect(result.stdout).not.toContain('href=');
	});

	test('an unreachable webhook is one line without the secret part of its address', async () => {
		const box = temp.keep(sandbox(['portavia-terminals']));
		const port = await freePort();
		const result = await runDigest(['--send', '--to', 'teams'], box.root, { KEYPLAN_TEAMS_WEBHOOK: `http://127.0.0.1:${port}/webhook/SECRET-TOKEN` });
		expect(result.status).toBe(1);
		expect(result.stderr.trim().split('\n')).toEqual([`cannot reach the webhook at http://127.0.0.1:${port}: ECONNREFUSED`]);
		expect(result.stdout + result.stderr).not.toContain('SECRET');
	});
});
