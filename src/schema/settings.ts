/** `content/settings.yaml`: the organisation and the thresholds every rule reads. */
import { z } from 'astro/zod';
import { opportunityStage } from './opportunities.ts';
import { currencyCode, email, field, id, isoDate, MAX_COUNT, MAX_DAYS, url } from './primitives.ts';

/**
 * The "edit this plan" link pattern: a web address (never `javascript:`,
 * `data:` or `mailto:`) with the `{path}` placeholder, so that each plan
 * links to its own file.
 */
const editLinkPattern = url
	.refine((value) => new URL(value).protocol !== 'mailto:', {
		error: (issue) => `"${String(issue.input)}" is not a web address: the edit link must start with https:// or http://`,
		abort: true,
	})
	.refine((value) => value.includes('{path}'), {
		error: 'the edit link needs the placeholder {path} where the file\'s path goes, e.g. https://git.example.com/kam/plans/-/edit/main/{path}',
	});

/** Something we sell: a column of every plan's whitespace map. */
const offering = z.strictObject({
	id: field(id, 'Short id plans use in their whitespace map, e.g. "planned-maintenance".'),
	name: field(z.string().min(1), 'What we offer, as a customer would call it.'),
	short: field(z.string().min(1).max(14).optional(), 'Label for compact grids such as the one-pager, at most 14 characters; defaults to the name.'),
});

/** Offerings with unique ids. */
const offerings = z.array(offering).superRefine((list, ctx) => {
	const seen = new Map<string, number>();
	list.forEach((o, i) => {
		const first = seen.get(o.id);
		if (first === undefined) seen.set(o.id, i);
		else ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `duplicate offering id "${o.id}" (already used by offerings[${first}])` });
	});
});

/** A web address (https: or http:), never `mailto:`: where the site is published. */
const webAddress = url.refine((value) => new URL(value).protocol !== 'mailto:', {
	error: (issue) => `"${String(issue.input)}" is not a web address: it must start with https:// or http://`,
});

/** A team channel for chat digests (`digest.chat: per-channel`): whose digests go there. */
const channel = z.strictObject({
	id: field(
		id,
		'Short id of the channel; its webhook is read from KEYPLAN_SLACK_WEBHOOK_<ID> or KEYPLAN_TEAMS_WEBHOOK_<ID> (upper case, dashes as underscores), never from this file.',
	),
	people: field(z.array(id).min(1), 'Person ids whose digests are posted to this channel.'),
	director: field(z.boolean().default(false), 'Post the portfolio digest to this channel too.'),
});

/** Where the weekly digests go besides each person's own address (`npm run digest`). */
const digest = z.strictObject({
	from: field(email.optional(), 'Sender address of the digest e-mails, e.g. keyplan@brightline.example; needed to send e-mail.'),
	director: field(
		z.array(email).default([]),
		'Who receives the portfolio digest (health movers, renewals, serious new findings, overload, stale plans): e-mail addresses.',
	),
	chat: field(
		z.enum(['per-person', 'one-channel', 'per-channel']).default('per-person'),
		'Chat delivery (Slack, Teams): one post per person, every digest in one post to the webhook\'s channel, or one post per team channel listed under channels.',
	),
	channels: field(z.array(channel).default([]), 'Team channels for `chat: per-channel`, each with its own webhook.'),
});

export const settingsSchema = z.strictObject({
	organisation: field(z.string().min(1), 'Your organisation\'s name, shown in the site header and on one-pagers.'),
	currency: field(
		currencyCode.default('EUR'),
		'Reporting currency (ISO 4217 code): portfolio totals are in it, and plans that do not name their own currency use it.',
	),
	exchangeRates: field(
		z
			.strictObject({
				asOf: field(isoDate, 'Date the rates were set; shown beside converted totals.'),
				rates: field(
					z.record(currencyCode, z.number().positive({ error: 'an exchange rate is a positive number' }).min(1e-6, { error: 'an exchange rate is at least 0.000001' }).max(1e6, { error: 'an exchange rate is at most 1,000,000' })).default({}),
					'Per currency, how much one unit of it is worth in the reporting currency, e.g. GBP: 1.17 when the reporting currency is EUR.',
				),
			})
			.optional(),
		'Exchange rates to the reporting currency, for plans in another currency; such a plan without a rate is an error.',
	),
	fiscalYearStart: field(
		z.number().int().min(1).max(12).default(1),
		'Month (1–12) in which your fiscal year starts; 1 means the calendar year.',
	),
	renewalWindowMonths: field(
		z.number().int().min(1).max(36).default(18),
		'How many months before a contract ends the renewal phase starts (the articles say 12–18).',
	),
	reviewStaleDays: field(
		z.number().int().min(1).max(MAX_DAYS).default(90),
		'A plan whose `reviewed` date is older than this many days is stale.',
	),
	maxKeyAccountsPerManager: field(
		z.number().int().min(1).max(MAX_COUNT).default(6),
		'More key accounts than this per account manager is flagged as overload.',
	),
	contactStaleDays: field(
		z.number().int().min(1).max(MAX_DAYS).default(90),
		'A key contact (decision maker, sponsor or high influence) not spoken to for longer than this many days is flagged.',
	),
	inactiveDays: field(
		z.number().int().min(1).max(MAX_DAYS).default(180),
		'An account with nothing recorded (review, contact, scorecard, feedback) for longer than this many days is flagged as inactive.',
	),
	commitmentTolerance: field(
		z.number().min(0).max(1).default(0.1),
		'How far (as a fraction, 0.1 = 10%) revenue to date may trail the commitment pro rata before it is flagged.',
	),
	concentrationThreshold: field(
		z.number().min(0).max(1).default(0.3),
		'Share of portfolio revenue (0.3 = 30%) above which dependency on one account is flagged.',
	),
	scorecardGraceDays: field(
		z.number().int().min(0).max(MAX_DAYS).default(30),
		'Days after a scorecard period ends before a missing review for it is flagged.',
	),
	offerings: field(offerings.default([]), 'What we sell, defined once: the columns of every plan\'s whitespace map.'),
	tiers: field(
		z.array(id).min(1).default(['strategic', 'key', 'growth']),
		'Tier names, most important first; a plan\'s `tier` must be one of them.',
	),
	import: field(
		z
			.strictObject({
				stages: field(
					z.record(z.string().min(1), opportunityStage).default({}),
					'CRM stage names (any case) mapped to Keyplan\'s stages, on top of the preset\'s, e.g. "Verbal commit": negotiation.',
				),
				locale: field(z.string().min(2).optional(), 'How the exports write numbers and dates (a locale such as de or en-US) when a file cannot tell.'),
			})
			.optional(),
		'How `npm run import` reads your CRM and ERP exports: stage names and number format.',
	),
	editUrl: field(
		editLinkPattern.optional(),
		'Link pattern for "edit this plan": an https: or http: address in which `{path}` is replaced by the file\'s path, e.g. https://git.example.com/kam/plans/-/edit/main/{path}.',
	),
	siteUrl: field(
		webAddress.optional(),
		'Address where the built site is published, e.g. https://kam.brightline.example/: the digests link every line to its page there.',
	),
	digest: field(digest.optional(), 'Weekly digests (`npm run digest`): the sender and the director\'s recipients.'),
});

export type Settings = z.infer<typeof settingsSchema>;
