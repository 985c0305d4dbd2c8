import type { ItemStatus } from './domain';

export interface PlanProgress {
  done: number;
  total: number;
  /** Whole percent, rounded down so a plan only shows 100 when every item is done. */
  percent: number;
}

export function planProgress(items: ReadonlyArray<{ status: ItemStatus }>): PlanProgress {
  const total = items.length;
  const done = items.filter((item) => item.status === 'done').length;
  const percent = total === 0 ? 0 : Math.floor((done * 100) / total);
  return { done, total, percent };
}
