/**
 * Astro integration for the one-page plan images, which are routes
 * (`pages/accounts/[...image].ts`). When the build starts, it hands every
 * image of the portfolio to the image service, whose worker pool draws the
 * missing ones while Astro renders the pages; the routes then serve each
 * image from the cache (or Astro copies it from the last build, when its
 * cache key is unchanged). When the build is done it logs how many images were
 * rendered and reused, prunes cache entries no image uses, and stops the
 * workers.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { analysisOf } from '../present/analysed.ts';
import { plural } from '../domain/format.ts';
import { today } from '../build/today.ts';
import { loadedProject } from '../loader/project.ts';
import { imageService } from '../onepager/image-service.ts';
import { jobsOf } from '../onepager/jobs.ts';

/** Starts, reports and finishes the one-pagers of a build. */
export function keyplanOnepagers(): AstroIntegration {
	let root = process.cwd();
	let started = 0;
	return {
		name: 'keyplan-onepagers',
		hooks: {
			'astro:config:done': ({ config }) => {
				root = fileURLToPath(config.root);
			},
			'astro:build:start': ({ logger }) => {
				started = performance.now();
				if (process.env.KEYPLAN_IMAGES === '0') return logger.info('one-pagers: left out (KEYPLAN_IMAGES=0)');
				const jobs = jobsOf(analysisOf(loadedProject(root).portfolio, today()));
				imageService(root).prefetch(jobs);
				logger.info(`one-pagers: ${jobs.length} images, missing ones drawn on the worker pool while the pages render`);
			},
			'astro:build:done': async ({ logger }) => {
				if (process.env.KEYPLAN_IMAGES === '0') return;
				const images = imageService(root);
				await images.settle();
				const jobs = jobsOf(analysisOf(loadedProject(root).portfolio, today()));
				images.prune(jobs);
				// Reused: served from the image cache, or copied by Astro from the last build (its route unchanged).
				const { rendered, renderMs, damaged } = images.stats();
				const reused = jobs.length - rendered;
				const each = rendered > 0 ? `, ${Math.round(renderMs / rendered)} ms each on a worker` : '';
				if (damaged > 0) logger.warn(`one-pagers: ${plural(damaged, 'cache entry', 'cache entries')} damaged, rendered again (${images.cacheDir})`);
				logger.info(`one-pagers: ${rendered} rendered, ${reused} reused (${rendered + reused} images; ${((performance.now() - started) / 1000).toFixed(1)} s since the build started${each})`);
				await images.close();
			},
		},
	};
}
