/**
 * The one name resolver: an id in a plan names one of our people
 * (`content/people/<id>.yaml`) or one of the account's contacts. Built once
 * per account with constant-time look-ups; every surface shows names through
 * it, with the same fallback (the id itself; `—` for no id).
 */
import type { Person } from '../schema/person.ts';
import type { Contact } from '../schema/contacts.ts';

export interface Names {
	/** The display name of a person or contact; the id when unknown; `—` when there is no id. */
	of(id: string | undefined): string;
	/** The contact with this id, if there is one. */
	contact(id: string | undefined): Contact | undefined;
	/** True when `id` is one of our people (and so has a page of their own). */
	isPerson(id: string | undefined): id is string;
}

/** A resolver over our people and one account's contacts. */
export function namesOf(people: ReadonlyMap<string, Person>, contacts: readonly Contact[] = []): Names {
	const byId = new Map(contacts.map((c) => [c.id, c]));
	return {
		of: (id) => (id === undefined ? '—' : (people.get(id)?.name ?? byId.get(id)?.name ?? id)),
		contact: (id) => (id === undefined ? undefined : byId.get(id)),
		isPerson: (id): id is string => id !== undefined && people.has(id),
	};
}
