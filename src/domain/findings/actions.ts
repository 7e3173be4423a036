/** Action plan rules: the seventh action, who does what by when. */
import { daysBetween } from '../dates.ts';
import { formatDays as days } from '../format.ts';
import { accountRule } from './finding.ts';

export const actionRules = [
	accountRule({
		id: 'actions.overdue',
		severity: 'warning',
		title: 'Overdue action',
		why: 'An open action past its due date (other than a customer\'s own mutual action) is the first sign that a plan is not being worked; the customer notices missed promises before we do.',
		example: '"Present Leipzig pilot results to CFO" was due 2026-11-20 (4 days ago) and is still open: finish it and set status: done, or agree a new date and update due',
		check: ({ figures, today }) => {
			// A customer's own mutual action is followed up, not done: `actions.customer-overdue` says so.
			const theirs = new Set(figures.customerOverdueActions.map((a) => a.index));
			return figures.overdueActions
				.filter(({ index }) => !theirs.has(index))
				.map(({ index, action }) => ({
					path: ['actions', index, 'due'],
					message: `"${action.title}" was due ${action.due} (${days(daysBetween(action.due!, today))} ago) and is still ${action.status}: finish it and set status: done, or agree a new date and update due`,
				}));
		},
	}),
	accountRule({
		id: 'actions.customer-overdue',
		severity: 'warning',
		title: "Customer's mutual action overdue",
		why: 'An action the customer agreed to own in the mutual plan is theirs to do, but a late one is ours to notice: follow up before it stalls the plan we share.',
		example: '"Nominate the Poland site lead" (owned by Katrin Hoff, agreed in the mutual plan) was due 2026-11-20 (4 days ago): follow up with Katrin Hoff and agree a new date, or record it as done',
		check: ({ figures, today, plan }) =>
			figures.customerOverdueActions.map(({ index, action }) => {
				const who = plan.contacts.find((c) => c.id === action.owner)?.name ?? action.owner;
				return {
					path: ['actions', index, 'due'],
					message: `"${action.title}" (owned by ${who}, agreed in the mutual plan) was due ${action.due} (${days(daysBetween(action.due!, today))} ago): follow up with ${who} and agree a new date, or record it as done`,
				};
			}),
	}),
	accountRule({
		id: 'actions.no-owner',
		severity: 'warning',
		title: 'Action without an owner',
		why: 'An action nobody owns is done by nobody: every step needs one named person on our side or the customer\'s.',
		example: '"Map the procurement process" has no owner: name the person (or customer contact) who will do it',
		check: ({ figures }) =>
			figures.openActions.filter(({ action }) => !action.owner).map(({ index, action }) => ({ path: ['actions', index, 'owner'], message: `"${action.title}" has no owner: name the person (or customer contact) who will do it` })),
	}),
	accountRule({
		id: 'actions.no-due',
		severity: 'warning',
		title: 'Action without a due date',
		why: 'Without a date an action never becomes late, so it never gets done.',
		example: '"Map the procurement process" has no due date: agree by when it will be done',
		check: ({ figures }) =>
			figures.openActions.filter(({ action }) => !action.due).map(({ index, action }) => ({ path: ['actions', index, 'due'], message: `"${action.title}" has no due date: agree by when it will be done` })),
	}),
	accountRule({
		id: 'actions.blocked',
		severity: 'info',
		title: 'Blocked action',
		why: 'A blocked action needs someone to remove the block; left alone it quietly stalls its objective.',
		example: '"Site visit in Gdańsk" is blocked: escalate it or replace it with an action that unblocks it',
		check: ({ figures }) =>
			figures.openActions
				.filter(({ action }) => action.status === 'blocked')
				.map(({ index, action }) => ({ path: ['actions', index, 'status'], message: `"${action.title}" is blocked: escalate it or replace it with an action that unblocks it` })),
	}),
	accountRule({
		id: 'actions.objective-without-action',
		severity: 'warning',
		title: 'Objective without an action',
		why: 'An objective no action serves is a wish, not a plan: the source articles tie every objective to who does what by when.',
		example: 'objective "Win the Polish sites" has no action: add at least one action with objective: win-poland',
		check: ({ plan, figures }) =>
			plan.objectives.flatMap((objective, index) =>
				figures.objectiveActions[index].length > 0 ? [] : [{ path: ['objectives', index], message: `objective "${objective.title}" has no action: add at least one action with objective: ${objective.id}` }],
			),
	}),
	accountRule({
		id: 'actions.none-open',
		severity: 'warning',
		title: 'No open action',
		why: 'A plan without next steps is not being worked.',
		example: 'no open action: a plan without next steps is not being worked; add the next actions with owner and due date',
		check: ({ figures }) =>
			figures.openActions.length > 0 ? [] : [{ path: ['actions'], message: 'no open action: a plan without next steps is not being worked; add the next actions with owner and due date' }],
	}),
] as const;
