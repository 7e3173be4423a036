/**
 * The weekly digests of a large portfolio with history, cold (plan history
 * judged from scratch): `tsx bench/digest.ts [--accounts N] [--root <project>]`.
 * Without `--root` it generates N accounts (default 1,000) with 20 commits
 * each (bench/generate.ts, bench/history.ts) and removes them afterwards.
 * Measures `npm run digest -- --out <dir>` (every person's and the
 * director's e-mail written as `.eml`) against issue 24's target: ready in
 * ≤ 30 s. `npm run bench` calls `measureDigest` on its own project.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCommandLine, runCommand, UsageError } from '../src/present/command-line';
import { generateProject, REPO } from './generate';
import { addHistory, HISTORY_COMMITS } from './history';
import { benchEnv, measure, type Measured } from './measure';

/** Issue 24's target: the digests of 1,000 accounts with 20 commits each are ready within this many seconds. */
export const DIGEST_TARGET_S = 30;

/** The digest run, with how many messages it wrote. */
export interface DigestMeasured extends Measured {
	messages: number;
}

/** `npm run digest -- --out <temp>` in `root`, its caches emptied first (cold: every commit judged). */
export async function measureDigest(root: string, env: NodeJS.ProcessEnv = benchEnv()): Promise<DigestMeasured> {
	const cache = join(root, 'node_modules', '.cache');
	rmSync(cache, { recursive: true, force: true });
	const out = mkdtempSync(join(tmpdir(), 'keyplan-bench-digest-'));
	try {
		const measured = await measure('npm run digest', join(REPO, 'node_modules', '.bin', 'tsx'), [join(REPO, 'scripts', 'digest.ts'), '--out', out], root, { ...env, KEYPLAN_CACHE_DIR: cache });
		return { ...measured, messages: measured.output.match(/^wrote .+\.eml$/gm)?.length ?? 0 };
	} finally {
		rmSync(out, { recursive: true, force: true });
	}
}

const usage = 'Usage: tsx bench/digest.ts [--accounts N] [--root <project>]';

if (resolve(process.argv[1] ?? '') === fileURLToPath(import.meta.url)) {
	await runCommand(async () => {
		const { values } = parseCommandLine(process.argv.slice(2), { accounts: { type: 'string', default: '1000' }, root: { type: 'string' } }, usage);
		const count = Number(values.accounts);
		if (!(Number.isInteger(count) && count >= 1)) throw new UsageError(usage);
		let root = values.root && resolve(values.root);
		if (!root) {
			process.stdout.write(`bench: generating ${count} accounts with ${HISTORY_COMMITS} commits each… `);
			const project = generateProject(count);
			addHistory(project);
			root = project.root;
			console.log('done');
		}
		try {
			const m = await measureDigest(root);
			const s = m.ms / 1000;
			const rss = m.peakRss === undefined ? '' : `, peak RSS ${(m.peakRss / 1024 ** 2).toFixed(0)} MB`;
			console.log(`digest, cold: ${m.messages} messages in ${s.toFixed(1)} s${rss} (target ≤ ${DIGEST_TARGET_S} s: ${s <= DIGEST_TARGET_S ? 'met' : 'MISSED'})`);
			return 0;
		} finally {
			if (!values.root) rmSync(root, { recursive: true, force: true });
		}
	});
}
