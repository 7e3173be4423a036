/** What every calendar writer shares: the context of a feed and its stable, unique event UIDs. */
import type { Person } from '../schema/person.ts';
import type { Settings } from '../schema/settings.ts';

/** The UID domain of every event Keyplan writes. */
export const UID_DOMAIN = 'keyplan';

/** What calendar events read besides the account. */
export interface CalendarContext {
	settings: Settings;
	people: ReadonlyMap<string, Person>;
}

/** Lower-case words joined by dashes, for UIDs. */
export function uidPart(text: string): string {
	return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'x';
}

/** Hands out UIDs, appending `-2`, `-3`… when the same one would be used twice. */
export class UidRegistry {
	private readonly seen = new Map<string, number>();
	/** A UID for `parts`, unique within this registry. */
	next(...parts: string[]): string {
		const base = parts.map(uidPart).join('-');
		const n = (this.seen.get(base) ?? 0) + 1;
		this.seen.set(base, n);
		return `${n === 1 ? base : `${base}-${n}`}@${UID_DOMAIN}`;
	}
}
