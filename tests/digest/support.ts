/**
 * Test doubles that are real servers: an SMTP server (`smtp-server`) and an
 * HTTP server for webhooks, both on 127.0.0.1 only, recording what arrives;
 * and `runDigest`, which runs `npm run digest` as a child process (the test
 * waits for it without blocking the servers in this process).
 */
import { spawn } from 'node:child_process';
import { createServer, type IncomingMessage } from 'node:http';
import { createServer as createTcpServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterEach } from 'vitest';
import { REPO } from '../support/sandbox';

/** One message as the SMTP server received it. */
export interface Received {
	from: string;
	to: string[];
	raw: Buffer;
	mail: ParsedMail;
}

/** An SMTP server on 127.0.0.1 that accepts everything except the recipients in `refuse`. */
export async function smtpServer(refuse: readonly string[] = []) {
	const received: Received[] = [];
	const server = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS'],
		logger: false,
		onRcptTo(address, _session, callback) {
			if (refuse.includes(address.address)) callback(Object.assign(new Error(`mailbox ${address.address} unavailable`), { responseCode: 550 }));
			else callback();
		},
		onData(stream, session, callback) {
			const chunks: Buffer[] = [];
			stream.on('data', (c: Buffer) => chunks.push(c));
			stream.on('end', async () => {
				const raw = Buffer.concat(chunks);
				received.push({ from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '', to: session.envelope.rcptTo.map((r) => r.address), raw, mail: await simpleParser(raw) });
				callback();
			});
		},
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const port = (server.server.address() as AddressInfo).port;
	return { received, url: `smtp://127.0.0.1:${port}`, port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** An HTTP server on 127.0.0.1 that records JSON posts and answers `status(n)` for the n-th one (200 by default). */
export async function webhookServer(status: (n: number) => number = () => 200) {
	const posts: { path: string; body: unknown }[] = [];
	const server = createServer((req: IncomingMessage, res) => {
		const chunks: Buffer[] = [];
		req.on('data', (c: Buffer) => chunks.push(c));
		req.on('end', () => {
			posts.push({ path: req.url ?? '', body: JSON.parse(Buffer.concat(chunks).toString('utf8')) });
			res.writeHead(status(posts.length)).end('ok');
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const port = (server.address() as AddressInfo).port;
	return { posts, url: `http://127.0.0.1:${port}/hook/SECRET-TOKEN`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** `npm run digest -- …args` in `cwd`, asynchronously (the servers above run in this process). */
export function runDigest(args: string[], cwd: string, env: Record<string, string> = {}): Promise<{ status: number | null; stdout: string; stderr: string }> {
	return new Promise((resolve) => {
		const child = spawn(join(REPO, 'node_modules', '.bin', 'tsx'), [join(REPO, 'scripts', 'digest.ts'), ...args], {
			cwd,
			env: { ...process.env, KEYPLAN_TODAY: '2026-11-25', FORCE_COLOR: '0', KEYPLAN_SMTP_URL: '', KEYPLAN_SLACK_WEBHOOK: '', KEYPLAN_TEAMS_WEBHOOK: '', ...env },
		});
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
		child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
		child.on('close', (status) => resolve({ status, stdout, stderr }));
	});
}

/** The header block of a raw message (up to the first empty line). */
export const headerBlock = (raw: Buffer | string) => raw.toString('utf8').split(/\r?\n\r?\n/)[0];


/** A port on 127.0.0.1 that was free a moment ago: nothing listens there (an unreachable server). */
export function freePort(): Promise<number> {
	return new Promise((resolve) => {
		const server = createTcpServer().listen(0, '127.0.0.1', () => {
			const { port } = server.address() as AddressInfo;
			server.close(() => resolve(port));
		});
	});
}

/** Closes the servers a test started once it ends; returns the function that registers one. */
export function useServers(): (server: { close(): Promise<void> }) => void {
	const open: { close(): Promise<void> }[] = [];
	afterEach(async () => {
		for (const server of open.splice(0)) await server.close();
	});
	return (server) => open.push(server);
}
