/** A plan's progress with done and skipped items apart, in items and in hours. Pure. */
import type { PlanItem } from '../../../shared/domain';
import { effortSummary } from '../../../shared/planning';
import { planProgress } from '../../../shared/progress';

export interface ProgressSummary {
  done: number;
  skipped: number;
  total: number;
  /** Whole percent of items done, rounded down. */
  percent: number;
  completedHours: number;
  remainingHours: number;
}

export function progressSummary(
  items: ReadonlyArray<Pick<PlanItem, 'status' | 'effortHours'>>,
): ProgressSummary {
  const { done, total, percent } = planProgress(items);
  const hours = effortSummary(items);
  return {
    done,
    total,
    percent,
    skipped: items.filter((item) => item.status === 'skipped').length,
    completedHours: hours.completedHours,
    remainingHours: hours.remainingHours,
  };
}
