/**
 * The README's picture of a digest as a mail client shows it:
 * `npx tsx tests/digest/readme-picture.ts` writes docs/screenshots/digest.png
 * from the sample (with its history) as of 2026-11-25: Priya Nair's e-mail,
 * written with `--out`, read back with mailparser, its HTML part shown under
 * the message's headers in headless Chromium (which may load nothing).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { html } from '../../src/encode/mail';
import { launchBrowser } from '../e2e/support/browser';
import { REPO } from '../support/sandbox';

const PERSON = process.argv[2] ?? 'priya-nair';
const out = mkdtempSync(join(tmpdir(), 'keyplan-digest-picture-'));
try {
	const run = spawnSync(join(REPO, 'node_modules', '.bin', 'tsx'), [join(REPO, 'scripts', 'digest.ts'), '--owner', PERSON, '--out', out], {
		cwd: REPO,
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
}
