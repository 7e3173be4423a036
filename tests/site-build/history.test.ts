/**
 * Plan history on the built site, from a scenario repository with real
 * commits: the account page's History (commits with their review and a
 * health trend), the dashboard's "What changed", the `changes.xml` Atom feed
 * (valid Atom, stable ids, same bytes on a rebuild); hostile commit subjects
 * and author names are escaped; a folder without history builds with a note.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sax from 'sax';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { commitAll, gitIn, initRepository } from '../support/git-repo';
import { astroBuild as build } from '../support/build';
import { HEALTHY, sandbox, type Sandbox } from '../support/sandbox';

/** A build of a scenario project without images, with its own caches. */
function astroBuild(cwd: string, outDir: string) {
	return build(cwd, { outDir, cacheDir: join(cwd, '.cache'), env: { KEYPLAN_IMAGES: '0' } });
}

/** Elements of an XML document as paths (`feed/entry/id`) with their text, failing on anything that is not well-formed. */
function xmlElements(xml: string): { path: string; text: string; attributes: Record<string, string> }[] {
	const parser = sax.parser(true, { xmlns: false });
	const stack: { name: string; text: string; attributes: Record<string, string> }[] = [];
	const out: { path: string; text: string; attributes: Record<string, string> }[] = [];
	parser.onopentag = (node) => stack.push({ name: node.name, text: '', attributes: node.attributes as Record<string, string> });
	parser.ontext = (t) => {
		if (stack.length) stack[stack.length - 1].text += t;
	};
	parser.onclosetag = () => {
		const path = stack.map((s) => s.name).join('/');
		const node = stack.pop()!;
		out.push({ path, text: node.text, attributes: node.attributes });
	};
	parser.write(xml).close();
	return out;
}

/** The constraints of RFC 4287 a feed of ours must meet. */
function expectValidAtom(xml: string): string[] {
	expect(xml).toMatch(/^<\?xml version="1\.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom">/);
	const elements = xmlElements(xml);
	const count = (path: string) => elements.filter((e) => e.path === path).length;
	for (const path of ['feed/id', 'feed/title', 'feed/updated']) expect(count(path), path).toBe(1);
	expect(count('feed/author/name')).toBeGreaterThanOrEqual(1);
	const RFC3339 = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/;
	const entries = count('feed/entry');
	for (const path of ['feed/entry/id', 'feed/entry/title', 'feed/entry/updated', 'feed/entry/summary']) expect(count(path), path).toBe(entries);
	for (const e of elements.filter((e) => e.path.endsWith('/updated'))) expect(e.text).toMatch(RFC3339);
	const ids = elements.filter((e) => e.path === 'feed/entry/id').map((e) => e.text);
	for (const id of ids) expect(id).toMatch(/^urn:keyplan:change:[0-9a-f]{40}:[a-z0-9-]+$/);
	expect(new Set(ids).size).toBe(ids.length);
	expect(elements.filter((e) => e.path === 'feed/entry/link').every((e) => e.attributes.rel === 'alternate' && e.attributes.href)).toBe(true);
	return ids;
}

