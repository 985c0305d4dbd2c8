/**
 * Fits a plan's unfinished items into the person's weekly study budget, in plan order.
 *
 * The budget is a running total of minutes from the first day of the schedule. An item starts
 * on the day that total passes the minutes planned before it and is due on the day it covers
 * the item's last minute. In target mode every day's budget is scaled down by the same factor
 * so the total covers the remaining work exactly on the target date; each day then gets at most
 * its budget. Finding a day is arithmetic on whole weeks, so a schedule costs O(items + weeks)
 * whatever its length.
 */
import { fail, ok, type Result } from '../result';
import {
  budgetBetween,
  effortMinutes,
  isUnfinished,
  validateWeeklyBudget,
  weeklyBudgetMinutes,
} from './budget';
import { fromDayNumber, isoWeekKey, LAST_DAY, toDayNumber, weekdayIndex } from './days';
import type { IsoDate, SchedulableItem, ScheduleMode, WeeklyBudget, WeekLoad } from './types';

/** Beyond this a schedule means nothing to a person; it is refused instead. */
export const MAX_SCHEDULE_YEARS = 100;
const MAX_SCHEDULE_DAYS = Math.round(MAX_SCHEDULE_YEARS * 365.2425);

export interface ScheduleInput<T extends SchedulableItem> {
  /** Every item of the plan, in plan order. */
  items: readonly T[];
  budget: Readonly<WeeklyBudget>;
  mode: ScheduleMode;
  /** The first day that can be planned (see `scheduleStart`). */
  from: IsoDate;
  targetDate: IsoDate;
}

export interface ScheduleOutcome<T extends SchedulableItem> {
  /** The items in the same order: unfinished ones with new dates, done and skipped ones untouched. */
  items: T[];
  /** The day the last unfinished item is due; null when nothing remains. */
  projectedFinish: IsoDate | null;
  /** Days the projected finish falls after the target date; 0 when it makes the target. */
  targetShortfallDays: number;
  /** Planned minutes per ISO week, oldest first; weeks with nothing planned are left out. */
  weeks: WeekLoad[];
}

/** A schedule starts on the plan's start date, or today when that has already passed. */
export function scheduleStart(planStartDate: IsoDate, today: IsoDate): IsoDate {
  return planStartDate > today ? planStartDate : today;
}

/** floor(a * b / c) for non-negative whole numbers, exact even when a * b passes 2^53. */
function mulDivFloor(a: number, b: number, c: number): number {
  const product = a * b;
  if (product <= Number.MAX_SAFE_INTEGER) return Math.floor(product / c);
  return Number((BigInt(a) * BigInt(b)) / BigInt(c));
}

function mulDivCeil(a: number, b: number, c: number): number {
  const product = a * b;
  if (product <= Number.MAX_SAFE_INTEGER) return Math.ceil(product / c);
  return Number((BigInt(a) * BigInt(b) + BigInt(c) - 1n) / BigInt(c));
}

interface Capacity {
  /** Minutes available on days 0..`lastDay` of the schedule (day 0 is `from`). */
  through(lastDay: number): number;
  /** The first day by which `minutes` (at least 1) are available. */
  firstDayReaching(minutes: number): number;
}

function fullBudgetCapacity(budget: Readonly<WeeklyBudget>, firstWeekday: number): Capacity {
  const weekMinutes = weeklyBudgetMinutes(budget);
  return {
    through: (lastDay) => budgetBetween(budget, firstWeekday, lastDay + 1),
    firstDayReaching(minutes) {
      const wholeWeeks = Math.floor((minutes - 1) / weekMinutes);
      let needed = minutes - wholeWeeks * weekMinutes;
      let day = 0;
      for (; ; day += 1) {
        needed -= budget[(firstWeekday + day) % 7] as number;
        if (needed <= 0) break;
      }
      return wholeWeeks * 7 + day;
    },
  };
}

/** The full budget scaled by `work / available`, so exactly `work` minutes fit in `available`. */
function scaledCapacity(full: Capacity, work: number, available: number): Capacity {
  return {
    through: (lastDay) => mulDivFloor(work, full.through(lastDay), available),
    firstDayReaching: (minutes) => full.firstDayReaching(mulDivCeil(minutes, available, work)),
  };
}

function plannedWeeks(
  capacity: Capacity,
  work: number,
  fromDay: number,
  finishDay: number,
  budget: Readonly<WeeklyBudget>,
): WeekLoad[] {
  const budgetMinutes = weeklyBudgetMinutes(budget);
  const mondayOffset = -weekdayIndex(fromDay);
  const weeks: WeekLoad[] = [];
  let plannedBefore = 0;
  for (let monday = mondayOffset; fromDay + monday <= finishDay; monday += 7) {
    const plannedThrough = Math.min(work, capacity.through(monday + 6));
    if (plannedThrough > plannedBefore) {
      weeks.push({
        week: isoWeekKey(fromDay + monday),
        weekStart: fromDayNumber(fromDay + monday),
        plannedMinutes: plannedThrough - plannedBefore,
        budgetMinutes,
      });
    }
    plannedBefore = plannedThrough;
  }
  return weeks;
}

/**
 * Gives every unfinished item (todo, in progress) a start and a due date from `from` on, in
 * plan order; done and skipped items keep their dates and take no budget. Refuses a budget
 * with no minutes in the week, and a schedule that would run for more than a century.
 */
export function scheduleItems<T extends SchedulableItem>(
  input: ScheduleInput<T>,
): Result<ScheduleOutcome<T>> {
  const checked = validateWeeklyBudget(input.budget);
  if (!checked.ok) return checked;
  const budget = checked.value;
  const fromDay = toDayNumber(input.from);
  const targetDay = toDayNumber(input.targetDate);

  const minutes = input.items.map((item) =>
    isUnfinished(item.status) ? effortMinutes(item.effortHours) : 0,
  );
  const work = minutes.reduce((sum, value) => sum + value, 0);
  if (work === 0) {
    return ok({ items: [...input.items], projectedFinish: null, targetShortfallDays: 0, weeks: [] });
  }

  const full = fullBudgetCapacity(budget, weekdayIndex(fromDay));
  const availableByTarget = full.through(targetDay - fromDay);
  const capacity =
    input.mode === 'target' && availableByTarget > work
      ? scaledCapacity(full, work, availableByTarget)
      : full;

  const finishDay = fromDay + capacity.firstDayReaching(work);
  if (finishDay - fromDay > MAX_SCHEDULE_DAYS || finishDay > LAST_DAY) {
    return fail(
      'invalid-argument',
      `This schedule would run for more than ${MAX_SCHEDULE_YEARS} years. ` +
        'Give the plan more study time each week or an earlier target date.',
    );
  }

  let plannedBefore = 0;
  const items = input.items.map((item, index) => {
    const itemMinutes = minutes[index] as number;
    if (itemMinutes === 0) return item;
    const startDate = fromDayNumber(fromDay + capacity.firstDayReaching(plannedBefore + 1));
    plannedBefore += itemMinutes;
    const dueDate = fromDayNumber(fromDay + capacity.firstDayReaching(plannedBefore));
    return { ...item, startDate, dueDate };
  });

  return ok({
    items,
    projectedFinish: fromDayNumber(finishDay),
    targetShortfallDays: Math.max(0, finishDay - targetDay),
    weeks: plannedWeeks(capacity, work, fromDay, finishDay, budget),
  });
}
