/**
 * Astro integration that renders every one-page plan image into the build
 * output once the site is written (`astro:build:done`): per account
 * `accounts/<slug>/onepager.{png,svg}` and `onepager-customer.{png,svg}`, and
 * `accounts/<slug>/renewal/onepager.{png,svg}` where there is a renewal plan.
 * Unchanged images come from the cache; the log shows each image and ends
 * with "N rendered, M reused".
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { renderPortfolioImages } from '../onepager/pipeline.ts';

/** Renders the one-pagers into the build output. */
export function keyplanOnepagers(): AstroIntegration {
	let root = process.cwd();
	return {
		name: 'keyplan-onepagers',
		hooks: {
			'astro:config:done': ({ config }) => {
				root = fileURLToPath(config.root);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const summary = await renderPortfolioImages({
					root,
					outDir: fileURLToPath(dir),
					onProgress: ({ done, total, job, reused, ms }) => {
						const how = reused ? 'reused' : `rendered in ${Math.round(ms ?? 0)} ms`;
						logger.info(`[${done}/${total}] ${job.path}.png + .svg ${how}`);
					},
				});
				logger.info(`one-pagers: ${summary.rendered} rendered, ${summary.reused} reused (${summary.total} images in ${(summary.ms / 1000).toFixed(1)} s)`);
			},
		},
	};
}
