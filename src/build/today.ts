/**
 * "Today" for every rule and figure: `KEYPLAN_TODAY=YYYY-MM-DD` when set (tests
 * and reproducible builds always set it), else the clock's UTC date.
 */
import { isCalendarDate } from '../schema/primitives.ts';

/** Thrown when `KEYPLAN_TODAY` is set to something that is not a calendar date. */
export class TodayError extends Error {}

/** Today's date as `YYYY-MM-DD`, from `KEYPLAN_TODAY` or the clock (UTC). */
export function today(env: Record<string, string | undefined> = process.env, clock: () => Date = () => new Date()): string {
	const fixed = env.KEYPLAN_TODAY?.trim();
	if (fixed) {
		if (!isCalendarDate(fixed)) {
			throw new TodayError(`KEYPLAN_TODAY="${fixed}" is not a date: write it as YYYY-MM-DD, e.g. KEYPLAN_TODAY=2026-11-24`);
		}
		return fixed;
	}
	return clock().toISOString().slice(0, 10);
}
