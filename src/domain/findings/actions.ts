/**
 * Action plan rules:
 * - `actions.overdue` (warning): an open action past its due date.
 * - `actions.no-owner` (warning): an open action nobody owns.
 * - `actions.no-due` (warning): an open action without a due date.
 * - `actions.blocked` (info): an action marked blocked.
 * - `actions.objective-without-action` (warning): an objective no action serves.
 * - `actions.none-open` (warning): nothing left to do on the account at all.
 */
import { daysBetween } from '../dates';
import { collect, days, type AccountRules } from './finding';

export const actionRules: AccountRules = (ctx) =>
	collect(ctx, (f) => {
		const { plan, figures, today } = ctx;
		for (const { index, action } of figures.overdueActions) {
			const late = daysBetween(action.due!, today);
			f.add(
				'actions.overdue',
				'warning',
				['actions', index, 'due'],
				`"${action.title}" was due ${action.due} (${days(late)} ago) and is still ${action.status}: finish it and set status: done, or agree a new date and update due`,
			);
		}
		for (const { index, action } of figures.openActions) {
			if (!action.owner) f.add('actions.no-owner', 'warning', ['actions', index, 'owner'], `"${action.title}" has no owner: name the person (or customer contact) who will do it`);
			if (!action.due) f.add('actions.no-due', 'warning', ['actions', index, 'due'], `"${action.title}" has no due date: agree by when it will be done`);
			if (action.status === 'blocked') f.add('actions.blocked', 'info', ['actions', index, 'status'], `"${action.title}" is blocked: escalate it or replace it with an action that unblocks it`);
		}
		plan.objectives.forEach((objective, index) => {
			if (!plan.actions.some((a) => a.objective === objective.id)) {
				f.add('actions.objective-without-action', 'warning', ['objectives', index], `objective "${objective.title}" has no action: add at least one action with objective: ${objective.id}`);
			}
		});
		if (figures.openActions.length === 0) {
			f.add('actions.none-open', 'warning', ['actions'], 'no open action: a plan without next steps is not being worked; add the next actions with owner and due date');
		}
	});
