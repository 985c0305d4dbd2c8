/**
 * A plan's schedule as the person sees it, worked out from its stored item dates each time it
 * is read, so it is never stale: the projected finish is the last due date of the remaining
 * items, and days behind counts from the oldest unfinished item that fell due.
 *
 * The target shortfall answers "can my budget still make the target?": the scheduler is run
 * on the remaining work from the later of today and the start date. Right after a (re)schedule
 * it agrees with the projected finish; when the person falls behind (or pauses) it grows even
 * though the stored dates have not moved yet, until the next re-plan.
 */
import { differenceInCalendarDays } from 'date-fns';
import type { IsoDate, PlanSchedule, ScheduleMode, WeeklyBudget } from '../../../shared/domain';
import {
  daysBehind,
  effortSummary,
  isUnfinished,
  scheduleItems,
  scheduleStart,
  type SchedulableItem,
} from '../../../shared/planning';
import { parseIsoDate } from '../../../shared/schedule';

export interface PlanScheduleSettings {
  startDate: IsoDate;
  targetDate: IsoDate;
  budget: WeeklyBudget;
  mode: ScheduleMode;
  pausedSince: IsoDate | null;
}

/** Sums of fractional hours would otherwise show float noise (12.000000001). */
const roundHours = (hours: number): number => Math.round(hours * 100) / 100;

function lastDueDate(items: readonly SchedulableItem[]): IsoDate | null {
  let last: IsoDate | null = null;
  for (const item of items) {
    if (isUnfinished(item.status) && item.dueDate !== null && (last === null || item.dueDate > last)) {
      last = item.dueDate;
    }
  }
  return last;
}

function targetShortfallDays(
  plan: PlanScheduleSettings,
  items: readonly SchedulableItem[],
  projectedFinish: IsoDate | null,
  today: IsoDate,
): number {
  const outcome = scheduleItems({
    items,
    budget: plan.budget,
    mode: plan.mode,
    from: scheduleStart(plan.startDate, today),
    targetDate: plan.targetDate,
  });
  if (outcome.ok) return outcome.value.targetShortfallDays;
  // Only a schedule past the scheduler's horizon fails here: the stored dates still tell.
  if (projectedFinish === null) return 0;
  return Math.max(0, differenceInCalendarDays(parseIsoDate(projectedFinish), parseIsoDate(plan.targetDate)));
}

export function summarisePlanSchedule(
  plan: PlanScheduleSettings,
  items: readonly SchedulableItem[],
  today: IsoDate,
): PlanSchedule {
  const projectedFinish = lastDueDate(items);
  const effort = effortSummary(items);
  return {
    budget: plan.budget,
    mode: plan.mode,
    projectedFinish,
    targetShortfallDays: targetShortfallDays(plan, items, projectedFinish, today),
    daysBehind: daysBehind(items, today, plan.pausedSince),
    pausedSince: plan.pausedSince,
    remainingHours: roundHours(effort.remainingHours),
    completedHours: roundHours(effort.completedHours),
  };
}
