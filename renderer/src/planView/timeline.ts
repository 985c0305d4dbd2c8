/** The plan's timeline by ISO week: what falls due and how much study is planned against the budget. Pure. */
import type { IsoDate, PlanItem, WeeklyBudget } from '../../../shared/domain';
import { isUnfinished, weeklyBudgetMinutes, weeklyLoad } from '../../../shared/planning';
import { fromDayNumber, isoWeekKey, mondayOf, toDayNumber } from '../../../shared/planning/days';

export interface TimelineWeek {
  /** ISO 8601 week, `2026-W12`. */
  week: string;
  weekStart: IsoDate;
  plannedMinutes: number;
  budgetMinutes: number;
  /** Unfinished items due in this week, in due-date order. */
  due: PlanItem[];
  /** Some of `due` is already past its date. */
  hasOverdue: boolean;
  isCurrent: boolean;
  isPast: boolean;
}

export interface Timeline {
  weeks: TimelineWeek[];
  /** Unfinished items without a due date: they are not on the timeline. */
  unscheduled: PlanItem[];
  budgetMinutes: number;
}

export function planTimeline(
  items: readonly PlanItem[],
  budget: Readonly<WeeklyBudget>,
  today: IsoDate,
): Timeline {
  const budgetMinutes = weeklyBudgetMinutes(budget);
  const currentMonday = mondayOf(toDayNumber(today));
  const byMonday = new Map<number, TimelineWeek>();
  const weekOf = (monday: number): TimelineWeek => {
    let week = byMonday.get(monday);
    if (week === undefined) {
      week = {
        week: isoWeekKey(monday),
        weekStart: fromDayNumber(monday),
        plannedMinutes: 0,
        budgetMinutes,
        due: [],
        hasOverdue: false,
        isCurrent: monday === currentMonday,
        isPast: monday < currentMonday,
      };
      byMonday.set(monday, week);
    }
    return week;
  };

  for (const load of weeklyLoad(items, budget)) {
    weekOf(toDayNumber(load.weekStart)).plannedMinutes = load.plannedMinutes;
  }
  const unscheduled: PlanItem[] = [];
  for (const item of items) {
    if (!isUnfinished(item.status)) continue;
    if (item.dueDate === null) {
      unscheduled.push(item);
      continue;
    }
    const week = weekOf(mondayOf(toDayNumber(item.dueDate)));
    week.due.push(item);
    if (item.dueDate < today) week.hasOverdue = true;
  }
  for (const week of byMonday.values()) {
    week.due.sort((a, b) =>
      a.dueDate === b.dueDate ? a.position - b.position : (a.dueDate ?? '') < (b.dueDate ?? '') ? -1 : 1,
    );
  }
  return {
    weeks: [...byMonday.entries()].sort(([a], [b]) => a - b).map(([, week]) => week),
    unscheduled,
    budgetMinutes,
  };
}

/** How full a week is, for its bar: 0 to 1, and whether it asks for more than the budget. */
export function weekFill(week: Pick<TimelineWeek, 'plannedMinutes' | 'budgetMinutes'>): {
  fraction: number;
  overBudget: boolean;
} {
  if (week.budgetMinutes <= 0)
    return { fraction: week.plannedMinutes > 0 ? 1 : 0, overBudget: week.plannedMinutes > 0 };
  return {
    fraction: Math.min(1, week.plannedMinutes / week.budgetMinutes),
    overBudget: week.plannedMinutes > week.budgetMinutes,
  };
}
