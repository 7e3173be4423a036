/**
 * Contract and renewal rules:
 * - `contract.renewal-plan-missing` (error): the contract ends within
 *   `renewalWindowMonths` and there is no `renewal.mdx`.
 * - `contract.notice-soon` (warning): the notice date falls within the next
 *   `NOTICE_WARNING_DAYS` days.
 * - `contract.ended` (warning): the contract's end date has passed.
 * - `contract.renewal-milestones-missing` (warning): a renewal plan without milestones.
 * - `contract.renewal-milestone-overdue` (warning): a renewal milestone past its date and not done.
 * Renewal findings point at the renewal plan's file.
 */
import { collect, days, type AccountRules } from './finding';

/** Warn this many days before the notice date. */
export const NOTICE_WARNING_DAYS = 90;

export const contractRules: AccountRules = (ctx) =>
	collect(ctx, (f) => {
		const { plan, figures, account, settings, today } = ctx;
		const contract = plan.contract;
		if (!contract) return;
		const renewal = account.renewal;
		if (figures.renewalPhase === 'renewal' && !renewal) {
			f.add(
				'contract.renewal-plan-missing',
				'error',
				['contract', 'end'],
				`the contract ends ${contract.end} (in ${figures.monthsToContractEnd} months, inside the ${settings.renewalWindowMonths}-month renewal window) and there is no renewal plan: ` +
					`create content/accounts/${account.slug}/renewal.mdx with objective, decision makers and milestones back-planned from the notice date ${figures.noticeDate}`,
			);
		}
		if (figures.renewalPhase === 'ended') {
			f.add('contract.ended', 'warning', ['contract', 'end'], `the contract ended ${contract.end}: record the renewed contract's dates, or remove contract if the account runs without one`);
		} else if (figures.daysToNotice !== undefined && figures.daysToNotice >= 0 && figures.daysToNotice <= NOTICE_WARNING_DAYS) {
			const what = contract.autoRenews ? 'the contract renews automatically unless notice is given' : 'notice must be given or received';
			f.add('contract.notice-soon', 'warning', ['contract', 'noticeMonths'], `${what} by ${figures.noticeDate}, in ${days(figures.daysToNotice)}: settle the renewal decision with the customer's decision makers before then`);
		}
		if (!renewal) return;
		const data = renewal.data;
		if (data.milestones.length === 0) {
			f.add('contract.renewal-milestones-missing', 'warning', ['milestones'], `the renewal plan has no milestones: back-plan them from the notice date ${figures.noticeDate}`, renewal.file);
		}
		data.milestones.forEach((m, index) => {
			if (!m.done && m.date < today) {
				f.add('contract.renewal-milestone-overdue', 'warning', ['milestones', index, 'date'], `renewal milestone "${m.title}" was due ${m.date} and is not done: complete it (done: true) or re-plan it before the notice date ${figures.noticeDate}`, renewal.file);
			}
		});
	});
