/** The parse cache told about plans written outside a load (an import), so that the next load does not parse them again. */
import { openParseCache } from './parse-cache.ts';
import type { LoadResult } from './portfolio.ts';

/**
 * Records the plans an import wrote (`texts`, as `withPlanTexts` read them)
 * in the parse cache, keeping the entries of every other plan of the load:
 * the `check`, build or export that follows an import does not parse again
 * what the import just judged. Only whole plans are recorded (an import
 * writes nothing else), with no problems of their own.
 */
export function rememberPlanTexts(root: string, load: LoadResult, texts: ReadonlyMap<string, string>): void {
	const cache = openParseCache(root);
	for (const account of load.portfolio.accounts) {
		for (const document of [account.plan, account.renewal]) {
			if (document?.source === undefined) continue;
			const key = cache.keyOf(document.file, Buffer.from(document.source, 'utf8'));
			if (texts.has(document.file)) cache.set(key, { problems: [], data: document.data, whole: true });
			else cache.get(key);
		}
	}
	cache.save();
}
