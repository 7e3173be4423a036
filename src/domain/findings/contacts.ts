/** Who's-who rules: decision makers known, champions, and relationships across departments. */
import { formatDays as days } from '../format.ts';
import { accountRule } from './finding.ts';

export const contactRules = [
	accountRule({
		id: 'contacts.none',
		severity: 'error',
		title: 'No contacts',
		why: 'A key account without a known contact is not managed at all.',
		weight: 25,
		example: "no contacts: map who's who at the customer, with department, role in decisions and stance",
		check: ({ plan }) => (plan.contacts.length === 0 ? [{ path: ['contacts'], message: "no contacts: map who's who at the customer, with department, role in decisions and stance" }] : []),
	}),
	accountRule({
		id: 'contacts.single-threaded',
		severity: 'warning',
		title: 'Single-threaded relationship',
		why: 'A relationship that hangs on one person or one department ends when that person leaves; good plans are multi-threaded across operations, finance, IT, procurement…',
		example: 'all contacts are in Engineering: record departments and build relationships beyond one department',
		check: ({ plan, figures }) => {
			const contacts = plan.contacts;
			if (contacts.length === 0) return [];
			if (contacts.length === 1) {
				return [{ path: ['contacts'], message: `the relationship hangs on one contact (${contacts[0].name}): build relationships in other departments (operations, finance, IT, procurement…)` }];
			}
			if (figures.departments.length > 1) return [];
			const where = figures.departments.length === 1 ? `all contacts are in ${figures.departments[0]}` : 'no contact has a department';
			return [{ path: ['contacts'], message: `${where}: record departments and build relationships beyond one department` }];
		},
	}),
	accountRule({
		id: 'contacts.no-decision-maker',
		severity: 'warning',
		title: 'No decision maker known',
		why: 'Without knowing who decides on our business, every proposal is a guess.',
		example: 'no decision maker known: find out who decides on our business and add them with role: decision-maker',
		check: ({ plan, figures }) =>
			plan.contacts.length > 0 && figures.decisionMakers.length === 0
				? [{ path: ['contacts'], message: 'no decision maker known: find out who decides on our business and add them with role: decision-maker' }]
				: [],
	}),
	accountRule({
		id: 'contacts.decision-maker-not-assessed',
		severity: 'warning',
		title: "Decision maker's stance not assessed",
		why: 'A decision maker nobody has assessed may be our champion or our blocker; "unknown" must not pass for neutral.',
		example: "Katrin Hoff is a decision maker whose stance toward us nobody has assessed: find out where they stand and set stance (champion … blocker)",
		check: ({ figures }) =>
			figures.decisionMakers
				.filter(({ contact }) => contact.stance === 'unknown')
				.map(({ index, contact }) => ({
					path: ['contacts', index, 'stance'],
					message: `${contact.name} is a decision maker whose stance toward us nobody has assessed: find out where they stand and set stance (champion, supporter, neutral, sceptic or blocker)`,
				})),
	}),
	accountRule({
		id: 'contacts.no-champion',
		severity: 'warning',
		title: 'No champion',
		why: 'A champion sells for us inside the customer when we are not in the room.',
		example: 'no champion: identify someone who sells for us internally (stance: champion) and invest in that relationship',
		check: ({ plan, figures }) =>
			plan.contacts.length > 0 && figures.champions.length === 0
				? [{ path: ['contacts'], message: 'no champion: identify someone who sells for us internally (stance: champion) and invest in that relationship' }]
				: [],
	}),
	accountRule({
		id: 'contacts.stale',
		severity: 'warning',
		title: 'Key contact not spoken to',
		why: 'Sentiment is known early only by talking to the people who matter; a key contact not met for months is a blind spot.',
		thresholds: ['contactStaleDays'],
		example: 'Katrin Hoff (COO) last spoken to 2026-05-12, 196 days ago: get back in touch and update lastContact',
		check: ({ figures, settings }) =>
			figures.keyContacts.flatMap(({ index, contact, daysSilent }) => {
				if (daysSilent === undefined) {
					return [{ path: ['contacts', index, 'lastContact'], message: `${contact.name} is a key contact with no recorded conversation: meet them and record lastContact` }];
				}
				if (daysSilent <= settings.contactStaleDays) return [];
				return [
					{
						path: ['contacts', index, 'lastContact'],
						message: `${contact.name} (${contact.title ?? contact.role}) last spoken to ${contact.lastContact}, ${days(daysSilent)} ago: get back in touch and update lastContact`,
					},
				];
			}),
	}),
] as const;
