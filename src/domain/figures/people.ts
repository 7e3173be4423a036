/** Who's-who figures of one account: decision makers, champions, departments, last activity. */
import type { Contact } from '../../schema/contacts.ts';
import type { Account } from '../../loader/portfolio.ts';
import { daysBetween } from '../dates.ts';

/** A contact with its position in `contacts[]`. */
export interface IndexedContact {
	index: number;
	contact: Contact;
}

/** A key contact (see `isKeyContact`) and how long since we last spoke to them. */
export interface KeyContact extends IndexedContact {
	/** Days since `lastContact`; undefined when no conversation is recorded. */
	daysSilent: number | undefined;
}

export interface PeopleFigures {
	decisionMakers: IndexedContact[];
	/** Decision makers, sponsors and contacts of high influence, with their silence. */
	keyContacts: KeyContact[];
	champions: IndexedContact[];
	/** Distinct departments of the contacts that name one, in first-mention order. */
	departments: string[];
	/** The latest date anything was recorded in the plan (or its renewal plan): review, contact, scorecard, feedback, commitment. */
	lastActivity: string;
}

/** True for a contact whose silence hurts: decision makers, sponsors and anyone of high influence. */
export function isKeyContact(contact: Contact): boolean {
	return contact.role === 'decision-maker' || contact.role === 'sponsor' || contact.influence === 'high' || contact.influence === 'very-high';
}

/** Decision makers, champions, departments and the last recorded activity of an account. */
export function peopleFigures(account: Account, today: string): PeopleFigures {
	const plan = account.plan.data;
	const indexed = plan.contacts.map((contact, index) => ({ index, contact }));
	const byKey = new Map<string, string>();
	for (const c of plan.contacts) if (c.department?.trim() && !byKey.has(c.department.trim().toLowerCase())) byKey.set(c.department.trim().toLowerCase(), c.department.trim());
	const departments = [...byKey.values()];
	const dates = [
		plan.reviewed,
		...plan.contacts.flatMap((c) => (c.lastContact ? [c.lastContact] : [])),
		...plan.scorecard.reviews.flatMap((r) => (r.date ? [r.date] : [])),
		...plan.feedback.flatMap((f) => (f.collected ? [f.collected] : [])),
		...plan.financials.commitment.flatMap((c) => (c.agreed ? [c.agreed] : [])),
		...(account.renewal?.data.reviewed ? [account.renewal.data.reviewed] : []),
	].filter((d) => d <= today);
	return {
		decisionMakers: indexed.filter(({ contact }) => contact.role === 'decision-maker'),
		keyContacts: indexed
			.filter(({ contact }) => isKeyContact(contact))
			.map(({ index, contact }) => ({ index, contact, daysSilent: contact.lastContact ? daysBetween(contact.lastContact, today) : undefined })),
		champions: indexed.filter(({ contact }) => contact.stance === 'champion'),
		departments,
		lastActivity: dates.reduce((a, b) => (b > a ? b : a), dates[0] ?? plan.reviewed),
	};
}
