/**
 * Careless or hostile values inside valid files: every problem of a file is
 * reported even when a required field is wrong too, ids cannot mean two
 * things, and every link and address field takes only safe values.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { loadPortfolio } from '../../src/loader/portfolio';
import { personSchema } from '../../src/schema/person';
import { planSchema } from '../../src/schema/plan';
import { settingsSchema } from '../../src/schema/settings';
import { expectPlaced, unplaced } from '../support/placed';
import { HEALTHY, sandbox, type Sandbox } from '../support/sandbox';

const FILE = `content/accounts/${HEALTHY}/plan.mdx`;
let box: Sandbox;
afterEach(() => box?.remove());

/** The error lines without their places, each checked to point at its field. */
function errors(): string[] {
	const problems = loadPortfolio(box.root).problems.filter((p) => p.severity === 'error');
	for (const problem of problems) expectPlaced(box.root, problem);
	return problems.map(unplaced);
}

describe('all problems of one file', () => {
	test('reference errors are reported even when required fields are missing or invalid', () => {
		box = sandbox();
		box.editPlan(HEALTHY, (doc) => {
			doc.delete('name');
			doc.set('reviewed', 'last week');
			doc.setIn(['contacts', 1, 'name'], '');
			doc.setIn(['contacts', 2, 'reportsTo'], 'ghost');
			doc.setIn(['actions', 0, 'owner'], 'jdoe');
			doc.setIn(['actions', 1, 'due'], 'soon');
			doc.setIn(['actions', 1, 'objective'], 'nope');
		});
		const lines = errors();
		expect(lines).toEqual(
			expect.arrayContaining([
				`${FILE}: name: required field is missing`,
				expect.stringMatching(new RegExp(`^${FILE}: reviewed: .*not a date`)),
				`${FILE}: contacts[1].name: must not be empty`,
				expect.stringMatching(new RegExp(`^${FILE}: contacts\\[2\\]\\.reportsTo: unknown contact "ghost"`)),
				expect.stringMatching(new RegExp(`^${FILE}: actions\\[0\\]\\.owner: unknown person or contact "jdoe"`)),
				expect.stringMatching(new RegExp(`^${FILE}: actions\\[1\\]\\.objective: unknown objective "nope"`)),
			]),
		);
		expect(lines).toHaveLength(7);
	});

	test('a renewal plan is checked against a plan that is itself invalid', () => {
		box = sandbox();
		box.editPlan(HEALTHY, (doc) => doc.delete('owner'));
		box.write(HEALTHY, 'renewal.mdx', '---\nobjective: Renew\ndecisionMakers: [katrin-hoff, nobody]\n---\nBody\n');
		expect(errors()).toEqual([
			`${FILE}: owner: required field is missing`,
			expect.stringMatching(/renewal\.mdx: decisionMakers\[1\]: unknown contact of the account plan "nobody"/),
		]);
	});

	test('settings with a missing organisation keep their valid fields (tiers), so plans are not misjudged', () => {
		box = sandbox();
		writeFileSync(join(box.root, 'content', 'settings.yaml'), 'tiers: [platinum, gold]\ncurrency: euro\n');
		box.editPlan(HEALTHY, (doc) => doc.set('tier', 'gold'));
		expect(errors()).toEqual([
			'content/settings.yaml: organisation: required field is missing',
			'content/settings.yaml: currency: use a three-letter ISO 4217 code such as EUR, USD or GBP',
		]);
	});
});

describe('one id, one meaning', () => {
	test('a contact id that is also a person id is an error: rename the contact', () => {
		box = sandbox();
		box.editPlan(HEALTHY, (doc) => doc.setIn(['contacts', 1, 'id'], 'lena-vogt'));
		expect(errors()).toContainEqual(
			`${FILE}: contacts[1].id: contact id "lena-vogt" is also a person id (content/people/lena-vogt.yaml): rename the contact (action owners and meeting participants name people and contacts by the same ids)`,
		);
	});
});

describe('links and addresses', () => {
	const settings = (editUrl: string) => settingsSchema.safeParse({ organisation: 'X', editUrl });
	const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) => result.error?.issues.map((i) => i.message) ?? [];

	test('the edit link pattern takes only http(s) addresses with the {path} placeholder', () => {
		expect(settings('https://git.example.com/kam/-/edit/main/{path}').success).toBe(true);
		expect(settings('http://git.internal/edit/{path}').success).toBe(true);
		expect(messages(settings('javascript:alert(document.cookie)//{path}'))).toEqual([
			'"javascript:alert(document.cookie)//{path}" is not a link Keyplan accepts: use an https:, http: or mailto: address',
		]);
		expect(messages(settings('data:text/html,<script>alert(1)</script>{path}'))).toHaveLength(1);
		expect(messages(settings('mailto:kam@example.com?subject={path}'))).toEqual([
			'"mailto:kam@example.com?subject={path}" is not a web address: the edit link must start with https:// or http://',
		]);
		expect(messages(settings('https://git.example.com/kam/plans'))).toEqual([expect.stringContaining('needs the placeholder {path}')]);
	});

	test('the edit link is checked by npm run check like every other field', () => {
		box = sandbox();
		writeFileSync(join(box.root, 'content', 'settings.yaml'), 'organisation: X\neditUrl: "javascript:alert(1)"\n');
		expect(errors()).toEqual(['content/settings.yaml: editUrl: "javascript:alert(1)" is not a link Keyplan accepts: use an https:, http: or mailto: address']);
	});

	test.each([
		['website', { website: 'javascript:alert(1)' }],
		['business.links', { business: { links: ['https://ok.example', 'data:text/html,x'] } }],
		['contacts[0].email', { contacts: [{ id: 'a', name: 'A', email: 'not-an-address' }] }],
	])('a plan\'s %s takes only safe links and real addresses', (path, fields) => {
		const result = planSchema.safeParse({ name: 'X', tier: 'key', owner: 'x', reviewed: '2026-01-01', ...fields });
		expect(result.success).toBe(false);
		expect(result.error?.issues.map((i) => i.path.join('.').replace(/\.(\d+)/g, '[$1]'))).toEqual([path.replace('links', 'links[1]')]);
	});

	test('a person\'s email must be an e-mail address', () => {
		expect(personSchema.safeParse({ name: 'A', email: 'javascript:alert(1)' }).success).toBe(false);
		expect(personSchema.safeParse({ name: 'A', email: 'a@example.com' }).success).toBe(true);
	});
});
