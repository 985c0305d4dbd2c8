/** Sorting what needs attention into "overdue" and "coming up" for the reminder panel. */
import type { IsoDate, ReminderEntry, ReminderOverview } from '../../../shared/domain';
import { addDaysIso, parseIsoDate, todayIso } from '../../../shared/schedule';
import type { Database } from '../db';
import {
  listExamEntries,
  listReminderCandidates,
  listRenewalCandidates,
  reminderInstant,
  type ReminderCandidateRow,
} from '../repo/reminders';
import { readSettings } from '../repo/settings';

/** How far ahead a due date or an exam counts as coming up. */
export const UPCOMING_DUE_DAYS = 14;

interface TimedEntry {
  entry: ReminderEntry;
  at: number;
}

interface Placement {
  list: 'overdue' | 'upcoming';
  item: TimedEntry;
}

interface ItemRef {
  item_id: number;
  plan_id: number;
  plan_name: string;
  title: string;
}

function entryOf(
  row: ItemRef,
  reason: ReminderEntry['reason'],
  dueDate: IsoDate | null,
  reminderAt: number | null,
): ReminderEntry {
  return {
    itemId: row.item_id,
    planId: row.plan_id,
    planName: row.plan_name,
    title: row.title,
    reminderAt: reminderAt === null ? null : new Date(reminderAt).toISOString(),
    dueDate,
    reason,
  };
}

function dayEntry(
  row: ItemRef,
  reason: ReminderEntry['reason'],
  date: IsoDate,
  reminderAt: number | null,
): TimedEntry {
  return { at: parseIsoDate(date).getTime(), entry: entryOf(row, reason, date, reminderAt) };
}

/**
 * An item is overdue when its due date is behind us (reason 'due') or its reminder time (or
 * snooze) has passed (reason 'reminder'); otherwise it is upcoming when it has a future
 * reminder or is due within the next UPCOMING_DUE_DAYS, filed under whichever comes first.
 */
function classify(row: ReminderCandidateRow, now: Date, today: IsoDate, horizon: IsoDate): Placement | null {
  const reminderTime = reminderInstant(row);
  if (row.due_date !== null && row.due_date < today) {
    return { list: 'overdue', item: dayEntry(row, 'due', row.due_date, reminderTime) };
  }
  const reminder =
    reminderTime === null
      ? null
      : { at: reminderTime, entry: entryOf(row, 'reminder', row.due_date, reminderTime) };
  if (reminder !== null && reminderTime !== null && reminderTime <= now.getTime()) {
    return { list: 'overdue', item: reminder };
  }
  const dueSoon =
    row.due_date !== null && row.due_date <= horizon
      ? dayEntry(row, 'due', row.due_date, reminderTime)
      : null;
  const first = dueSoon !== null && (reminder === null || dueSoon.at < reminder.at) ? dueSoon : reminder;
  return first === null ? null : { list: 'upcoming', item: first };
}

function byTime(a: TimedEntry, b: TimedEntry): number {
  return a.at - b.at || a.entry.itemId - b.entry.itemId;
}

/**
 * Item reminders and due dates as above; an exam without a recorded result is upcoming within
 * UPCOMING_DUE_DAYS and overdue once its day has passed; a certification is upcoming from its
 * renewal reminder day (the `renewalReminderDays` setting before expiry) and overdue once
 * expired. For exam and renewal entries `dueDate` is the exam or expiry date.
 */
export function buildReminderOverview(db: Database, now: Date): ReminderOverview {
  const today = todayIso(now);
  const horizon = addDaysIso(today, UPCOMING_DUE_DAYS);
  const overdue: TimedEntry[] = [];
  const upcoming: TimedEntry[] = [];
  for (const row of listReminderCandidates(db, horizon)) {
    const placed = classify(row, now, today, horizon);
    if (placed !== null) (placed.list === 'overdue' ? overdue : upcoming).push(placed.item);
  }
  for (const row of listExamEntries(db, horizon)) {
    (row.exam_date < today ? overdue : upcoming).push(dayEntry(row, 'exam', row.exam_date, null));
  }
  const { renewalReminderDays } = readSettings(db);
  for (const row of listRenewalCandidates(db, addDaysIso(today, renewalReminderDays))) {
    (row.expires_date < today ? overdue : upcoming).push(dayEntry(row, 'renewal', row.expires_date, null));
  }
  return {
    overdue: overdue.sort(byTime).map((timed) => timed.entry),
    upcoming: upcoming.sort(byTime).map((timed) => timed.entry),
  };
}
