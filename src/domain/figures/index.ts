/**
 * Every derived figure of one account, computed once: the site, the
 * one-pagers, the calendars and `npm run check` read these and never
 * recompute them. Each group lives in its own file under `figures/`.
 */
import type { Account } from '../../loader/portfolio.ts';
import type { Plan } from '../../schema/plan.ts';
import type { RenewalPlan } from '../../schema/renewal.ts';
import type { Settings } from '../../schema/settings.ts';
import { addMonths, daysBetween } from '../dates.ts';
import { contractFigures, type ContractFigures } from './contract.ts';
import { feedbackFigures, type FeedbackFigures } from './feedback.ts';
import { mutualPlanFigures, type MutualPlanFigures } from './mutual-plan.ts';
import { peopleFigures, type PeopleFigures } from './people.ts';
import { revenueFigures, type RevenueFigures } from './revenue.ts';
import { riskStates, type RiskState } from './risks.ts';
import { actionFigures, agreedMeetings, meetingStates, objectiveActions, upcomingMeetings, type IndexedAction, type MeetingState, type ScheduledMeeting } from './schedule.ts';
import { scorecardFigures, type ScorecardFigures } from './scorecard.ts';
import { whitespaceFigures, type WhitespaceFigures } from './whitespace.ts';

export type { ContractFigures, RenewalPhase } from './contract.ts';
export type { IndexedContact, PeopleFigures } from './people.ts';
export type { FeedbackFigures, YearFeedback } from './feedback.ts';
export type { ActionSide, MutualAction, MutualPlanFigures, SharedObjective } from './mutual-plan.ts';
export type { RevenueFigures } from './revenue.ts';
export type { IndexedAction, MeetingState, MeetingStatus, ScheduledMeeting } from './schedule.ts';
export type { Heat, RiskState } from './risks.ts';
export type { MilestoneState, MilestoneStatus } from './contract.ts';
export type { Measure, MeasureTrend, ScorecardFigures, ScorePoint } from './scorecard.ts';
export type { GridCell, GridRow, WhitespaceFigures } from './whitespace.ts';

/** How far ahead a meeting must be scheduled: one quarter. */
export const NEXT_QUARTER_MONTHS = 3;

export interface AccountFigures extends RevenueFigures, ContractFigures, PeopleFigures, MutualPlanFigures, FeedbackFigures {
	/** Actions not done yet, by due date. */
	openActions: IndexedAction[];
	/** Open actions whose due date has passed. */
	overdueActions: IndexedAction[];
	/** The next scheduled meeting on or after today. */
	nextMeeting: ScheduledMeeting | undefined;
	/** Every scheduled meeting on or after today, by date. */
	upcomingMeetings: ScheduledMeeting[];
	/** The upcoming meetings agreed with the customer (accepted, a contact taking part): what customer outputs show. */
	agreedMeetings: ScheduledMeeting[];
	/** Every cadence meeting with its status, in plan order. */
	meetings: MeetingState[];
	/** Today plus one quarter: a meeting should be scheduled before this date. */
	quarterHorizon: string;
	/** True when some meeting is scheduled before `quarterHorizon`. */
	meetingWithinQuarter: boolean;
	/** For each objective (by position), the actions that serve it. */
	objectiveActions: IndexedAction[][];
	/** The plan's risks with heat and judgement. */
	risks: RiskState<Plan['risks'][number]>[];
	/** The renewal plan's risks with heat and judgement; empty without one. */
	renewalRisks: RiskState<RenewalPlan['risks'][number]>[];
	/** Days since the plan's `reviewed` date. */
	daysSinceReview: number;
	/** Days since `lastActivity`. */
	daysSinceActivity: number;
	scorecard: ScorecardFigures;
	/** The whitespace map as a grid of units × offerings. */
	whitespace: WhitespaceFigures;
}

/** All derived figures of `account` as of `today` (YYYY-MM-DD). */
export function accountFigures(account: Account, settings: Settings, today: string): AccountFigures {
	const plan = account.plan.data;
	const upcoming = upcomingMeetings(plan, today);
	const people = peopleFigures(account, today);
	const quarterHorizon = addMonths(today, NEXT_QUARTER_MONTHS);
	const revenue = revenueFigures(plan, settings, today);
	return {
		...revenue,
		...feedbackFigures(plan, settings.fiscalYearStart, revenue.fiscalYear),
		...contractFigures(plan, account.renewal?.data, settings, today),
		...people,
		...actionFigures(plan, today),
		...mutualPlanFigures(plan, today),
		nextMeeting: upcoming[0],
		upcomingMeetings: upcoming,
		agreedMeetings: agreedMeetings(plan, upcoming),
		meetings: meetingStates(plan, today),
		quarterHorizon,
		meetingWithinQuarter: upcoming.some((m) => m.date <= quarterHorizon),
		objectiveActions: objectiveActions(plan),
		risks: riskStates(plan.risks),
		renewalRisks: riskStates(account.renewal?.data.risks ?? []),
		daysSinceReview: daysBetween(plan.reviewed, today),
		daysSinceActivity: daysBetween(people.lastActivity, today),
		scorecard: scorecardFigures(plan, settings, today),
		whitespace: whitespaceFigures(plan, settings),
	};
}
