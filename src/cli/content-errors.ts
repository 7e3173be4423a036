/** How the commands that need valid content (onepagers, deck) refuse content with errors. */
import { terminalText } from '../encode/terminal.ts';
import { formatProblem, type Problem } from '../schema/problem.ts';

/**
 * Prints every content error (as `npm run check` does) and a summary to
 * stderr; returns how many there were, so that a command stops on any.
 */
export function reportContentErrors(problems: readonly Problem[]): number {
	const errors = problems.filter((p) => p.severity === 'error');
	if (errors.length === 0) return 0;
	for (const problem of errors) console.error(terminalText(formatProblem(problem)));
	console.error(`${errors.length} content error${errors.length === 1 ? '' : 's'}: fix them first (npm run check lists them too).`);
	return errors.length;
}
