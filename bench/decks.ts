/**
 * The site's decks of a project alone, as `astro build` writes them (through
 * the deck cache), in this process: `tsx bench/decks.ts --root <project>
 * [--runs N]`. Each run writes every deck of the site into a throw-away
 * folder and prints how many were written and reused, their size and the
 * time; the last line is this process's peak RSS (the OS figure, the worker
 * threads included). The first run is cold when the project's deck cache is
 * empty (`KEYPLAN_CACHE_DIR` or its `node_modules/.cache/keyplan-decks`);
 * the images should be in the image cache already (build the project once).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseCommandLine, runCommand, UsageError } from '../src/present/command-line';
import { writeSiteDecks } from '../src/deck/write-site-decks';
import { analysePortfolio } from '../src/domain/analysis';
import { today } from '../src/build/today';
import { loadedProject } from '../src/loader/project';
import { imageService } from '../src/onepager/image-service';

const usage = 'Usage: tsx bench/decks.ts --root <project> [--runs N]';

await runCommand(async () => {
	const { values } = parseCommandLine(process.argv.slice(2), { root: { type: 'string' }, runs: { type: 'string', default: '1' } }, usage);
	if (!values.root) throw new UsageError(usage);
	const root = resolve(values.root);
	const analysis = analysePortfolio(loadedProject(root).portfolio, today());
	const images = imageService(root);
	try {
		for (let run = 1; run <= Number(values.runs); run++) {
			const out = mkdtempSync(join(tmpdir(), 'keyplan-bench-decks-'));
			const started = performance.now();
			try {
				const { written, reused, bytes } = await writeSiteDecks(root, analysis, out, images);
				const seconds = ((performance.now() - started) / 1000).toFixed(1);
				console.log(`run ${run}: ${written} written, ${reused} reused, ${(bytes / 1_048_576).toFixed(1)} MB, ${seconds} s`);
			} finally {
				rmSync(out, { recursive: true, force: true });
			}
		}
	} finally {
		await images.close();
	}
	console.log(`peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
	return 0;
});
