// @ts-check
// The bare Astro + MDX baseline of `npm run bench`: the same plan bodies as
// MDX pages, nothing else. The bench copies this folder to a temp project and
// writes the plans into its plans/ folder.
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

export default defineConfig({
	integrations: [mdx()],
	devToolbar: { enabled: false },
});
