/** Contract and renewal rules: the last 12–18 months of a contract are a phase of their own. Renewal findings point at the renewal plan. */
import { formatDays as days } from '../format.ts';
import { accountRule } from './finding.ts';

export const contractRules = [
	accountRule({
		id: 'contract.renewal-plan-missing',
		severity: 'error',
		title: 'No renewal plan in the renewal window',
		why: 'In the last months of a contract the account needs a renewal plan: objectives, decision makers, milestones back-planned from the notice date.',
		weight: 25,
		thresholds: ['renewalWindowMonths'],
		example: 'the contract ends 2027-05-31 (in 6 months, inside the 18-month renewal window) and there is no renewal plan: create content/accounts/portavia-terminals/renewal.mdx …',
		check: ({ plan, figures, account, settings }) =>
			plan.contract && figures.renewalPhase === 'renewal' && !account.renewal
				? [
						{
							path: ['contract', 'end'],
							message:
								`the contract ends ${plan.contract.end} (in ${figures.monthsToContractEnd} months, inside the ${settings.renewalWindowMonths}-month renewal window) and there is no renewal plan: ` +
								`create content/accounts/${account.slug}/renewal.mdx with objective, decision makers and milestones back-planned from the notice date ${figures.noticeDate}`,
						},
					]
				: [],
	}),
	accountRule({
		id: 'contract.ended',
		severity: 'warning',
		title: 'Contract ended',
		why: 'A plan whose contract has ended describes a relationship that no longer exists on paper.',
		example: "the contract ended 2026-06-30: record the renewed contract's dates, or remove contract if the account runs without one",
		check: ({ plan, figures }) =>
			plan.contract && figures.renewalPhase === 'ended'
				? [{ path: ['contract', 'end'], message: `the contract ended ${plan.contract.end}: record the renewed contract's dates, or remove contract if the account runs without one` }]
				: [],
	}),
	accountRule({
		id: 'contract.notice-soon',
		severity: 'warning',
		title: 'Notice date soon',
		why: 'After the notice date the renewal decision is made, whether we prepared it or not.',
		thresholds: ['NOTICE_WARNING_DAYS (90)'],
		example: 'notice must be given or received by 2027-02-28, in 96 days: settle the renewal decision with the customer\'s decision makers before then',
		check: ({ plan, figures }) => {
			const contract = plan.contract;
			if (!contract || !figures.noticeSoon) return [];
			const what = contract.autoRenews ? 'the contract renews automatically unless notice is given' : 'notice must be given or received';
			return [{ path: ['contract', 'noticeMonths'], message: `${what} by ${figures.noticeDate}, in ${days(figures.daysToNotice!)}: settle the renewal decision with the customer's decision makers before then` }];
		},
	}),
	accountRule({
		id: 'contract.renewal-milestones-missing',
		severity: 'warning',
		title: 'Renewal plan without milestones',
		why: 'A renewal plan needs milestones back-planned from the notice date, or it is not a plan.',
		example: 'the renewal plan has no milestones: back-plan them from the notice date 2027-02-28',
		check: ({ account, figures }) =>
			account.renewal && account.renewal.data.milestones.length === 0
				? [{ path: ['milestones'], renewal: true, message: `the renewal plan has no milestones: back-plan them from the notice date ${figures.noticeDate}` }]
				: [],
	}),
	accountRule({
		id: 'contract.renewal-milestone-overdue',
		severity: 'warning',
		title: 'Renewal milestone overdue',
		why: 'Each renewal milestone missed shortens the time left before the notice date.',
		example: 'renewal milestone "Value review with the CFO" was due 2026-11-10 and is not done: complete it (done: true) or re-plan it before the notice date 2027-02-28',
		check: ({ figures }) =>
			figures.milestones
				.filter((m) => m.status === 'overdue')
				.map(({ index, milestone }) => ({
					path: ['milestones', index, 'date'],
					renewal: true,
					message: `renewal milestone "${milestone.title}" was due ${milestone.date} and is not done: complete it (done: true) or re-plan it before the notice date ${figures.noticeDate}`,
				})),
	}),
] as const;
