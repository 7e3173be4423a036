/**
 * Every one-page plan image as a route, at the paths DESIGN.md promises:
 * `accounts/<slug>/onepager.png`, `onepager-customer.png` and
 * `renewal/onepager.png`. `npm run dev` serves them live (and their `.svg`),
 * so an edited plan shows its new image on reload; `npm run build` writes
 * the PNGs through the same cache and worker pool. The SVGs, about 1 MB each,
 * are not part of the built site: `npm run onepagers -- --svg` writes them.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { cacheKey } from '../../onepager/image-cache.ts';
import { imageService } from '../../onepager/image-service.ts';
import { siteImageJob, siteImageJobs } from '../../site/image-routes.ts';

const FORMATS = import.meta.env.DEV ? (['png', 'svg'] as const) : (['png'] as const);
const TYPES = { png: 'image/png', svg: 'image/svg+xml' } as const;

export const getStaticPaths = (() =>
	// `KEYPLAN_IMAGES=0` builds the site without its images (the benchmark's "site alone", quick previews).
	(process.env.KEYPLAN_IMAGES === '0' ? [] : siteImageJobs()).flatMap((job) =>
		FORMATS.map((format) => ({
			// `accounts/<slug>/onepager` → `<slug>/onepager.png`, below this route's folder.
			params: { image: `${job.path.slice('accounts/'.length)}.${format}` },
			props: { path: job.path, format },
			// The image's own cache key (its data and how it is drawn): a rebuild copies an unchanged image from the last build.
			cacheKey: cacheKey(job.sheet),
		})),
	)) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
	const { path, format } = props as { path: string; format: keyof typeof TYPES };
	// Looked up again rather than taken from the paths: the dev server keeps those, but reads edited plans anew.
	const job = siteImageJob(path);
	if (!job) return new Response('No such one-pager: the account is gone from content/accounts.', { status: 404 });
	const body = await imageService(process.cwd(), import.meta.env.DEV ? 1 : undefined).image(job, format);
	// A view of the file's bytes (read into an ArrayBuffer of its own), not a copy: at 1,000 accounts the copies of 2,100 images made the garbage collector
	// run full collections of the whole build's heap.
	return new Response(new Uint8Array(body.buffer as ArrayBuffer, body.byteOffset, body.byteLength), { headers: { 'Content-Type': TYPES[format] } });
};
