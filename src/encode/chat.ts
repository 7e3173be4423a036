/**
 * The encoders of chat payloads: Slack's mrkdwn and the Markdown of Microsoft
 * Teams' Adaptive Cards. A plan value never becomes a mention (`@channel`,
 * `<!here>`, `<@U123>`, `<at>`), a link or formatting; every writer of a
 * chat digest uses these and nothing else.
 */

const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;

/** A word joiner after the `@` of a broadcast keyword keeps it from notifying anyone, and reads the same. */
const BROADCAST = /@(channel|here|everyone)\b/gi;

/** Text for Slack mrkdwn: `&`, `<`, `>` escaped (so no `<!channel>`, `<@U…>` or link can be formed), no broadcast keyword. */
export function slackText(text: string): string {
	return text.replace(CONTROLS, ' ').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(BROADCAST, '@\u2060$1');
}

/** A Slack link `<url|label>`: the label escaped; the URL is one Keyplan made (see `siteLink`), with `|` and `>` percent-encoded. */
export function slackLink(url: string, label: string): string {
	return `<${url.replace(/\|/g, '%7C').replace(/>/g, '%3E')}|${slackText(label).replace(/\|/g, '¦')}>`;
}

/** Markdown characters Teams' TextBlock acts on. */
const TEAMS_MARKUP = /[\\`*_{}[\]()#+\-.!|~<>]/g;

/** Text for a Teams Adaptive Card TextBlock: every Markdown character backslash-escaped, no mention tag, no broadcast keyword. */
export function teamsText(text: string): string {
	return text.replace(CONTROLS, ' ').replace(TEAMS_MARKUP, (c) => `\\${c}`).replace(BROADCAST, '@\u2060$1');
}

/** A Teams Markdown link `[label](url)`: the label escaped; the URL is one Keyplan made, with parentheses and spaces percent-encoded. */
export function teamsLink(url: string, label: string): string {
	return `[${teamsText(label)}](${url.replace(/\(/g, '%28').replace(/\)/g, '%29').replace(/ /g, '%20')})`;
}
