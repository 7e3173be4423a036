/**
 * `npm run digest -- [--owner <id>]… [--director] [--since <YYYY-MM-DD>]
 * [--format text|markdown|html|json] [--out <dir>] [--send] [--to email|slack|teams]`
 * The weekly digests: per person, what needs doing on their accounts and what
 * changed; for the director, where the portfolio moved. Shown, written to
 * `--out`, or sent (`src/digest/digest-run.ts`). Exit 1 when a recipient was refused
 * or the server cannot be used, 2 on a usage error, 0 otherwise.
 */
import { parseCommandLine, runCommand, UsageError } from '../src/present/command-line.ts';
import { terminalLines, terminalText } from '../src/encode/terminal.ts';
import { runDigest } from '../src/digest/digest-run.ts';
import { today } from '../src/build/today.ts';

const usage = `Usage: npm run digest -- [--owner <id>]… [--director] [--since <YYYY-MM-DD>] [--format text|markdown|html|json] [--out <dir>] [--send] [--to email|slack|teams]

  --owner     only this person's digest (repeatable); default: everyone who owns
              or serves on an account, and the director's digest
  --director  the portfolio digest for the recipients in settings.yaml (digest.director)
  --since     what changed from this date on (default: 7 days before today)
  --format    how to show the digests when neither --out nor --send is given:
              text (default), markdown, html or json
  --out       write the exact messages there (.eml, or .json for chat)
  --send      deliver them: e-mail through KEYPLAN_SMTP_URL (smtp:// or smtps://),
              or chat through KEYPLAN_SLACK_WEBHOOK / KEYPLAN_TEAMS_WEBHOOK
  --to        email (default), slack or teams`;

const FORMATS = ['text', 'markdown', 'html', 'json'] as const;
const CHANNELS = ['email', 'slack', 'teams'] as const;
const oneOf = <T extends string>(list: readonly T[], value: string): value is T => (list as readonly string[]).includes(value);

await runCommand(async () => {
	const { values } = parseCommandLine(
		process.argv.slice(2),
		{
			owner: { type: 'string', multiple: true, default: [] },
			director: { type: 'boolean', default: false },
			since: { type: 'string' },
			format: { type: 'string', default: 'text' },
			out: { type: 'string' },
			send: { type: 'boolean', default: false },
			to: { type: 'string', default: 'email' },
			help: { type: 'boolean', short: 'h' },
		},
		usage,
	);
	if (values.help) {
		console.log(usage);
		return 0;
	}
	const { format, to } = values;
	if (!oneOf(FORMATS, format)) throw new UsageError(`--format must be text, markdown, html or json\n\n${usage}`);
	if (!oneOf(CHANNELS, to)) throw new UsageError(`--to must be email, slack or teams\n\n${usage}`);
	if (values.out === '') throw new UsageError(`--out needs a folder\n\n${usage}`);
	return runDigest(
		{ root: process.cwd(), today: today(), owners: values.owner, director: values.director, since: values.since, format, out: values.out, send: values.send, to, env: process.env },
		// Digests shown in the terminal (text, Markdown, HTML, JSON): no plan value acts on it (a bidi control, an escape left in a value).
		(text) => process.stdout.write(terminalLines(text)),
		// Showing digests, the log goes to stderr so that stdout is only the digests (e.g. JSON for a pipe); delivering, the log is the output.
		(line) => (values.send || values.out !== undefined ? console.log(terminalText(line)) : console.error(terminalText(line))),
	);
});
