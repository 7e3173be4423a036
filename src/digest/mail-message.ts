/**
 * A digest as an e-mail: multipart/alternative with the plain-text and the
 * HTML part, built by nodemailer's MailComposer. Deterministic: the
 * Message-ID, the Date and the MIME boundaries derive from the digest itself
 * (its content, today, its start date) and the recipient, so the same
 * content gives the same bytes. Headers come only through the mail encoder.
 */
import { createHash } from 'node:crypto';
import MailComposer from 'nodemailer/lib/mail-composer';
import type { Digest } from '../domain/digest/index.ts';
import { headerValue } from '../encode/mail.ts';
import type { Settings } from '../schema/settings.ts';
import { digestHtml } from './html.ts';
import { digestText } from './text.ts';
import { subjectOf } from './wording.ts';

/** One message, ready to send or to write as `.eml`. */
export interface MailMessage {
	/** File name stem for `--out`: the person id, or `director-<n>`. */
	name: string;
	/** Who it is for, as the log names them. */
	label: string;
	from: string;
	to: string;
	subject: string;
	raw: Buffer;
}

/** Who receives a digest: a person's own address, or each of the director's recipients. */
export function recipientsOf(digest: Digest): { name: string; label: string; address: string | undefined; display?: string }[] {
	if (digest.kind === 'person') return [{ name: digest.id, label: digest.name, address: digest.email, display: digest.name }];
	return digest.recipients.map((address, i) => ({ name: `director-${i + 1}`, label: 'the director', address }));
}

/** The hour of the Date header: a weekly digest is dated early morning UTC of its day. */
const SENT_AT = 'T06:00:00Z';

/** The digest as one e-mail per recipient with an address; `from` is the sender in settings. */
export async function composeMails(digest: Digest, settings: Settings, from: string): Promise<MailMessage[]> {
	const subject = headerValue(subjectOf(digest, settings));
	const text = digestText(digest, settings);
	const html = digestHtml(digest, settings);
	const domain = from.slice(from.lastIndexOf('@') + 1);
	const out: MailMessage[] = [];
	for (const r of recipientsOf(digest)) {
		if (!r.address) continue;
		const seed = createHash('sha256').update(JSON.stringify(digest)).update('\0').update(r.address).digest('hex');
		const composer = new MailComposer({
			from: { name: headerValue(`Keyplan · ${settings.organisation}`), address: from },
			to: r.display ? { name: headerValue(r.display), address: r.address } : r.address,
			subject,
			text,
			html,
			messageId: `<digest-${digest.today}-${seed.slice(0, 24)}@${domain}>`,
			date: new Date(`${digest.today}${SENT_AT}`),
			baseBoundary: seed.slice(24, 40),
			newline: 'windows',
			headers: { 'Auto-Submitted': 'auto-generated', 'X-Auto-Response-Suppress': 'All' },
		});
		out.push({ name: r.name, label: r.label, from, to: r.address, subject, raw: await composer.compile().build() });
	}
	return out;
}
