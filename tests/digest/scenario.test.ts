/**
 * Scenarios in a temporary git repository with KEYPLAN_TODAY: an action that
 * becomes overdue appears in the digests of its account's people and no one
 * else's; a change a colleague committed appears as theirs, and not in the
 * digest of the colleague who made it.
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import type { PersonDigest } from '../../src/domain/digest';
import { commitAll, initRepository } from '../support/git-repo';
import { sandbox } from '../support/sandbox';
import { useTempDirs } from '../support/temp';
import { runDigest } from './support';

const temp = useTempDirs();
const BENCHMARK = 'Send uptime-versus-cost benchmark to procurement';

/** Commits everything as `author` at noon UTC of `date`. */
function commitAs(root: string, author: string, subject: string, date: string): void {
	const when = `${date}T12:00:00Z`;
	const env = { ...process.env, GIT_AUTHOR_DATE: when, GIT_COMMITTER_DATE: when, GIT_AUTHOR_NAME: author, GIT_AUTHOR_EMAIL: 'a@example.com', GIT_COMMITTER_NAME: author, GIT_COMMITTER_EMAIL: 'a@example.com' };
	execFileSync('git', ['add', '-A'], { cwd: root, env });
	execFileSync('git', ['commit', '-q', '-m', subject], { cwd: root, env });
}

/** A repository with Nordwind (Sofia owns it; Tom and Lena serve on it) and Castellan (Priya's), committed on 1 Nov. */
function scenario() {
	const box = temp.keep(sandbox(['nordwind-logistics', 'castellan-pharma']));
	box.editPlan('nordwind-logistics', (doc) => {
		const actions = doc.get('actions') as { items: { get(k: string): unknown; set(k: string, v: unknown): void }[] };
		actions.items.find((a) => a.get('title') === BENCHMARK)!.set('due', '2026-11-24');
	});
	initRepository(box, '2026-11-01');
	return box;
}

async function digests(root: string, today: string): Promise<Map<string, PersonDigest>> {
	const result = await runDigest(['--format', 'json'], root, { KEYPLAN_TODAY: today });
	expect(result.status, result.stderr).toBe(0);
	const list = JSON.parse(result.stdout) as { digest: PersonDigest }[];
	return new Map(list.filter((d) => d.digest.kind === 'person').map((d) => [d.digest.id, d.digest]));
}

const lines = (d: PersonDigest | undefined, part: 'todo' | 'changed') => (d?.accounts ?? []).flatMap((a) => a[part].map((l) => l.text));

describe('digest scenarios', () => {
	test('an action becoming overdue appears in its account people\'s digests and not in others\'', async () => {
		const box = scenario();
		const before = await digests(box.root, '2026-11-23');
		expect(lines(before.get('sofia-marin'), 'todo')).toContain(`due in 1 day: "${BENCHMARK}" (24 Nov 2026), owner Sofia Marin`);
		expect(lines(before.get('sofia-marin'), 'todo').filter((t) => t.startsWith('overdue:') && t.includes(BENCHMARK))).toEqual([]);

		const after = await digests(box.root, '2026-11-25');
		const overdue = `overdue: "${BENCHMARK}" was due 24 Nov 2026 (1 day ago), owner Sofia Marin`;
		for (const id of ['sofia-marin', 'tom-okafor', 'lena-vogt']) expect(lines(after.get(id), 'todo'), id).toContain(overdue);
		expect(after.has('priya-nair')).toBe(true);
		expect(lines(after.get('priya-nair'), 'todo').join('\n')).not.toContain(BENCHMARK);
		expect(lines(after.get('priya-nair'), 'changed').join('\n')).not.toContain(BENCHMARK);
	});

	test('a change by a colleague appears as theirs; their own digest does not report it back', async () => {
		const box = scenario();
		box.editText('nordwind-logistics', (text) => text.replace(/(name: Katrin Hoff[\s\S]*?stance: )champion/, '$1supporter'));
		commitAs(box.root, 'Tom Okafor', 'Katrin is less enthusiastic since the reorganisation', '2026-11-20');
		const now = await digests(box.root, '2026-11-25');
		const change = 'Tom Okafor changed Nordwind Logistics: Katrin Hoff (Chief Operating Officer): stance champion → supporter';
		expect(lines(now.get('sofia-marin'), 'changed')).toContain(change);
		expect(lines(now.get('lena-vogt'), 'changed')).toContain(change);
		expect(lines(now.get('tom-okafor'), 'changed').join('\n')).not.toContain('Tom Okafor changed');
		// Older than --since: not news any more.
		const later = await runDigest(['--format', 'json', '--since', '2026-11-21'], box.root, { KEYPLAN_TODAY: '2026-11-25' });
		expect(later.stdout).not.toContain('Tom Okafor changed');
	});

	test('a change the author makes under an accented spelling of their name is still theirs', async () => {
		// The shared test helper commits as "Sofia Marín"; the person file says "Sofia Marin".
		const box = scenario();
		box.editText('nordwind-logistics', (text) => text.replace(/(name: Katrin Hoff[\s\S]*?stance: )champion/, '$1neutral'));
		commitAll(box, 'Katrin moved to neutral', '2026-11-22');
		const now = await digests(box.root, '2026-11-25');
		expect(lines(now.get('sofia-marin'), 'changed').join('\n')).not.toContain('changed Nordwind Logistics');
		expect(lines(now.get('tom-okafor'), 'changed')).toContain('Sofia Marin changed Nordwind Logistics: Katrin Hoff (Chief Operating Officer): stance champion → neutral');
	});
});
