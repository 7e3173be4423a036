/**
 * `npm run onepagers` as a deck builder runs it, in a throw-away project:
 * it writes the files, and after one plan is edited re-renders only that
 * plan's images, leaving the others byte-identical.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runScript } from '../support/run';
import { sandbox } from '../support/sandbox';

const box = sandbox(['nordwind-logistics', 'fjellkraft-energi']);
afterAll(() => box.remove());
const out = join(box.root, 'deck');
const read = (path: string) => readFileSync(join(out, path));
const FJELLKRAFT = ['onepager.png', 'onepager.svg', 'onepager-customer.png', 'renewal/onepager.png', 'renewal/onepager.svg'].map((f) => `accounts/fjellkraft-energi/${f}`);

describe('npm run onepagers', () => {
	it('renders every image, then only the edited plan’s', () => {
		const first = runScript('onepagers', ['--out', out, '--svg'], box.root);
		expect(first.stderr).toBe('');
		expect(first.status).toBe(0);
		expect(first.stdout).toContain('5 rendered, 0 reused');
		const before = FJELLKRAFT.map(read);
		const nordwind = read('accounts/nordwind-logistics/onepager.png');

		box.editPlan('nordwind-logistics', (doc) => doc.setIn(['objectives', 0, 'title'], 'Win both Polish sites'));
		const second = runScript('onepagers', ['--out', out, '--svg'], box.root);
		expect(second.status).toBe(0);
		expect(second.stdout).toContain('2 rendered, 3 reused');
		expect(second.stdout).toMatch(/accounts\/fjellkraft-energi\/onepager\.png \+ \.svg reused/);
		expect(FJELLKRAFT.map(read)).toEqual(before);
		expect(read('accounts/nordwind-logistics/onepager.png').equals(nordwind)).toBe(false);
	}, 180_000);

	it('renders one account with --account, and refuses an unknown one', () => {
		const one = runScript('onepagers', ['--out', join(box.root, 'one'), '--account', 'fjellkraft-energi'], box.root);
		expect(one.status).toBe(0);
		expect(one.stdout).toContain('0 rendered, 3 reused');
		// Without --svg, PNGs only.
		expect(readdirSync(join(box.root, 'one', 'accounts', 'fjellkraft-energi'), { recursive: true }).filter((f) => String(f).includes('.')).sort()).toEqual(['onepager-customer.png', 'onepager.png', 'renewal/onepager.png']);
		const unknown = runScript('onepagers', ['--out', out, '--account', 'acme'], box.root);
		expect(unknown.status).toBe(1);
		expect(unknown.stderr).toContain('unknown account: acme');
		const usage = runScript('onepagers', [], box.root);
		expect(usage.status).toBe(2);
		expect(usage.stderr).toContain('--out is required');
	}, 60_000);
});
