/**
 * What a weekly digest says, as data: lines in the domain's words, each about
 * one account (so that every presentation can link it to the account's page),
 * grouped per account for a person and per topic for the director. Plan
 * values stay raw here; every output format escapes them with its encoder.
 */
import type { Severity } from '../../schema/problem.ts';
import type { HealthPoint } from '../review/compare.ts';

/** The kinds of line, for ordering and for the chat formats' icons. */
export type DigestLineKind =
	| 'overdue'
	| 'due-soon'
	| 'meeting'
	| 'notice'
	| 'milestone'
	| 'going-stale'
	| 'health'
	| 'opened'
	| 'resolved'
	| 'colleague'
	| 'renewal-window'
	| 'overload'
	| 'stale';

/** Severities worst first, for ordering lines. */
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** One line of a digest. */
export interface DigestLine {
	kind: DigestLineKind;
	/** The account it is about; absent for a line about a person (manager overload). */
	slug?: string;
	/** The person it is about (manager overload), linked to their page. */
	person?: string;
	/** The sentence, with plan values unescaped. */
	text: string;
	/** How serious it is: errors and overdue work first. */
	severity: Severity;
	/** The date it is about (a due date, a notice date, a change's date), when it has one. */
	date?: string;
}

/** One account in a person's digest. */
export interface AccountDigest {
	slug: string;
	name: string;
	/** `owner`, or the person's role on the account team. */
	role: string;
	health: HealthPoint;
	/** What needs doing now, most urgent first. */
	todo: DigestLine[];
	/** What changed since the digest's start date, newest first. */
	changed: DigestLine[];
}

/** The digest of one person: their accounts, most urgent first. */
export interface PersonDigest {
	kind: 'person';
	/** Person id. */
	id: string;
	name: string;
	email: string | undefined;
	/** First day not covered: changes after it count. */
	since: string;
	today: string;
	accounts: AccountDigest[];
}

/** One topic of the director's digest. */
export interface DirectorSection {
	id: 'movers' | 'renewals' | 'findings' | 'overload' | 'stale';
	title: string;
	lines: DigestLine[];
}

/** The portfolio digest for the director: one screen of what moved and what needs a decision. */
export interface DirectorDigest {
	kind: 'director';
	recipients: readonly string[];
	since: string;
	today: string;
	sections: DirectorSection[];
}

export type Digest = PersonDigest | DirectorDigest;

/** True when the digest has nothing to say (it is then not sent). */
export function isEmpty(digest: Digest): boolean {
	return digest.kind === 'person'
		? digest.accounts.every((a) => a.todo.length === 0 && a.changed.length === 0)
		: digest.sections.every((s) => s.lines.length === 0);
}

/** How many lines the digest has. */
export function lineCount(digest: Digest): number {
	return digest.kind === 'person' ? digest.accounts.reduce((n, a) => n + a.todo.length + a.changed.length, 0) : digest.sections.reduce((n, s) => n + s.lines.length, 0);
}
