import { isUnfinished } from './budget';
import { fromDayNumber, toDayNumber } from './days';
import type { IsoDate, SchedulableItem, ScheduleItemStatus } from './types';

/**
 * Days since the oldest unfinished item fell due: 0 when nothing is overdue, and 0 while the
 * plan is paused (a pause is a choice, not falling behind). Due today is not overdue yet.
 */
export function daysBehind(
  items: ReadonlyArray<{ status: ScheduleItemStatus; dueDate: IsoDate | null }>,
  today: IsoDate,
  pausedSince: IsoDate | null,
): number {
  if (pausedSince !== null) return 0;
  let oldestDue: IsoDate | null = null;
  for (const item of items) {
    if (!isUnfinished(item.status) || item.dueDate === null || item.dueDate >= today) continue;
    if (oldestDue === null || item.dueDate < oldestDue) oldestDue = item.dueDate;
  }
  return oldestDue === null ? 0 : toDayNumber(today) - toDayNumber(oldestDue);
}

/**
 * The items as they stand after a pause from `pausedSince` until `today`: every unfinished
 * item's start and due dates move later by the days paused; done and skipped items stay put.
 */
export function shiftForPause<T extends Pick<SchedulableItem, 'status' | 'startDate' | 'dueDate'>>(
  items: readonly T[],
  pausedSince: IsoDate,
  today: IsoDate,
): T[] {
  const days = Math.max(0, toDayNumber(today) - toDayNumber(pausedSince));
  const shift = (date: IsoDate | null): IsoDate | null =>
    date === null ? null : fromDayNumber(toDayNumber(date) + days);
  return items.map((item) =>
    days === 0 || !isUnfinished(item.status)
      ? item
      : { ...item, startDate: shift(item.startDate), dueDate: shift(item.dueDate) },
  );
}

export interface EffortSummary {
  /** Hours of items still to study (todo and in progress). */
  remainingHours: number;
  /** Hours of done items. */
  completedHours: number;
}

/** Skipped items count on neither side. */
export function effortSummary(
  items: ReadonlyArray<Pick<SchedulableItem, 'status' | 'effortHours'>>,
): EffortSummary {
  let remainingHours = 0;
  let completedHours = 0;
  for (const item of items) {
    if (item.status === 'done') completedHours += item.effortHours;
    else if (isUnfinished(item.status)) remainingHours += item.effortHours;
  }
  return { remainingHours, completedHours };
}
