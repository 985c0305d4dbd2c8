/** The plan header's account of the schedule: finish, target, days behind. Pure. */
import { differenceInCalendarDays, parseISO } from 'date-fns';
import type { IsoDate, PlanItem, PlanSchedule } from '../../../shared/domain';
import { isUnfinished } from '../../../shared/planning';
import { formatDay } from '../lib/dates';
import { days } from './format';

export interface TargetStatus {
  tone: 'on-track' | 'late' | 'none';
  text: string;
}

/**
 * How the plan stands against its target. The later of two answers counts: the stored dates
 * (the projected finish) and a re-plan of the remaining work from today (the shortfall).
 */
export function targetStatus(schedule: PlanSchedule, targetDate: IsoDate): TargetStatus {
  if (schedule.mode === 'asap') return { tone: 'none', text: 'As soon as your study time allows' };
  if (schedule.projectedFinish === null) return { tone: 'none', text: 'Nothing left to schedule' };
  const finishLate = differenceInCalendarDays(parseISO(schedule.projectedFinish), parseISO(targetDate));
  const late = Math.max(finishLate, schedule.targetShortfallDays);
  return late > 0
    ? { tone: 'late', text: `${days(late)} past the target at this study time` }
    : { tone: 'on-track', text: 'On track for the target' };
}

/** The unfinished item that has waited longest past its due date; null when nothing is overdue. */
export function oldestOverdue(items: readonly PlanItem[], today: IsoDate): PlanItem | null {
  let oldest: PlanItem | null = null;
  for (const item of items) {
    if (!isUnfinished(item.status) || item.dueDate === null || item.dueDate >= today) continue;
    if (oldest === null || item.dueDate < (oldest.dueDate ?? '')) oldest = item;
  }
  return oldest;
}

export function behindSentence(daysBehind: number, oldest: PlanItem | null): string {
  const lead = `You are ${days(daysBehind)} behind`;
  return oldest?.dueDate ? `${lead}: ‘${oldest.title}’ was due on ${formatDay(oldest.dueDate)}.` : `${lead}.`;
}
