/** What the "This week" view of a plan shows: overdue work, this week's items and the week's load. Pure. */
import type { IsoDate, PlanItem, WeeklyBudget } from '../../../shared/domain';
import { isUnfinished, weeklyBudgetMinutes, weeklyLoad } from '../../../shared/planning';
import { fromDayNumber, isoWeekKey, mondayOf, toDayNumber } from '../../../shared/planning/days';
import { todayIso } from '../../../shared/schedule';

export interface ThisWeek {
  /** The current ISO 8601 week, `2026-W12`. */
  week: string;
  /** Monday of the current ISO week. */
  weekStart: IsoDate;
  /** Its Sunday. */
  weekEnd: IsoDate;
  /** Unfinished items due before today, the longest overdue first. */
  overdue: PlanItem[];
  /** Unfinished items in progress, or scheduled on some day of this week, soonest due first. */
  current: PlanItem[];
  /** Items ticked off this week, so a tick does not make an item vanish. */
  doneThisWeek: PlanItem[];
  /** The unfinished item that starts soonest after this week, when nothing is planned in it. */
  nextUp: PlanItem | null;
  plannedMinutes: number;
  budgetMinutes: number;
}

const byDueThenPosition = (a: PlanItem, b: PlanItem): number => {
  if (a.dueDate !== b.dueDate) {
    if (a.dueDate === null) return 1;
    if (b.dueDate === null) return -1;
    return a.dueDate < b.dueDate ? -1 : 1;
  }
  return a.position - b.position;
};

/** The local calendar day an instant fell on. */
function localDay(instant: string): IsoDate | null {
  const parsed = new Date(instant);
  return Number.isNaN(parsed.getTime()) ? null : todayIso(parsed);
}

export function thisWeek(
  items: readonly PlanItem[],
  today: IsoDate,
  budget: Readonly<WeeklyBudget>,
): ThisWeek {
  const monday = mondayOf(toDayNumber(today));
  const weekStart = fromDayNumber(monday);
  const weekEnd = fromDayNumber(monday + 6);

  const overdue: PlanItem[] = [];
  const current: PlanItem[] = [];
  const doneThisWeek: PlanItem[] = [];
  let nextUp: PlanItem | null = null;
  for (const item of items) {
    if (item.status === 'done') {
      const day = item.completedAt === null ? null : localDay(item.completedAt);
      if (day !== null && day >= weekStart && day <= weekEnd) doneThisWeek.push(item);
      continue;
    }
    if (!isUnfinished(item.status)) continue;
    if (item.dueDate !== null && item.dueDate < today) {
      overdue.push(item);
      continue;
    }
    const firstDay = item.startDate ?? item.dueDate;
    if (item.status === 'in-progress' || (firstDay !== null && firstDay <= weekEnd)) {
      current.push(item);
    } else if (firstDay !== null && (nextUp?.startDate ?? nextUp?.dueDate ?? '9999-12-31') > firstDay) {
      nextUp = item;
    }
  }
  overdue.sort(byDueThenPosition);
  current.sort(byDueThenPosition);
  doneThisWeek.sort((a, b) => ((a.completedAt ?? '') < (b.completedAt ?? '') ? -1 : 1));

  const load = weeklyLoad(items, budget).find((week) => week.weekStart === weekStart);
  return {
    week: isoWeekKey(monday),
    weekStart,
    weekEnd,
    overdue,
    current,
    doneThisWeek,
    nextUp: current.length === 0 ? nextUp : null,
    plannedMinutes: load?.plannedMinutes ?? 0,
    budgetMinutes: weeklyBudgetMinutes(budget),
  };
}
