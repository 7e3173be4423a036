/**
 * Astro integration that writes the site's slide decks (`decks/owner-<id>.pptx`,
 * `decks/tier-<tier>.pptx`, see `deck/site-decks.ts`) when the build is done:
 * it runs after the one-pagers integration, so every picture is in the image
 * cache by then and is read from it, never rendered twice. Logs how many
 * decks it wrote, their size and the time they took.
 */
import type { AstroIntegration } from 'astro';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deckContents } from '../deck/contents.ts';
import { deckFile } from '../deck/deck.ts';
import { siteDecks } from '../deck/site-decks.ts';
import { analysisOf } from '../domain/analysis.ts';
import { today } from '../domain/today.ts';
import { loadedProject } from '../loader/project.ts';
import { imageService } from '../onepager/images.ts';

/** Writes the decks per owner and per tier into the built site. */
export function keyplanDecks(): AstroIntegration {
	let root = process.cwd();
	return {
		name: 'keyplan-decks',
		hooks: {
			'astro:config:done': ({ config }) => {
				root = fileURLToPath(config.root);
			},
			'astro:build:done': async ({ dir, logger }) => {
				if (process.env.KEYPLAN_IMAGES === '0') return logger.info('decks: left out with the one-pagers (KEYPLAN_IMAGES=0)');
				const started = performance.now();
				const out = fileURLToPath(dir);
				const analysis = analysisOf(loadedProject(root).portfolio, today());
				const images = imageService(root);
				let bytes = 0;
				const decks = siteDecks(analysis);
				try {
					for (const deck of decks) {
						const file = join(out, deck.path);
						const data = await deckFile(deckContents(analysis, deck.selection), images);
						mkdirSync(dirname(file), { recursive: true });
						writeFileSync(file, data);
						bytes += data.length;
					}
				} finally {
					await images.close();
				}
				const size = `${(bytes / 1_048_576).toFixed(1)} MB`;
				logger.info(`decks: ${decks.length} written to decks/ (${size}, ${((performance.now() - started) / 1000).toFixed(1)} s)`);
			},
		},
	};
}
