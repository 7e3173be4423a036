/**
 * Astro integration that validates all content before Astro touches it, so
 * that `npm run build` refuses bad content with exactly the messages of
 * `npm run check` (file, field path, fix) and no stack trace.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { loadPortfolio } from '../loader/portfolio';
import { formatProblem } from '../schema/problem';

export function keyplanValidate(): AstroIntegration {
	return {
		name: 'keyplan-validate',
		hooks: {
			'astro:config:setup': ({ config, command, logger }) => {
				const { problems } = loadPortfolio(fileURLToPath(config.root));
				const errors = problems.filter((p) => p.severity === 'error');
				if (errors.length === 0) return;
				for (const problem of errors) logger.error(formatProblem(problem));
				const summary = `${errors.length} content error${errors.length === 1 ? '' : 's'}: fix the fields above (npm run check lists them too).`;
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
