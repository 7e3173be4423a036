/** Once per e2e run: make sure dist/ is fresh, serve it, and hand its origin to the tests. */
import type { TestProject } from 'vitest/node';
import { serve } from './server';
import { buildSite, DIST, staleReason } from './site';

declare module 'vitest' {
	export interface ProvidedContext {
		/** `http://127.0.0.1:<port>` serving dist/. */
		origin: string;
	}
}

export default async function setup(project: TestProject) {
	const today = process.env.KEYPLAN_TODAY ?? '2026-11-24';
	const reason = staleReason(today);
	if (reason) {
		console.log(`e2e: building the sample site (${reason})…`);
		buildSite(today);
	}
	const server = await serve(DIST);
	project.provide('origin', server.origin);
	return () => server.close();
}
