/**
 * Reading the domain's findings for display: which rows a rule flagged, and
 * a finding's headline. The rules themselves live in `src/domain/findings`;
 * nothing here decides what is wrong, only where to show it.
 */
import type { Finding } from '../domain/findings';

/** True when some finding of `rule` concerns `file`. */
export function hasFinding(findings: readonly Finding[], rule: string, file?: string): boolean {
	return findings.some((f) => f.rule === rule && (file === undefined || f.file === file));
}

/** Indices of `list[i]` entries in `file` that a finding of `rule` points at. */
export function flaggedIndices(findings: readonly Finding[], rule: string, file: string, list: string): Set<number> {
	const pattern = new RegExp(`^${list}\\[(\\d+)\\]`);
	const out = new Set<number>();
	for (const f of findings) {
		if (f.rule !== rule || f.file !== file) continue;
		const match = pattern.exec(f.path);
		if (match) out.add(Number(match[1]));
	}
	return out;
}

/** A finding's message up to its first colon, capitalised: what is wrong, without the fix. */
export function headline(finding: Finding): string {
	const cut = finding.message.indexOf(': ');
	const head = cut > 0 ? finding.message.slice(0, cut) : finding.message;
	return head.charAt(0).toUpperCase() + head.slice(1);
}
