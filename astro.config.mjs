// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { keyplanValidate } from './src/integration/validate.ts';

export default defineConfig({
	// Internal site: served from wherever it is deployed; no absolute URLs needed.
	trailingSlash: 'ignore',
	integrations: [keyplanValidate(), mdx()],
	devToolbar: { enabled: false },
});
