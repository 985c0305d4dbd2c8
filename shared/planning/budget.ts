import { fail, ok, type Result } from '../result';
import type { ScheduleItemStatus, WeeklyBudget } from './types';

/** An hour on weekdays and three on Saturday. */
export const DEFAULT_WEEKLY_BUDGET: Readonly<WeeklyBudget> = [60, 60, 60, 60, 60, 180, 0];

export const MAX_MINUTES_PER_DAY = 16 * 60;

export function weeklyBudgetMinutes(budget: Readonly<WeeklyBudget>): number {
  return budget.reduce((sum, minutes) => sum + minutes, 0);
}

/** Checks a budget before it is stored or scheduled: whole minutes, and some time in the week. */
export function validateWeeklyBudget(budget: readonly number[]): Result<WeeklyBudget> {
  if (budget.length !== 7) {
    return fail('invalid-argument', 'A weekly budget gives minutes for each of the 7 days, Monday first.');
  }
  if (budget.some((minutes) => !Number.isInteger(minutes) || minutes < 0 || minutes > MAX_MINUTES_PER_DAY)) {
    return fail(
      'invalid-argument',
      `Each day of the weekly budget is a whole number of minutes from 0 to ${MAX_MINUTES_PER_DAY}.`,
    );
  }
  if (budget.every((minutes) => minutes === 0)) {
    return fail(
      'invalid-argument',
      'The weekly budget has no study time on any day. Give at least one day some minutes.',
    );
  }
  return ok([...budget] as WeeklyBudget);
}

/** Items still to study: they take budget and can fall behind. */
export function isUnfinished(status: ScheduleItemStatus): boolean {
  return status === 'todo' || status === 'in-progress';
}

/** An item's effort in whole minutes, at least one so every unfinished item gets a day. */
export function effortMinutes(effortHours: number): number {
  if (!Number.isFinite(effortHours) || effortHours <= 0) {
    throw new RangeError(`not an effort in hours: ${effortHours}`);
  }
  return Math.max(1, Math.round(effortHours * 60));
}

/** The budget of `days` days in a row from weekday `firstWeekday` (0 = Monday): whole weeks at once. */
export function budgetBetween(budget: Readonly<WeeklyBudget>, firstWeekday: number, days: number): number {
  if (days <= 0) return 0;
  let total = Math.floor(days / 7) * weeklyBudgetMinutes(budget);
  for (let offset = 0; offset < days % 7; offset += 1) total += budget[(firstWeekday + offset) % 7] as number;
  return total;
}
