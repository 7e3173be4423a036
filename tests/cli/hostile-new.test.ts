/**
 * `npm run new` with careless arguments or hostile content: a plain message
 * and exit 2 (usage) or 1 (nothing could be written), never a stack trace,
 * never a file written outside content/.
 */
import { chmodSync, existsSync, mkdirSync, readdirSync, renameSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { sandbox, type Sandbox } from '../support/sandbox';
import { runScript } from '../support/run';

const STACK_FRAME = /^\s+at .+:\d+:\d+\)?$/m;
const OWNER = ['--name', 'Acme', '--owner', 'jonas-berg'];
let box: Sandbox | undefined;
afterEach(() => {
	box?.remove();
	box = undefined;
});

describe('npm run new, robustly', () => {
	test('a 300-character slug is a usage error that gives the limit and the reason', () => {
		box = sandbox();
		const result = runScript('new', ['a'.repeat(300), ...OWNER], box.root);
		expect(result.status).toBe(2);
		expect(result.stderr).toMatch(/^"a{40}…" is 300 characters long: choose one using at most 64 characters \(the slug becomes part of folder names, web addresses and image file names/);
		expect(result.stderr).not.toMatch(STACK_FRAME);
	});

	test('content with dangling links, folders named like files and links out of content/ does not stop it', () => {
		box = sandbox();
		const content = join(box.root, 'content');
		symlinkSync(join(box.root, 'gone'), join(content, 'accounts', 'ghost'));
		symlinkSync(join(box.root, 'gone.yaml'), join(content, 'people', 'ghost.yaml'));
		mkdirSync(join(content, 'people', 'folder.yaml'));
		const created = runScript('new', ['acme', ...OWNER], box.root);
		expect(created.stderr).toBe('');
		expect(created.status).toBe(0);
		expect(existsSync(box.planPath('acme'))).toBe(true);
		// A dangling link of that name is in the way like a folder would be.
		const refused = runScript('new', ['ghost', ...OWNER], box.root);
		expect(refused.status).toBe(2);
		expect(refused.stderr).toContain('content/accounts/ghost/ already exists; nothing was written');
	});

	test('content/accounts linked to a folder outside content/ is refused; nothing is written there', () => {
		box = sandbox();
		const outside = join(box.root, 'elsewhere');
		renameSync(join(box.root, 'content', 'accounts'), outside);
		symlinkSync(outside, join(box.root, 'content', 'accounts'));
		const before = readdirSync(outside);
		const result = runScript('new', ['acme', ...OWNER], box.root);
		expect(result.status).toBe(1);
		expect(result.stderr).toContain('content/accounts is not a folder inside content/');
		expect(result.stderr).not.toMatch(STACK_FRAME);
		expect(readdirSync(outside)).toEqual(before);
	});

	test('a content folder it cannot write to is a plain message, not a stack trace', () => {
		box = sandbox();
		chmodSync(box.root, 0o755);
		chmodSync(join(box.root, 'content', 'accounts'), 0o555);
		const result = runScript('new', ['acme', ...OWNER], box.root, {}, { unprivileged: true });
		chmodSync(join(box.root, 'content', 'accounts'), 0o755);
		expect(result.stderr).not.toMatch(STACK_FRAME);
		expect(result.status).toBe(1);
		expect(result.stderr.trim()).toBe('cannot create the folder content/accounts/acme: permission denied');
	});
});
