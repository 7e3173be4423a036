/**
 * Who's-who rules:
 * - `contacts.none` (error): no contact at the customer recorded.
 * - `contacts.single-threaded` (warning): one contact only, or every contact
 *   in one department.
 * - `contacts.no-decision-maker` (warning): no contact with role decision-maker.
 * - `contacts.no-champion` (warning): no contact whose stance is champion.
 * - `contacts.stale` (warning): a key contact (decision maker, sponsor or high
 *   influence) not spoken to for more than `contactStaleDays`, or never recorded.
 */
import { daysBetween } from '../dates';
import { isKeyContact } from '../figures/people';
import { collect, days, type AccountRules } from './finding';

export const contactRules: AccountRules = (ctx) =>
	collect(ctx, (f) => {
		const { plan, figures, settings, today } = ctx;
		const contacts = plan.contacts;
		if (contacts.length === 0) {
			f.add('contacts.none', 'error', ['contacts'], 'no contacts: map who\'s who at the customer, with department, role in decisions and stance');
			return;
		}
		if (contacts.length === 1) {
			f.add('contacts.single-threaded', 'warning', ['contacts'], `the relationship hangs on one contact (${contacts[0].name}): build relationships in other departments (operations, finance, IT, procurement…)`);
		} else if (figures.departments.length <= 1) {
			const where = figures.departments.length === 1 ? `all contacts are in ${figures.departments[0]}` : 'no contact has a department';
			f.add('contacts.single-threaded', 'warning', ['contacts'], `${where}: record departments and build relationships beyond one department`);
		}
		if (figures.decisionMakers.length === 0) {
			f.add('contacts.no-decision-maker', 'warning', ['contacts'], 'no decision maker known: find out who decides on our business and add them with role: decision-maker');
		}
		if (figures.champions.length === 0) {
			f.add('contacts.no-champion', 'warning', ['contacts'], 'no champion: identify someone who sells for us internally (stance: champion) and invest in that relationship');
		}
		contacts.forEach((contact, index) => {
			if (!isKeyContact(contact)) return;
			if (!contact.lastContact) {
				f.add('contacts.stale', 'warning', ['contacts', index, 'lastContact'], `${contact.name} is a key contact with no recorded conversation: meet them and record lastContact`);
				return;
			}
			const silence = daysBetween(contact.lastContact, today);
			if (silence > settings.contactStaleDays) {
				f.add('contacts.stale', 'warning', ['contacts', index, 'lastContact'], `${contact.name} (${contact.title ?? contact.role}) last spoken to ${contact.lastContact}, ${days(silence)} ago: get back in touch and update lastContact`);
			}
		});
	});
