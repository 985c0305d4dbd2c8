/**
 * The weekly load of a plan as it is stored: each unfinished item's effort spread over the days
 * from its start to its due date in proportion to the budget of those days, summed per ISO
 * week. It reads dates instead of re-planning, so it also shows dates the person set by hand.
 */
import { budgetBetween, effortMinutes, isUnfinished, weeklyBudgetMinutes } from './budget';
import { fromDayNumber, isoWeekKey, mondayOf, toDayNumber, weekdayIndex } from './days';
import type { SchedulableItem, WeeklyBudget, WeekLoad } from './types';

const NO_BUDGET: Readonly<WeeklyBudget> = [1, 1, 1, 1, 1, 1, 1];

/** Adds an item's minutes to the weeks from `firstDay` to `lastDay` (day numbers, inclusive). */
function spreadOverWeeks(
  plannedByMonday: Map<number, number>,
  itemMinutes: number,
  firstDay: number,
  lastDay: number,
  budget: Readonly<WeeklyBudget>,
): void {
  // Days without budget get none of the work, unless the item has nothing but such days.
  const weights =
    budgetBetween(budget, weekdayIndex(firstDay), lastDay - firstDay + 1) > 0 ? budget : NO_BUDGET;
  const totalWeight = budgetBetween(weights, weekdayIndex(firstDay), lastDay - firstDay + 1);
  let weightSoFar = 0;
  let minutesSoFar = 0;
  for (let monday = mondayOf(firstDay); monday <= lastDay; monday += 7) {
    const weekFirst = Math.max(monday, firstDay);
    const weekLast = Math.min(monday + 6, lastDay);
    weightSoFar += budgetBetween(weights, weekdayIndex(weekFirst), weekLast - weekFirst + 1);
    // Rounding the running total, not each week, keeps the weeks adding up to the item.
    const minutesThrough = Math.round((itemMinutes * weightSoFar) / totalWeight);
    if (minutesThrough > minutesSoFar) {
      plannedByMonday.set(monday, (plannedByMonday.get(monday) ?? 0) + minutesThrough - minutesSoFar);
    }
    minutesSoFar = minutesThrough;
  }
}

/**
 * Planned minutes per ISO week from the stored start and due dates and effort of unfinished
 * items, oldest week first; weeks with nothing planned are left out. An item without a start
 * date counts on its due date; one without a due date is not on the timeline.
 */
export function weeklyLoad(
  items: ReadonlyArray<Pick<SchedulableItem, 'status' | 'effortHours' | 'startDate' | 'dueDate'>>,
  budget: Readonly<WeeklyBudget>,
): WeekLoad[] {
  const plannedByMonday = new Map<number, number>();
  for (const item of items) {
    if (!isUnfinished(item.status) || item.dueDate === null) continue;
    const lastDay = toDayNumber(item.dueDate);
    const firstDay = item.startDate === null ? lastDay : Math.min(toDayNumber(item.startDate), lastDay);
    spreadOverWeeks(plannedByMonday, effortMinutes(item.effortHours), firstDay, lastDay, budget);
  }
  const budgetMinutes = weeklyBudgetMinutes(budget);
  return [...plannedByMonday.entries()]
    .sort(([a], [b]) => a - b)
    .map(([monday, plannedMinutes]) => ({
      week: isoWeekKey(monday),
      weekStart: fromDayNumber(monday),
      plannedMinutes,
      budgetMinutes,
    }));
}
