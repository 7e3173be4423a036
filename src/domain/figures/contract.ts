/** Contract figures of one account: end, notice date, renewal window and phase. */
import type { Plan } from '../../schema/plan';
import type { Settings } from '../../schema/settings';
import { addMonths, daysBetween, monthsBetween } from '../dates';

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
}

/** Contract dates and renewal phase of a plan as of `today`. */
export function contractFigures(plan: Plan, settings: Settings, today: string): ContractFigures {
	const contract = plan.contract;
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
		};
	}
	const noticeDate = addMonths(contract.end, -contract.noticeMonths);
	const renewalWindowStart = addMonths(contract.end, -settings.renewalWindowMonths);
	const renewalPhase: RenewalPhase = today > contract.end ? 'ended' : today >= renewalWindowStart ? 'renewal' : 'operational';
	return {
		contractStart: contract.start,
		contractEnd: contract.end,
		daysToContractEnd: daysBetween(today, contract.end),
		monthsToContractEnd: monthsBetween(today, contract.end),
		noticeDate,
		daysToNotice: daysBetween(today, noticeDate),
		renewalWindowStart,
		renewalPhase,
	};
}
