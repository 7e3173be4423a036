/** One content collection over the plan bodies the bench writes into plans/. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

export const collections = {
	plans: defineCollection({
		loader: glob({ pattern: '*.mdx', base: './plans' }),
		schema: z.object({ title: z.string() }),
	}),
};
