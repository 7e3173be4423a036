/**
 * Posts digests to a Slack or Microsoft Teams incoming webhook, whose
 * address comes only from the environment (`KEYPLAN_SLACK_WEBHOOK`,
 * `KEYPLAN_TEAMS_WEBHOOK`): it is a secret, so messages name only its host.
 * A post the service refuses is recorded and the others still go; a service
 * that cannot be reached stops the run with one line.
 */
import { CommandError, UsageError } from '../present/command-line.ts';
import type { Failure } from './smtp.ts';

/** The chat services and the variable that holds each one's webhook. */
export const WEBHOOK_VARIABLES = { slack: 'KEYPLAN_SLACK_WEBHOOK', teams: 'KEYPLAN_TEAMS_WEBHOOK' } as const;

export type ChatService = keyof typeof WEBHOOK_VARIABLES;

/** One post: who it is for (for the log), its JSON payload and, when sending, its webhook. */
export interface ChatPost {
	name: string;
	label: string;
	payload: unknown;
	url?: URL;
}

/** The variable holding a webhook: the service's, or a team channel's (`KEYPLAN_SLACK_WEBHOOK_DACH` for channel `dach`). */
export const webhookVariable = (service: ChatService, channel?: string) => `${WEBHOOK_VARIABLES[service]}${channel ? `_${channel.toUpperCase().replace(/-/g, '_')}` : ''}`;

/** The webhook address of `service` (or of one of its team channels) from the environment; a `UsageError` when missing or not an https: (or local http:) address. */
export function webhookUrl(service: ChatService, env: Record<string, string | undefined> = process.env, channel?: string): URL {
	const variable = webhookVariable(service, channel);
	const value = env[variable]?.trim();
	if (!value) throw new UsageError(`${variable} is not set: set it to the channel's incoming webhook address (in CI, from a secret)`);
	let url: URL;
	try {
		url = new URL(value);
	} catch {
		throw new UsageError(`${variable} is not a web address`);
	}
	const local = url.hostname === '127.0.0.1' || url.hostname === 'localhost' || url.hostname === '[::1]';
	if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local)) throw new UsageError(`${variable} must be an https:// address`);
	return url;
}

/** Posts each payload as JSON to its webhook; returns the posts that were refused. */
export async function postAll(posts: readonly ChatPost[], log: (line: string) => void): Promise<Failure[]> {
	const failures: Failure[] = [];
	for (const p of posts) {
		const url = p.url!;
		const shown = `${url.protocol}//${url.host}`;
		let response: Response;
		try {
			response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(p.payload), signal: AbortSignal.timeout(30_000) });
		} catch (error) {
			const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).name;
			throw new CommandError(`cannot reach the webhook at ${shown}: ${cause}`);
		}
		await response.arrayBuffer().catch(() => undefined);
		if (response.ok) log(`posted for ${p.label}`);
		else {
			failures.push({ label: p.label, to: shown, reason: `HTTP ${response.status}` });
			log(`NOT posted for ${p.label}: the webhook answered HTTP ${response.status}`);
		}
	}
	return failures;
}
