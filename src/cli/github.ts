/**
 * GitHub Actions workflow commands (`::error file=…,line=…,col=…,title=…::…`),
 * so that problems and findings appear on the lines of a pull request's diff.
 * Escaping follows GitHub's rules: `%`, CR and LF in the message; also `:`
 * and `,` in the properties.
 */
import { terminalLines } from '../encode/terminal.ts';
import type { Problem, Severity } from '../schema/problem.ts';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/**
 * Escapes a workflow command's message: GitHub's `%`, CR and LF escapes (a
 * line break can never start a forged command), and every other control
 * character shown escaped as in the terminal (the log is read in one).
 */
export function escapeData(text: string): string {
	return terminalLines(text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}

/** Escapes a workflow command's property value. */
export function escapeProperty(text: string): string {
	return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * One annotation: `::error` for errors, `::warning` for warnings, `::notice`
 * for info; titled with the rule id (findings) or the field path (content
 * problems); the message keeps the field path.
 */
export function annotation(problem: Problem): string {
	const props = [`file=${escapeProperty(problem.file)}`];
	if (problem.line) props.push(`line=${problem.line}`, `col=${problem.column ?? 1}`);
	props.push(`title=${escapeProperty(problem.rule ?? (problem.path || 'content'))}`);
	const text = problem.path ? `${problem.path}: ${problem.message}` : problem.message;
	return `::${COMMAND[problem.severity]} ${props.join(',')}::${escapeData(text)}`;
}
