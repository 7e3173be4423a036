/**
 * Every derived figure of one account, computed once: the site, the
 * one-pagers, the calendars and `npm run check` read these and never
 * recompute them. Each group lives in its own file under `figures/`.
 */
import type { Account } from '../loader/portfolio';
import type { Settings } from '../schema/settings';
import { daysBetween } from './dates';
import { contractFigures, type ContractFigures } from './figures/contract';
import { peopleFigures, type PeopleFigures } from './figures/people';
import { revenueFigures, type RevenueFigures } from './figures/revenue';
import { actionFigures, upcomingMeetings, type IndexedAction, type ScheduledMeeting } from './figures/schedule';
import { scorecardFigures, type ScorecardFigures } from './figures/scorecard';

export type { ContractFigures, RenewalPhase } from './figures/contract';
export type { IndexedContact, PeopleFigures } from './figures/people';
export type { RevenueFigures } from './figures/revenue';
export type { IndexedAction, ScheduledMeeting } from './figures/schedule';
export type { Measure, MeasureTrend, ScorecardFigures, ScorePoint } from './figures/scorecard';

export interface AccountFigures extends RevenueFigures, ContractFigures, PeopleFigures {
	/** Actions not done yet, by due date. */
	openActions: IndexedAction[];
	/** Open actions whose due date has passed. */
	overdueActions: IndexedAction[];
	/** The next scheduled meeting on or after today. */
	nextMeeting: ScheduledMeeting | undefined;
	/** Every scheduled meeting on or after today, by date. */
	upcomingMeetings: ScheduledMeeting[];
	/** Days since the plan's `reviewed` date. */
	daysSinceReview: number;
	/** Days since `lastActivity`. */
	daysSinceActivity: number;
	scorecard: ScorecardFigures;
}

/** All derived figures of `account` as of `today` (YYYY-MM-DD). */
export function accountFigures(account: Account, settings: Settings, today: string): AccountFigures {
	const plan = account.plan.data;
	const upcoming = upcomingMeetings(plan, today);
	const people = peopleFigures(account, today);
	return {
		...revenueFigures(plan, settings, today),
		...contractFigures(plan, settings, today),
		...people,
		...actionFigures(plan, today),
		nextMeeting: upcoming[0],
		upcomingMeetings: upcoming,
		daysSinceReview: daysBetween(plan.reviewed, today),
		daysSinceActivity: daysBetween(people.lastActivity, today),
		scorecard: scorecardFigures(plan),
	};
}