describe('a repository with several commits to a plan', () => {
	let box: Sandbox;
	const out = () => join(box.root, 'dist');
	let first: ReturnType<typeof astroBuild>;
	beforeAll(() => {
		box = sandbox([HEALTHY, 'portavia-terminals'], { project: true });
		initRepository(box, '2026-09-01');
		box.editPlan(HEALTHY, (doc) => doc.setIn(['contacts', 1, 'stance'], 'sceptic'));
		commitAll(box, 'Nordwind: Katrin is sceptic after the price talk', '2026-10-01');
		box.editPlan(HEALTHY, (doc) => doc.setIn(['risks', 0, 'title'], 'Tender for Poland goes to a rival'));
		gitIn(box.root, ['add', '-A']);
		gitIn(box.root, ['commit', '-q', '--author', 'M&llory "Q" <evil@example.com>', '-m', 'Risk <b>renamed</b> <img src=x onerror=alert(2)> & "quoted"'], '2026-11-10');
		box.editPlan(HEALTHY, (doc) => doc.setIn(['contacts', 1, 'stance'], 'champion'));
		commitAll(box, 'Nordwind: Katrin back on side', '2026-11-20');
		first = astroBuild(box.root, out());
	}, 300_000);
	afterAll(() => box.remove());

	test('the account page shows its commits, each with its review, and a health trend', () => {
		expect(first.status, first.stderr + first.stdout).toBe(0);
		const page = readFileSync(join(out(), 'accounts', HEALTHY, 'index.html'), 'utf8');
		const history = page.slice(page.indexOf('id="history"'));
		expect(history).toContain('Nordwind: Katrin back on side');
		expect(history).toContain('Nordwind: Katrin is sceptic after the price talk');
		expect(history).toContain('Sample portfolio');
		expect(history).toMatch(/stance sceptic → champion/);
		expect(history).toMatch(/risk added: “?&quot;Tender for Poland goes to a rival&quot;|risk added: "Tender for Poland goes to a rival"/);
		// Scoped styles add an `astro-…` class after the component's own.
		expect(history).toMatch(/class="health-trend[ "]/);
		expect(history).toMatch(/aria-label="Health over 4 commits: 2026-09-01 \d+/);
	});

	test('hostile subjects and author names are escaped', () => {
		const page = readFileSync(join(out(), 'accounts', HEALTHY, 'index.html'), 'utf8');
		expect(page).toContain('&lt;img src=x onerror=alert(2)&gt;');
		expect(page).toContain('Risk &lt;b&gt;renamed&lt;/b&gt;');
		expect(page).toContain('M&amp;llory');
		expect(page).not.toContain('<img src=x');
		expect(page).not.toContain('<b>renamed');
	});

	test('the dashboard shows what changed in the last 30 days', () => {
		const index = readFileSync(join(out(), 'index.html'), 'utf8');
		const changed = index.slice(index.indexOf('id="what-changed"'));
		expect(changed).toContain('Nordwind: Katrin back on side');
		expect(changed).toMatch(/stance sceptic → champion/);
		expect(changed).not.toContain('Katrin is sceptic after the price talk'); // 2026-10-01: older than 30 days
		expect(changed).toContain('href="changes.xml"');
	});

	test('changes.xml is valid Atom with stable ids, the same bytes on a rebuild', () => {
		const feed = readFileSync(join(out(), 'changes.xml'), 'utf8');
		const ids = expectValidAtom(feed);
		expect(ids.length).toBe(5); // two accounts' first commit, then three commits to Nordwind
		expect(feed).toContain('Risk &lt;b&gt;renamed&lt;/b&gt; &lt;img src=x onerror=alert(2)&gt; &amp; &quot;quoted&quot;');
		expect(feed).toContain('<name>M&amp;llory &quot;Q</name>');
		const again = astroBuild(box.root, join(box.root, 'dist2'));
		expect(again.status).toBe(0);
		expect(readFileSync(join(box.root, 'dist2', 'changes.xml'), 'utf8')).toBe(feed);
		expect(readFileSync(join(box.root, 'dist2', 'accounts', HEALTHY, 'index.html'), 'utf8')).toBe(readFileSync(join(out(), 'accounts', HEALTHY, 'index.html'), 'utf8'));
	}, 300_000);
});

describe('a folder without git history', () => {
	test('builds, with a "no history" note on the account page and an empty, valid feed', () => {
		const box = sandbox([HEALTHY], { project: true });
		try {
			const result = astroBuild(box.root, join(box.root, 'dist'));
			expect(result.status, result.stderr + result.stdout).toBe(0);
			const page = readFileSync(join(box.root, 'dist', 'accounts', HEALTHY, 'index.html'), 'utf8');
			expect(page).toContain('no history: the plans are not in a git repository with commits');
			expect(expectValidAtom(readFileSync(join(box.root, 'dist', 'changes.xml'), 'utf8'))).toEqual([]);
		} finally {
			box.remove();
		}
	}, 300_000);
});
