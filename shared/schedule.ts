/** Calendar maths for plans: pure, local-time, date-fns only. */
import { addDays, differenceInCalendarDays, format, isValid, parse } from 'date-fns';
import type { IsoDate, ItemStatus } from './domain';

const ISO_DATE_FORMAT = 'yyyy-MM-dd';
// Any fixed reference works; parse() only borrows fields the format lacks.
const PARSE_REFERENCE = new Date(2000, 0, 1);

/** Parses `yyyy-MM-dd` as local midnight; throws on a date that does not exist (a bug upstream). */
export function parseIsoDate(date: IsoDate): Date {
  const parsed = parse(date, ISO_DATE_FORMAT, PARSE_REFERENCE);
  if (!isValid(parsed) || format(parsed, ISO_DATE_FORMAT) !== date) {
    throw new RangeError(`not a calendar date: ${date}`);
  }
  return parsed;
}

export function formatIsoDate(date: Date): IsoDate {
  return format(date, ISO_DATE_FORMAT);
}

/** The user's local calendar date at `now`. */
export function todayIso(now: Date): IsoDate {
  return formatIsoDate(now);
}

/** `date` moved by a whole number of calendar days (month ends and leap days included). */
export function addDaysIso(date: IsoDate, days: number): IsoDate {
  return formatIsoDate(addDays(parseIsoDate(date), days));
}

/**
 * Due dates for `count` items studied in order between `startDate` and `targetDate`.
 * Each item gets an equal share of the period and is due at the end of its share, so the
 * first item is not due on day one and the last one is due on the target date. When there
 * are more items than days, several items share a day; order is always preserved.
 */
export function spreadDueDates(count: number, startDate: IsoDate, targetDate: IsoDate): IsoDate[] {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`not an item count: ${count}`);
  const start = parseIsoDate(startDate);
  const span = differenceInCalendarDays(parseIsoDate(targetDate), start);
  if (span < 0) throw new RangeError(`target ${targetDate} is before start ${startDate}`);
  return Array.from({ length: count }, (_, index) =>
    formatIsoDate(addDays(start, Math.floor(((index + 1) * span) / count))),
  );
}

export interface DueItem {
  status: ItemStatus;
  dueDate: IsoDate | null;
}

/** An unfinished (not done, not skipped) item whose due date is behind us; due today is not overdue yet. */
export function isOverdue(item: DueItem, today: IsoDate): boolean {
  return item.status !== 'done' && item.status !== 'skipped' && item.dueDate !== null && item.dueDate < today;
}
