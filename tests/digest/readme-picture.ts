/**
 * The README's picture of a digest as a mail client shows it:
 * `npx tsx tests/digest/readme-picture.ts` writes docs/screenshots/digest.png.
 * Three sample accounts in a temporary repository, committed on 1 October;
 * on 20 November Tom Okafor records Katrin Hoff's cooler stance and the
 * Portavia meeting with procurement as done. Sofia Marin's e-mail as of
 * 2026-11-25 is written with `--out`, read back with mailparser, and its
 * HTML part shown under the message's headers in headless Chromium (which
 * may load nothing).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { html } from '../../src/encode/mail';
import { launchBrowser } from '../e2e/support/browser';
import { initRepository } from '../support/git-repo';
import { REPO, sandbox } from '../support/sandbox';

const PERSON = 'sofia-marin';
const box = sandbox(['nordwind-logistics', 'portavia-terminals', 'fjellkraft-energi']);
initRepository(box, '2026-10-01');
box.editText('nordwind-logistics', (text) => text.replace(/(name: Katrin Hoff[\s\S]*?stance: )champion/, '$1supporter'));
box.editText('portavia-terminals', (text) => text.replace(/(Meet procurement on their tender calendar.*?status: )open/, '$1done'));
const when = '2026-11-20T09:30:00Z';
const as = { ...process.env, GIT_AUTHOR_DATE: when, GIT_COMMITTER_DATE: when, GIT_AUTHOR_NAME: 'Tom Okafor', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 'Tom Okafor', GIT_COMMITTER_EMAIL: 't@example.com' };
spawnSync('git', ['commit', '-qam', 'Notes from the Nordwind and Portavia meetings'], { cwd: box.root, env: as });
const out = mkdtempSync(join(tmpdir(), 'keyplan-digest-picture-'));
try {
	const run = spawnSync(join(REPO, 'node_modules', '.bin', 'tsx'), [join(REPO, 'scripts', 'digest.ts'), '--owner', PERSON, '--out', out], {
		cwd: box.root,
		encoding: 'utf8',
		env: { ...process.env, KEYPLAN_TODAY: '2026-11-25' },
	});
	if (run.status !== 0) throw new Error(run.stdout + run.stderr);
	const mail = await simpleParser(readFileSync(join(out, `${PERSON}.eml`)));
	const field = (name: string, value: string) => `<div><span style="color:#5b6475;display:inline-block;width:70px">${name}</span>${html(value)}</div>`;
	const frame = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>digest</title></head>
<body style="margin:0;font-family:sans-serif;background:#e9ecf1">
<div style="background:#fff;border-bottom:1px solid #d5dae3;padding:16px 24px;font-size:14px;line-height:1.6">
<div style="font-size:19px;font-weight:600;margin-bottom:6px">${html(mail.subject ?? '')}</div>
${field('From', mail.from?.text ?? '')}${field('To', (Array.isArray(mail.to) ? mail.to[0] : mail.to)?.text ?? '')}${field('Date', mail.date?.toUTCString() ?? '')}
</div>
<iframe sandbox="" style="border:0;width:100%;height:1400px;display:block" srcdoc="${html(mail.html as string)}"></iframe>
</body></html>`;
	const browser = await launchBrowser();
	try {
		const page = await browser.newPage({ viewport: { width: 900, height: 1100 }, deviceScaleFactor: 1 });
		await page.route('**/*', (route) => route.abort());
		await page.setContent(frame, { waitUntil: 'load' });
		const inner = await page.frameLocator('iframe').locator('main').boundingBox();
		const height = Math.min(1600, Math.ceil((inner?.y ?? 0) + (inner?.height ?? 1000) + 24));
		await page.setViewportSize({ width: 900, height });
		await page.screenshot({ path: join(REPO, 'docs', 'screenshots', 'digest.png') });
		console.log(`wrote docs/screenshots/digest.png (${PERSON}, ${height} px high)`);
	} finally {
		await browser.close();
	}
} finally {
	rmSync(out, { recursive: true, force: true });
	box.remove();
}
