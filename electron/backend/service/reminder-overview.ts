/** Sorting unfinished items into "overdue" and "coming up" for the reminder panel. */
import type { IsoDate, ReminderEntry, ReminderOverview } from '../../../shared/domain';
import { addDaysIso, parseIsoDate, todayIso } from '../../../shared/schedule';
import type { Database } from '../db';
import { listReminderCandidates, type ReminderCandidateRow } from '../repo/reminders';

/** How far ahead a due date counts as coming up. */
export const UPCOMING_DUE_DAYS = 14;

interface TimedEntry {
  entry: ReminderEntry;
  at: number;
}

interface Placement {
  list: 'overdue' | 'upcoming';
  item: TimedEntry;
}

function timedEntry(row: ReminderCandidateRow, reason: ReminderEntry['reason']): TimedEntry {
  const at =
    reason === 'reminder' && row.reminder_at !== null
      ? Date.parse(row.reminder_at)
      : parseIsoDate(row.due_date ?? '').getTime();
  return {
    at,
    entry: {
      itemId: row.item_id,
      planId: row.plan_id,
      planName: row.plan_name,
      title: row.title,
      reminderAt: row.reminder_at,
      dueDate: row.due_date,
      reason,
    },
  };
}

/**
 * An item is overdue when its due date is behind us (reason 'due') or its reminder time has
 * passed (reason 'reminder'); otherwise it is upcoming when it has a future reminder or is due
 * within the next UPCOMING_DUE_DAYS, filed under whichever comes first.
 */
function classify(row: ReminderCandidateRow, now: Date, today: IsoDate, horizon: IsoDate): Placement | null {
  const reminderTime = row.reminder_at === null ? null : Date.parse(row.reminder_at);
  if (row.due_date !== null && row.due_date < today) {
    return { list: 'overdue', item: timedEntry(row, 'due') };
  }
  if (reminderTime !== null && reminderTime <= now.getTime()) {
    return { list: 'overdue', item: timedEntry(row, 'reminder') };
  }
  const dueSoon = row.due_date !== null && row.due_date <= horizon ? timedEntry(row, 'due') : null;
  const reminder = reminderTime !== null ? timedEntry(row, 'reminder') : null;
  const first = dueSoon !== null && (reminder === null || dueSoon.at < reminder.at) ? dueSoon : reminder;
  return first === null ? null : { list: 'upcoming', item: first };
}

function byTime(a: TimedEntry, b: TimedEntry): number {
  return a.at - b.at || a.entry.itemId - b.entry.itemId;
}

export function buildReminderOverview(db: Database, now: Date): ReminderOverview {
  const today = todayIso(now);
  const horizon = addDaysIso(today, UPCOMING_DUE_DAYS);
  const overdue: TimedEntry[] = [];
  const upcoming: TimedEntry[] = [];
  for (const row of listReminderCandidates(db, horizon)) {
    const placed = classify(row, now, today, horizon);
    if (placed !== null) (placed.list === 'overdue' ? overdue : upcoming).push(placed.item);
  }
  return {
    overdue: overdue.sort(byTime).map((timed) => timed.entry),
    upcoming: upcoming.sort(byTime).map((timed) => timed.entry),
  };
}
