/**
 * Sends digest e-mails over SMTP with nodemailer: the server from
 * `KEYPLAN_SMTP_URL` (`smtp://` or `smtps://`, credentials only there),
 * each message as the exact bytes `--out` would write. A refused recipient is
 * recorded and the others still go; a server that cannot be reached or
 * refuses the login stops the run with one line. Credentials never appear in
 * any message: the server is named by scheme, host and port only, and any
 * text from the server or the library is redacted.
 */
import { createTransport } from 'nodemailer';
import { CommandError, UsageError } from '../present/command-line.ts';
import type { MailMessage } from './mail-message.ts';

/** A message that was not delivered, and why. */
export interface Failure {
	label: string;
	to: string;
	reason: string;
}

/** The SMTP server to use, parsed from `KEYPLAN_SMTP_URL`. */
export interface SmtpServer {
	url: string;
	/** `smtp://host:port`, for messages: never the credentials. */
	shown: string;
	secrets: string[];
}

/** Reads `KEYPLAN_SMTP_URL`: a `UsageError` (without the value, which may hold a password) when missing or not an smtp(s) URL. */
export function smtpServer(env: Record<string, string | undefined> = process.env): SmtpServer {
	const value = env.KEYPLAN_SMTP_URL?.trim();
	if (!value) throw new UsageError('KEYPLAN_SMTP_URL is not set: set it to the SMTP server, e.g. smtps://user:password@smtp.example.com:465 (in CI, from a secret)');
	let url: URL;
	try {
		url = new URL(value);
	} catch {
		throw new UsageError('KEYPLAN_SMTP_URL is not a URL: write it as smtp://host:port or smtps://user:password@host:465');
	}
	if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') throw new UsageError(`KEYPLAN_SMTP_URL must start with smtp:// or smtps://, not ${url.protocol}//`);
	const secrets = [url.username, url.password, decodeURIComponent(url.username), decodeURIComponent(url.password)].filter((s) => s.length >= 3);
	return { url: value, shown: `${url.protocol}//${url.host}`, secrets };
}

/** `text` with every credential of the server replaced by `***`. */
export function redact(text: string, server: Pick<SmtpServer, 'secrets'>): string {
	return server.secrets.reduce((t, s) => t.split(s).join('***'), text);
}

/** Errors after which no message can go: the server is not there, or will not let us in. */
const FATAL: Record<string, string> = {
	ECONNECTION: 'the connection closed unexpectedly',
	ETIMEDOUT: 'it did not answer in time',
	ESOCKET: 'it cannot be reached',
	EDNS: 'its name does not resolve',
	ETLS: 'the TLS handshake failed',
	EPROXY: 'the proxy failed',
	EPROTOCOL: 'it did not answer as an SMTP server',
	EAUTH: 'it refused the login (check the user and password in KEYPLAN_SMTP_URL)',
	ENOAUTH: 'it needs a login (put user and password in KEYPLAN_SMTP_URL)',
};

/** The first line of an error's message, redacted. */
const firstLine = (error: Error, server: SmtpServer) => redact(String(error.message).split(/\r?\n/)[0].trim(), server);

/**
 * Sends each message; returns the messages the server refused. `log` is told
 * of each one sent. Throws a one-line `CommandError` when the server cannot
 * be used at all.
 */
export async function sendMails(messages: readonly MailMessage[], server: SmtpServer, log: (line: string) => void): Promise<Failure[]> {
	const transport = createTransport({ url: server.url, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 });
	const failures: Failure[] = [];
	try {
		for (const m of messages) {
			try {
				await transport.sendMail({ envelope: { from: m.from, to: [m.to] }, raw: m.raw });
				log(`sent to ${m.label} <${m.to}>`);
			} catch (error) {
				const e = error as Error & { code?: string; originalCode?: string; responseCode?: number };
				const fatal = e.code ? FATAL[e.code] : undefined;
				if (fatal) {
					const cause = e.originalCode && e.originalCode !== e.code ? ` (${e.originalCode})` : '';
					throw new CommandError(`cannot send through the SMTP server ${server.shown}: ${fatal}${cause}`);
				}
				failures.push({ label: m.label, to: m.to, reason: firstLine(e, server) });
				log(`NOT sent to ${m.label} <${m.to}>: ${firstLine(e, server)}`);
			}
		}
	} finally {
		transport.close();
	}
	return failures;
}
