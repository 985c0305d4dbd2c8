/**
 * The weekly load of a plan as it is stored: each unfinished item's effort laid over the days
 * from its start to its due date within the study time those days still have, summed per ISO
 * week. It reads dates instead of re-planning, so it also shows dates the person set by
 * hand.
 */
import { effortMinutes, isUnfinished } from './budget';
import { fromDayNumber, isoWeekKey, mondayOf, toDayNumber, weekdayIndex } from './days';
import type { SchedulableItem, WeeklyBudget, WeekLoad } from './types';

interface DatedItem {
  minutes: number;
  firstDay: number;
  lastDay: number;
}

/** Weights for minutes that do not fit: by the days' budget, or evenly when they have none. */
function overflowWeights(budgetByDay: number[]): number[] {
  return budgetByDay.some((minutes) => minutes > 0) ? budgetByDay : budgetByDay.map(() => 1);
}

/**
 * The minutes an item takes on each day of its dates. The days are filled from the first, each at
 * the same share of what earlier items left of it: the highest share with which the item still
 * needs its due date. An item planned as soon as possible takes whole days and part of the last,
 * which leaves the rest of that day to the item starting on it; an item spread to a target date
 * takes a steady share. Either way no day gets more than its budget, so a week the schedule kept
 * within budget reads back within it. Minutes that do not fit, when dates were set by hand, land
 * on the item's days anyway, as they would have to be studied.
 */
function minutesByDay(
  item: DatedItem,
  budget: Readonly<WeeklyBudget>,
  usedByDay: Map<number, number>,
): number[] {
  const budgetByDay: number[] = [];
  const free: number[] = [];
  for (let day = item.firstDay; day <= item.lastDay; day += 1) {
    const minutes = budget[weekdayIndex(day)] as number;
    budgetByDay.push(minutes);
    free.push(Math.max(0, minutes - (usedByDay.get(day) ?? 0)));
  }
  const totalFree = free.reduce((sum, minutes) => sum + minutes, 0);
  if (item.minutes >= totalFree) {
    const weights = overflowWeights(budgetByDay);
    const totalWeight = weights.reduce((sum, weight) => sum + weight, 0);
    const overflow = item.minutes - totalFree;
    return free.map((minutes, index) => minutes + (overflow * (weights[index] as number)) / totalWeight);
  }
  const beforeLastDay = totalFree - (free[free.length - 1] as number);
  const share = beforeLastDay > 0 ? Math.min(1, item.minutes / beforeLastDay) : 1;
  let left = item.minutes;
  return free.map((minutes, index) => {
    const taken = index === free.length - 1 ? left : Math.min(left, minutes * share);
    left -= taken;
    return taken;
  });
}

/** Adds an item's minutes to its days and to the weeks they fall in. */
function spread(
  item: DatedItem,
  budget: Readonly<WeeklyBudget>,
  usedByDay: Map<number, number>,
  plannedByMonday: Map<number, number>,
): void {
  const byDay = minutesByDay(item, budget, usedByDay);
  let minutesSoFar = 0;
  let roundedSoFar = 0;
  for (let monday = mondayOf(item.firstDay); monday <= item.lastDay; monday += 7) {
    const weekFirst = Math.max(monday, item.firstDay);
    const weekLast = Math.min(monday + 6, item.lastDay);
    for (let day = weekFirst; day <= weekLast; day += 1) {
      const minutes = byDay[day - item.firstDay] as number;
      minutesSoFar += minutes;
      usedByDay.set(day, (usedByDay.get(day) ?? 0) + minutes);
    }
    // Rounding the running total, not each week, keeps the weeks adding up to the item.
    const roundedThrough = monday + 6 >= item.lastDay ? item.minutes : Math.round(minutesSoFar);
    if (roundedThrough > roundedSoFar) {
      plannedByMonday.set(monday, (plannedByMonday.get(monday) ?? 0) + roundedThrough - roundedSoFar);
    }
    roundedSoFar = Math.max(roundedSoFar, roundedThrough);
  }
}

/**
 * Planned minutes per ISO week from the stored start and due dates and effort of unfinished
 * items, oldest week first; weeks with nothing planned are left out. An item without a start
 * date counts on its due date; one without a due date is not on the timeline. Items are laid
 * down in the order they start, the way the schedule fills the days.
 */
export function weeklyLoad(
  items: ReadonlyArray<Pick<SchedulableItem, 'status' | 'effortHours' | 'startDate' | 'dueDate'>>,
  budget: Readonly<WeeklyBudget>,
): WeekLoad[] {
  const dated: DatedItem[] = [];
  for (const item of items) {
    if (!isUnfinished(item.status) || item.dueDate === null) continue;
    const lastDay = toDayNumber(item.dueDate);
    const firstDay = item.startDate === null ? lastDay : Math.min(toDayNumber(item.startDate), lastDay);
    dated.push({ minutes: effortMinutes(item.effortHours), firstDay, lastDay });
  }
  dated.sort((a, b) => a.firstDay - b.firstDay || a.lastDay - b.lastDay);

  const usedByDay = new Map<number, number>();
  const plannedByMonday = new Map<number, number>();
  for (const item of dated) spread(item, budget, usedByDay, plannedByMonday);

  const budgetMinutes = budget.reduce((sum, minutes) => sum + minutes, 0);
  return [...plannedByMonday.entries()]
    .sort(([a], [b]) => a - b)
    .map(([monday, plannedMinutes]) => ({
      week: isoWeekKey(monday),
      weekStart: fromDayNumber(monday),
      plannedMinutes,
      budgetMinutes,
    }));
}
