/**
 * Astro integration that writes the site's slide decks (`decks/owner-<id>.pptx`,
 * `decks/tier-<tier>.pptx`, see `deck/site-decks.ts`) when the build is done:
 * it runs after the one-pagers integration, so every picture is in the image
 * cache by then and is read from it, never rendered twice. Decks go through
 * the deck cache (`deck/write-site-decks.ts`): only decks whose contents or
 * pictures changed are written, the others are copied. Logs how many decks
 * it wrote and reused, their size and the time they took.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { deckCacheDirOf } from '../deck/deck-cache.ts';
import { writeSiteDecks } from '../deck/write-site-decks.ts';
import { analysisOf } from '../present/analysed.ts';
import { plural } from '../domain/format.ts';
import { today } from '../build/today.ts';
import { loadedProject } from '../loader/project.ts';
import { imageService } from '../onepager/image-service.ts';

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
				const analysis = analysisOf(loadedProject(root).portfolio, today());
				const images = imageService(root);
				let done;
				try {
					done = await writeSiteDecks(root, analysis, fileURLToPath(dir), images);
				} finally {
					await images.close();
				}
				const { written, reused, bytes, damaged } = done;
				if (damaged > 0) logger.warn(`decks: ${plural(damaged, 'cache entry', 'cache entries')} damaged, written again (${deckCacheDirOf(root)})`);
				const size = `${(bytes / 1_048_576).toFixed(1)} MB`;
				const seconds = ((performance.now() - started) / 1000).toFixed(1);
				logger.info(`decks: ${written} written, ${reused} reused (${plural(written + reused, 'deck')} in decks/, ${size}, ${seconds} s)`);
			},
		},
	};
}
