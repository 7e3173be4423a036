/**
 * Checks that a plan's narrative is valid MDX, so that `npm run check` finds
 * what would otherwise stop the site build with a compiler stack trace
 * (a stray `<` or `{` is the usual culprit).
 */
import { mdxToMdast } from 'satteri';

/** `undefined` when the body parses; otherwise a message with the line in the file. */
export function mdxBodyError(body: string, firstLine: number): string | undefined {
	try {
		mdxToMdast(body);
		return undefined;
	} catch (error) {
		const text = (error as Error).message;
		const match = /^(\d+):(\d+):\s*(.*?)(?:\s*\([\w:-]+\))?$/s.exec(text);
		if (!match) return `not valid MDX: ${text}`;
		const hint = /[<{]/.test(match[3]) || /JSX|expression/i.test(match[3]) ? ' (write &lt; or \\< for a literal "<", and \\{ for a literal "{")' : '';
		return `line ${Number(match[1]) + firstLine - 1}, column ${match[2]}: ${match[3]}${hint}`;
	}
}
