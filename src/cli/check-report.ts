/** Formats the result of `npm run check` for people (text) and for tools (JSON). */
import { formatProblem, type Problem, type Severity } from '../schema/problem';

const order: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Counts by severity. */
export function tally(problems: Problem[]): Record<Severity, number> {
	const counts = { error: 0, warning: 0, info: 0 };
	for (const p of problems) counts[p.severity]++;
	return counts;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Human report: problems grouped by file, worst file first, then a one-line summary. */
export function textReport(problems: Problem[], filesChecked: number): string {
	const byFile = new Map<string, Problem[]>();
	for (const p of problems) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
	const worst = (list: Problem[]) => Math.min(...list.map((p) => order[p.severity]));
	const files = [...byFile.entries()].sort(([fa, a], [fb, b]) => worst(a) - worst(b) || b.length - a.length || fa.localeCompare(fb));
	const lines: string[] = [];
	for (const [, list] of files) {
		for (const p of [...list].sort((a, b) => order[a.severity] - order[b.severity])) {
			lines.push(`${p.severity === 'error' ? 'error' : p.severity === 'warning' ? 'warn ' : 'info '} ${formatProblem(p)}${p.rule ? ` [${p.rule}]` : ''}`);
		}
	}
	const t = tally(problems);
	lines.push(
		`${plural(filesChecked, 'file')} checked: ${plural(t.error, 'error')}, ${plural(t.warning, 'warning')}, ${t.info} info.`,
	);
	return lines.join('\n');
}

/** Machine report: a JSON array of findings, each with file, path, message, severity and rule. */
export function jsonReport(problems: Problem[]): string {
	return JSON.stringify(
		problems.map((p) => ({ file: p.file, path: p.path, message: p.message, severity: p.severity, rule: p.rule ?? null })),
		null,
		2,
	);
}
