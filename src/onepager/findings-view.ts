/**
 * A finding's headline for a sheet. The rules themselves live in
 * `src/domain/findings`; nothing here decides what is wrong.
 */
import type { Finding } from '../domain/findings/index.ts';

/** A finding's message up to its first colon, capitalised: what is wrong, without the fix. */
export function headline(finding: Finding): string {
	const cut = finding.message.indexOf(': ');
	const head = cut > 0 ? finding.message.slice(0, cut) : finding.message;
	return head.charAt(0).toUpperCase() + head.slice(1);
}
