/**
 * `npm run digest`: builds the digests (per person and for the director),
 * then shows them, writes the exact messages to `--out`, or sends them by
 * e-mail or to a chat webhook. A digest with nothing in it is not sent, and
 * the log says so; a refused recipient is reported at the end and makes the
 * run fail, after every other message went.
 */
import { UsageError } from '../present/command-line.ts';
import { analysePortfolio, type PortfolioAnalysis } from '../domain/analysis.ts';
import { addDays } from '../domain/dates.ts';
import { digestPeople, directorDigest, isEmpty, personDigest, type Digest } from '../domain/digest/index.ts';
import { portfolioHistory } from '../history/plans.ts';
import { shown } from '../loader/slugs.ts';
import { loadPortfolio, type Portfolio } from '../loader/portfolio.ts';
import { isCalendarDate } from '../schema/primitives.ts';
import { didYouMean, listKnown } from '../schema/suggest.ts';
import { digestHtml } from './html.ts';
import { chatPosts, digestName } from './chat-posts.ts';
import { composeMails, type MailMessage } from './mail-message.ts';
import { writeOut } from './out.ts';
import { sendMails, smtpServer, type Failure } from './smtp.ts';
import { digestMarkdown, digestText } from './text.ts';
import { postAll, type ChatService } from './webhook.ts';
import { subjectOf } from './wording.ts';

/** What the command line asked for. */
export interface DigestOptions {
	root: string;
	today: string;
	/** Person ids; empty for everyone with accounts (unless only `director`). */
	owners: string[];
	director: boolean;
	since: string | undefined;
	format: 'text' | 'markdown' | 'html' | 'json';
	out: string | undefined;
	send: boolean;
	to: 'email' | 'slack' | 'teams';
	env: Record<string, string | undefined>;
}

/** How long before today a digest looks back by default. */
export const DEFAULT_DAYS = 7;

/** The digests asked for, as of `today`: the chosen people's (or everyone's), then the director's. */
export function buildDigests(portfolio: Portfolio, analysis: PortfolioAnalysis, root: string, options: Pick<DigestOptions, 'owners' | 'director' | 'since'>, log: (line: string) => void): Digest[] {
	const { today, settings, people } = analysis;
	const since = options.since ?? addDays(today, -DEFAULT_DAYS);
	if (!isCalendarDate(since)) throw new UsageError(`--since "${shown(since)}" is not a date: write it as YYYY-MM-DD`);
	if (since > today) throw new UsageError(`--since ${since} is after today (${today})`);
	for (const id of options.owners) {
		if (!people.has(id)) throw new UsageError(`--owner: no person "${shown(id)}"${didYouMean(id, people.keys())} (known: ${listKnown([...people.keys()], 20)})`);
	}
	const history = portfolioHistory(root, portfolio, { since });
	if (history.note) log(`${history.note}: the digests say what needs doing, not what changed`);
	const everyone = options.owners.length === 0 && !options.director;
	const ids = everyone ? digestPeople(analysis) : options.owners;
	const digests: Digest[] = ids.map((id) => personDigest(analysis, id, history.accounts, since));
	const recipients = settings.digest?.director ?? [];
	if (options.director || (everyone && recipients.length > 0)) digests.push(directorDigest(analysis, history.accounts, since, recipients));
	return digests;
}

/** The digests in `format`, for the terminal or a pipe. */
function render(digests: readonly Digest[], analysis: PortfolioAnalysis, format: DigestOptions['format']): string {
	const { settings } = analysis;
	if (format === 'json') return `${JSON.stringify(digests.map((d) => ({ subject: subjectOf(d, settings), digest: d })), null, 2)}\n`;
	const one = format === 'html' ? digestHtml : format === 'markdown' ? digestMarkdown : digestText;
	return digests.map((d) => one(d, settings)).join(format === 'html' ? '\n' : '\n\n');
}

/** Runs the command; returns the exit code (1 when a recipient was refused). */
export async function runDigest(options: DigestOptions, print: (text: string) => void, log: (line: string) => void): Promise<number> {
	const { portfolio, problems } = loadPortfolio(options.root);
	const errors = problems.filter((p) => p.severity === 'error').length;
	if (errors) log(`${errors} content error${errors === 1 ? '' : 's'}: the plans with errors are left out (run npm run check)`);
	const analysis = analysePortfolio(portfolio, options.today);
	if (!analysis.settings.siteUrl) log('content/settings.yaml has no siteUrl: the digests cannot link to the site (add siteUrl: https://… where the site is published)');
	const all = buildDigests(portfolio, analysis, options.root, options, log);
	const digests = all.filter((d) => {
		if (!isEmpty(d)) return true;
		log(`nothing to say for ${digestName(d)} since ${d.since}: no digest sent`);
		return false;
	});
	if (!options.send && options.out === undefined) {
		if (digests.length) print(render(digests, analysis, options.format));
		return 0;
	}
	const failures: Failure[] = options.to === 'email' ? await byEmail(digests, analysis, options, log) : await byChat(digests, analysis, options, log);
	if (failures.length === 0) return 0;
	log(`not delivered: ${failures.map((f) => `${f.label} <${f.to}> (${f.reason})`).join('; ')}`);
	return 1;
}

async function byEmail(digests: readonly Digest[], analysis: PortfolioAnalysis, options: DigestOptions, log: (line: string) => void): Promise<Failure[]> {
	const from = analysis.settings.digest?.from;
	if (!from) throw new UsageError('content/settings.yaml has no digest.from: add the sender address, e.g.\n\ndigest:\n  from: keyplan@example.com\n  director: [director@example.com]');
	const server = options.send ? smtpServer(options.env) : undefined;
	const messages: MailMessage[] = [];
	for (const d of digests) {
		const mails = await composeMails(d, analysis.settings, from);
		if (mails.length === 0) log(d.kind === 'person' ? `no e-mail address for ${d.name}: add email to content/people/${d.id}.yaml; not sent` : 'no director recipient: add digest.director to content/settings.yaml; not sent');
		messages.push(...mails);
	}
	if (options.out !== undefined) for (const name of writeOut(options.out, messages.map((m) => ({ name: `${m.name}.eml`, bytes: m.raw })))) log(`wrote ${name}`);
	return server ? sendMails(messages, server, log) : [];
}

async function byChat(digests: readonly Digest[], analysis: PortfolioAnalysis, options: DigestOptions, log: (line: string) => void): Promise<Failure[]> {
	const service = options.to as ChatService;
	const posts = chatPosts(digests, analysis.settings, service, new Set(analysis.people.keys()), options.send ? options.env : undefined);
	if (options.out !== undefined) {
		const files = posts.map((p) => ({ name: `${p.name}.${service}.json`, bytes: `${JSON.stringify(p.payload, null, 2)}\n` }));
		for (const name of writeOut(options.out, files)) log(`wrote ${name}`);
	}
	return options.send ? postAll(posts, log) : [];
}
