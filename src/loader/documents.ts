/** What the loader gives for each account: its plan and renewal plan as documents (data, narrative, source, places). */
import type { Plan } from '../schema/plan.ts';
import type { RenewalPlan } from '../schema/renewal.ts';
import type { FieldLocator } from './positions.ts';

export interface Document<T> {
	/** File path relative to the project root, forward slashes. */
	file: string;
	data: T;
	/** The MDX narrative after the frontmatter. */
	body: string;
	/** The file's whole text, to put problems and findings on their lines (absent for documents made in code). */
	source?: string;
	/** Where each frontmatter field is, from the parse that read it, when the load was asked for places (`LoadOptions`). */
	locate?: FieldLocator;
}

export interface Account {
	slug: string;
	plan: Document<Plan>;
	renewal?: Document<RenewalPlan>;
}
