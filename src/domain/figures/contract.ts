/** Contract figures of one account: end, notice date, renewal window and phase. */
import type { Plan } from '../../schema/plan.ts';
import type { RenewalPlan } from '../../schema/renewal.ts';
import type { Settings } from '../../schema/settings.ts';
import { addMonths, daysBetween, monthsBetween } from '../dates.ts';

/**
 * Where the account stands in its contract's life: no contract; operational
 * (before the renewal window); renewal (within `renewalWindowMonths` of the
 * end); ended (the end date has passed).
 */
export type RenewalPhase = 'no-contract' | 'operational' | 'renewal' | 'ended';

export interface ContractFigures {
	contractStart: string | undefined;
	contractEnd: string | undefined;
	/** Days from today to the contract's last day (negative once ended). */
	daysToContractEnd: number | undefined;
	/** Whole months from today to the contract's last day. */
	monthsToContractEnd: number | undefined;
	/** Last day to give (or receive) notice: the end minus `noticeMonths`. */
	noticeDate: string | undefined;
	daysToNotice: number | undefined;
	/** First day of the renewal phase: the end minus `renewalWindowMonths`. */
	renewalWindowStart: string | undefined;
	renewalPhase: RenewalPhase;
	/** The notice date lies ahead within `NOTICE_WARNING_DAYS`, and the contract has not ended. */
	noticeSoon: boolean;
	/** The renewal plan's milestones with their state; empty without a renewal plan. */
	milestones: MilestoneState[];
}

/** Warn this many days before the notice date. */
export const NOTICE_WARNING_DAYS = 90;

/** A renewal milestone's state as of today. */
export type MilestoneStatus = 'done' | 'overdue' | 'upcoming';

/** A renewal milestone with its position and state. */
export interface MilestoneState {
	index: number;
	milestone: RenewalPlan['milestones'][number];
	status: MilestoneStatus;
}

/** State of a renewal milestone on `today`. */
export function milestoneStatus(milestone: RenewalPlan['milestones'][number], today: string): MilestoneStatus {
	if (milestone.done) return 'done';
	return milestone.date < today ? 'overdue' : 'upcoming';
}

/** Contract dates, renewal phase and renewal milestones of a plan as of `today`. */
export function contractFigures(plan: Plan, renewal: RenewalPlan | undefined, settings: Settings, today: string): ContractFigures {
	const contract = plan.contract;
	const milestones = (renewal?.milestones ?? []).map((milestone, index) => ({ index, milestone, status: milestoneStatus(milestone, today) }));
	if (!contract) {
		return {
			contractStart: undefined,
			contractEnd: undefined,
			daysToContractEnd: undefined,
			monthsToContractEnd: undefined,
			noticeDate: undefined,
			daysToNotice: undefined,
			renewalWindowStart: undefined,
			renewalPhase: 'no-contract',
			noticeSoon: false,
			milestones,
		};
	}
	const noticeDate = addMonths(contract.end, -contract.noticeMonths);
	const renewalWindowStart = addMonths(contract.end, -settings.renewalWindowMonths);
	const renewalPhase: RenewalPhase = today > contract.end ? 'ended' : today >= renewalWindowStart ? 'renewal' : 'operational';
	const daysToNotice = daysBetween(today, noticeDate);
	return {
		contractStart: contract.start,
		contractEnd: contract.end,
		daysToContractEnd: daysBetween(today, contract.end),
		monthsToContractEnd: monthsBetween(today, contract.end),
		noticeDate,
		daysToNotice,
		renewalWindowStart,
		renewalPhase,
		noticeSoon: renewalPhase !== 'ended' && daysToNotice >= 0 && daysToNotice <= NOTICE_WARNING_DAYS,
		milestones,
	};
}
