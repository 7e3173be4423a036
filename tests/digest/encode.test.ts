/** The mail and chat encoders: what a plan value can never become. */
import { describe, expect, test } from 'vitest';
import { slackLink, slackText, teamsLink, teamsText } from '../../src/encode/chat';
import { HEADER_MAX, headerValue, html, siteLink, textLine } from '../../src/encode/mail';
import { redact, smtpServer } from '../../src/digest/smtp';

describe('mail encoder', () => {
	test('a header value is one line, whatever it contains', () => {
		expect(headerValue('Acme\r\nBcc: x@example.com')).toBe('Acme Bcc: x@example.com');
		expect(headerValue('a\u2028b\u0085c\u0000d\te')).toBe('a b c d e');
		expect([...headerValue('é'.repeat(500))]).toHaveLength(HEADER_MAX);
		expect(textLine('ok\u001b[31mred')).toBe('ok [31mred');
	});

	test('HTML text and attributes are escaped', () => {
		expect(html(`<b onclick="x">'&'</b>`)).toBe('&lt;b onclick=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/b&gt;');
	});

	test('links stay inside the site', () => {
		expect(siteLink('https://kam.example/plans', '/accounts/acme/')).toBe('https://kam.example/plans/accounts/acme/');
		expect(siteLink('https://kam.example/', '//evil.example/x')).toBe('https://kam.example/evil.example/x');
		expect(siteLink('https://kam.example/plans/', '../../x')).toBeUndefined();
		expect(siteLink(undefined, '/accounts/acme/')).toBeUndefined();
	});
});

describe('chat encoders', () => {
	test('Slack: no mention, no link, no markup of our own can be forged', () => {
		expect(slackText('<!channel> <@U123> <https://evil.example|click> & @here @Everyone')).toBe('&lt;!channel&gt; &lt;@U123&gt; &lt;https://evil.example|click&gt; &amp; @\u2060here @\u2060Everyone');
		expect(slackLink('https://kam.example/a|b>', 'x|y>')).toBe('<https://kam.example/a%7Cb%3E|x¦y&gt;>');
	});

	test('Teams: Markdown and mention tags are escaped', () => {
		expect(teamsText('[x](https://evil.example) *b* <at>all</at> @channel')).toBe('\\[x\\]\\(https://evil\\.example\\) \\*b\\* \\<at\\>all\\</at\\> @\u2060channel');
		expect(teamsLink('https://kam.example/a (b)', 'A [1]')).toBe('[A \\[1\\]](https://kam.example/a%20%28b%29)');
	});
});

describe('SMTP settings', () => {
	test('credentials are redacted and the server is shown without them', () => {
		const server = smtpServer({ KEYPLAN_SMTP_URL: 'smtps://mailer%40corp:p%40ss-word@smtp.example.com:465' });
		expect(server.shown).toBe('smtps://smtp.example.com:465');
		expect(redact('535 login mailer@corp with p@ss-word failed', server)).toBe('535 login *** with *** failed');
		expect(() => smtpServer({ KEYPLAN_SMTP_URL: 'http://user:secret@x' })).toThrow(/must start with smtp:\/\/ or smtps:\/\/, not http:\/\/$/);
		expect(() => smtpServer({})).toThrow(/KEYPLAN_SMTP_URL is not set/);
	});
});
