/**
 * `npm run deck -- --out <file.pptx> [--account <slug>]… [--owner <person>] [--tier <tier>] [--renewal] [--customer]`
 * Writes a PowerPoint deck of the selected accounts: a title slide, the
 * portfolio as a native table, and each account's one-pager (and renewal
 * one-pager) with speaker notes; `--customer` keeps only the customer-safe
 * one-pagers, without portfolio slide or notes. Images come from the
 * one-pager cache (missing ones are rendered once), and a deck made before
 * with the same contents comes from the deck cache. Never overwrites a file
 * it did not write. Exit 1 on invalid content, an empty selection or a file
 * in the way; 2 on a usage error (unknown account, owner or tier included).
 */
import { basename, dirname, resolve } from 'node:path';
import { unusableCacheRoot } from '../src/build/cache-root.ts';
import { CommandError, parseCommandLine, runCommand, UsageError } from '../src/present/command-line.ts';
import { reportContentErrors } from '../src/cli/content-errors.ts';
import { foreignFiles, prepareOutDir, recordWritten, shownPath } from '../src/present/output-guard.ts';
import { deckContents } from '../src/deck/contents.ts';
import { cachedDeck, deckCacheDirOf, openDeckCache } from '../src/deck/deck-cache.ts';
import { describeSelection, unknownInSelection, type DeckSelection } from '../src/domain/selection.ts';
import { slideCount } from '../src/deck/slides.ts';
import { analysePortfolio } from '../src/domain/analysis.ts';
import { plural } from '../src/domain/format.ts';
import { today } from '../src/build/today.ts';
import { loadedProject } from '../src/loader/project.ts';
import { imageService } from '../src/onepager/image-service.ts';

const usage = `Usage: npm run deck -- --out <file.pptx> [--account <slug>]… [--owner <person>] [--tier <tier>] [--renewal] [--customer]

  --out       the .pptx file to write (never overwrites a file Keyplan did not write)
  --account   only this account (repeat for several)
  --owner     only the accounts this person owns (a person id)
  --tier      only the accounts of this tier
  --renewal   only the accounts in their contract's renewal window
  --customer  for the customer: customer-safe one-pagers only, no portfolio slide, no speaker notes
Criteria narrow each other; without any, the deck has every account.`;

await runCommand(async () => {
	const { values } = parseCommandLine(
		process.argv.slice(2),
		{
			out: { type: 'string' },
			account: { type: 'string', multiple: true },
			owner: { type: 'string' },
			tier: { type: 'string' },
			renewal: { type: 'boolean', default: false },
			customer: { type: 'boolean', default: false },
			help: { type: 'boolean', short: 'h' },
		},
		usage,
	);
	if (values.help) {
		console.log(usage);
		return 0;
	}
	if (!values.out) throw new UsageError(`--out is required\n\n${usage}`);
	if (!values.out.toLowerCase().endsWith('.pptx')) throw new UsageError(`--out ${values.out}: name the deck file with .pptx at the end, e.g. --out review.pptx`);
	const date = today();
	const out = resolve(values.out);
	const dir = dirname(out);
	const file = basename(out);
	prepareOutDir(dir);
	const unusable = unusableCacheRoot(process.cwd());
	if (unusable) throw new CommandError(unusable);

	const root = process.cwd();
	const { portfolio, problems } = loadedProject(root);
	if (reportContentErrors(problems) > 0) return 1;
	const analysis = analysePortfolio(portfolio, date);
	const selection: DeckSelection = { accounts: values.account, owner: values.owner, tier: values.tier, renewal: values.renewal };
	const unknown = unknownInSelection(analysis, selection);
	if (unknown.length > 0) throw new UsageError(unknown.join('\n'));
	const contents = deckContents(analysis, selection, { customer: values.customer });
	if (contents.pictures.length === 0) throw new CommandError(`No account matches: ${describeSelection(analysis, selection)}. Nothing was written.`);
	if (foreignFiles(dir, [file]).length > 0) {
		throw new CommandError(`${shownPath(out)}: exists and was not written by Keyplan (or was changed since). Nothing was written: move it away, or choose another --out file.`);
	}

	const started = performance.now();
	const images = imageService(root);
	let reusedDeck: boolean;
	try {
		const cache = openDeckCache(deckCacheDirOf(root));
		reusedDeck = (await cachedDeck(contents, images, cache, out)).reused;
		if (cache.damaged.size > 0) console.warn(`deck cache: 1 cache entry damaged, written again (${shownPath(cache.dir)})`);
	} finally {
		await images.close();
	}
	recordWritten(dir, [file]);
	const { rendered, reused, damaged } = images.stats();
	if (damaged > 0) console.warn(`one-pagers: ${plural(damaged, 'cache entry', 'cache entries')} damaged, rendered again (${shownPath(images.cacheDir)})`);
	const accounts = new Set(contents.pictures.map((p) => p.job.slug)).size;
	const made = reusedDeck ? 'the same deck as in the deck cache, copied' : `one-pagers: ${rendered} rendered, ${reused} reused`;
	console.log(
		`${shownPath(out)}: ${plural(slideCount(contents), 'slide')} for ${plural(accounts, 'account')}${contents.customer ? ' (customer-safe)' : ''}, as of ${date}; ` +
			`${made}; ${Math.round(performance.now() - started)} ms`,
	);
	return 0;
});
