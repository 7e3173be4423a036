/**
 * Astro integration that validates all content before Astro touches it, so
 * that `npm run build` refuses bad content with exactly the messages of
 * `npm run check` (file, field path, fix) and no stack trace.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { today, TodayError } from '../domain/today';
import { freshProject, loadedProject } from '../loader/project';
import { terminalText } from '../encode/terminal';
import { formatProblem, type Problem } from '../schema/problem';

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
				const { problems } = command === 'build' ? loadedProject(root) : freshProject(root);
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
		},
	};
}
