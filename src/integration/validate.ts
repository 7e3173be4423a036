/**
 * Astro integration that validates all content before Astro touches it, so
 * that `npm run build` refuses bad content with exactly the messages of
 * `npm run check` (file, field path, fix) and no stack trace.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { today, TodayError } from '../build/today.ts';
import { writeEditorSchemas } from '../editor/schemas.ts';
import { freshProject, loadedProject } from '../loader/project.ts';
import { terminalText } from '../encode/terminal.ts';
import { formatProblem, type Problem } from '../schema/problem.ts';

/** A bad `KEYPLAN_TODAY` is a setting mistake like bad content: said once, up front. */
function todayProblem(): Problem | undefined {
	try {
		today();
		return undefined;
	} catch (error) {
		if (!(error instanceof TodayError)) throw error;
		return { file: 'KEYPLAN_TODAY', path: '', message: error.message, severity: 'error' };
	}
}

export function keyplanValidate(): AstroIntegration {
	return {
		name: 'keyplan-validate',
		hooks: {
			'astro:config:setup': ({ config, command, logger }) => {
				// The one load of the build: the pages, images and calendars reuse it (loader/project.ts).
				const root = fileURLToPath(config.root);
				const loaded = command === 'build' ? loadedProject(root) : freshProject(root);
				const { problems } = loaded;
				// The editor's schemas follow the content, from this same load (src/editor/schemas.ts).
				writeEditorSchemas(root, loaded, { bestEffort: true });
				const errors = [todayProblem(), ...problems].filter((p): p is Problem => p?.severity === 'error');
				if (errors.length === 0) return;
				for (const problem of errors) logger.error(terminalText(problem.file === 'KEYPLAN_TODAY' ? problem.message : formatProblem(problem)));
				const summary = `${errors.length} error${errors.length === 1 ? '' : 's'}: fix what is listed above (npm run check lists them too).`;
				if (command === 'build') {
					logger.error(summary);
					// Exit instead of throwing: a content mistake deserves its message, not a stack trace.
					process.exit(1);
				}
				logger.warn(summary);
			},
			// Under `npm run dev`, a saved content file (a new tier, person or plan) updates the editor's schemas, and
			// Astro forgets the pages' routes, so that a plan that broke (or was fixed) gets its page on the next request.
			'astro:server:setup': ({ server }) => {
				const root = server.config.root;
				const content = `${root.replace(/\\/g, '/')}/content/`;
				const refresh = (file: string) => {
					if (!file.replace(/\\/g, '/').startsWith(content)) return;
					writeEditorSchemas(root, freshProject(root), { bestEffort: true });
					// The message Astro's own content layer sends when content changes: it empties the route cache.
					for (const [name, environment] of Object.entries(server.environments)) if (name !== 'client') environment.hot.send('astro:content-changed', {});
				};
				server.watcher.add(content);
				for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, refresh);
			},
		},
	};
}
