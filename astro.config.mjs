// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { keyplanOnepagers } from './src/integration/onepagers.ts';
import { keyplanPagefind } from './src/integration/pagefind.ts';
import { keyplanValidate } from './src/integration/validate.ts';

export default defineConfig({
	// Internal site: served from wherever it is deployed; no absolute URLs needed.
	trailingSlash: 'ignore',
	integrations: [keyplanValidate(), mdx(), keyplanPagefind(), keyplanOnepagers()],
	devToolbar: { enabled: false },
	vite: {
		build: {
			rolldownOptions: {
				// MDX content carries Astro's own "use astro:head-inject" directive; the bundler's note about it is noise.
				onwarn(warning, warn) {
					if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
				},
			},
		},
	},
});
