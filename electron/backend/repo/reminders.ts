/** Queries behind the reminder overview and the reminder scheduler. */
import type { IsoDate, IsoDateTime } from '../../../shared/domain';
import type { Database } from '../db';

/** Statuses that still need work: done and skipped items never remind. */
const UNFINISHED = `i.status IN ('todo', 'in-progress')`;

/**
 * When an item's own reminder fires: the later of its reminder time and its snooze, so a
 * snooze postpones the reminder and moving the reminder past a snooze wins. julianday()
 * compares instants written with any UTC offset.
 */
const REMINDER_INSTANT = `coalesce(max(julianday(i.reminder_at), julianday(i.snoozed_until)),
                                   julianday(i.reminder_at), julianday(i.snoozed_until))`;

export interface ReminderCandidateRow {
  item_id: number;
  plan_id: number;
  plan_name: string;
  title: string;
  due_date: IsoDate | null;
  reminder_at: IsoDateTime | null;
  snoozed_until: IsoDateTime | null;
}

const CANDIDATE_SELECT = `
  SELECT i.id AS item_id, i.plan_id, p.name AS plan_name, i.title, i.due_date, i.reminder_at,
         i.snoozed_until
  FROM plan_items i JOIN plans p ON p.id = i.plan_id`;

/** When a candidate's reminder fires (see REMINDER_INSTANT); null when it has none. */
export function reminderInstant(
  row: Pick<ReminderCandidateRow, 'reminder_at' | 'snoozed_until'>,
): number | null {
  const times = [row.reminder_at, row.snoozed_until].filter((time) => time !== null).map(Date.parse);
  return times.length === 0 ? null : Math.max(...times);
}

/**
 * Unfinished items that have a reminder, or a due date up to `dueUntil`. The service sorts
 * them into overdue and upcoming.
 */
export function listReminderCandidates(db: Database, dueUntil: IsoDate): ReminderCandidateRow[] {
  return db
    .prepare<[IsoDate], ReminderCandidateRow>(
      `${CANDIDATE_SELECT}
       WHERE ${UNFINISHED}
         AND (i.reminder_at IS NOT NULL OR i.snoozed_until IS NOT NULL OR i.due_date <= ?)`,
    )
    .all(dueUntil);
}

/** Reminders whose time (or snooze) has come that nobody has been told about, oldest first. */
export function listDueUnnotifiedReminders(db: Database, now: IsoDateTime): ReminderCandidateRow[] {
  return db
    .prepare<[IsoDateTime], ReminderCandidateRow>(
      `${CANDIDATE_SELECT}
       WHERE ${UNFINISHED} AND i.reminder_notified_at IS NULL
         AND (i.reminder_at IS NOT NULL OR i.snoozed_until IS NOT NULL)
         AND ${REMINDER_INSTANT} <= julianday(?)
       ORDER BY ${REMINDER_INSTANT}, i.id`,
    )
    .all(now);
}

export function markRemindersNotified(db: Database, itemIds: readonly number[], at: IsoDateTime): void {
  const mark = db.prepare<[IsoDateTime, number]>(
    'UPDATE plan_items SET reminder_notified_at = ? WHERE id = ?',
  );
  for (const itemId of itemIds) mark.run(at, itemId);
}

export interface ExamCandidateRow {
  item_id: number;
  plan_id: number;
  plan_name: string;
  title: string;
  exam_date: IsoDate;
  booking_note: string;
  exam_notified_at: IsoDateTime | null;
}

/** Unfinished certifications with an exam from `from` to `until` (inclusive). */
export function listExamCandidates(db: Database, from: IsoDate, until: IsoDate): ExamCandidateRow[] {
  return db
    .prepare<[IsoDate, IsoDate], ExamCandidateRow>(
      `SELECT i.id AS item_id, i.plan_id, p.name AS plan_name, i.title, i.exam_date, i.booking_note,
              i.exam_notified_at
       FROM plan_items i JOIN plans p ON p.id = i.plan_id
       WHERE i.kind = 'certification' AND ${UNFINISHED}
         AND i.exam_date IS NOT NULL AND i.exam_date >= ? AND i.exam_date <= ?
       ORDER BY i.exam_date, i.id`,
    )
    .all(from, until);
}

export function markExamsNotified(db: Database, itemIds: readonly number[], at: IsoDateTime): void {
  const mark = db.prepare<[IsoDateTime, number]>('UPDATE plan_items SET exam_notified_at = ? WHERE id = ?');
  for (const itemId of itemIds) mark.run(at, itemId);
}

export interface RenewalCandidateRow {
  item_id: number;
  plan_id: number;
  plan_name: string;
  title: string;
  expires_date: IsoDate;
  renewal_notified_at: IsoDateTime | null;
}

/**
 * Certifications (earned or not yet: a date set by hand counts too) that expire by `until`.
 * A skipped item is no longer pursued, so it never asks for renewal.
 */
export function listRenewalCandidates(db: Database, until: IsoDate): RenewalCandidateRow[] {
  return db
    .prepare<[IsoDate], RenewalCandidateRow>(
      `SELECT i.id AS item_id, i.plan_id, p.name AS plan_name, i.title, i.expires_date,
              i.renewal_notified_at
       FROM plan_items i JOIN plans p ON p.id = i.plan_id
       WHERE i.kind = 'certification' AND i.status <> 'skipped'
         AND i.expires_date IS NOT NULL AND i.expires_date <= ?
       ORDER BY i.expires_date, i.id`,
    )
    .all(until);
}

export function markRenewalsNotified(db: Database, itemIds: readonly number[], at: IsoDateTime): void {
  const mark = db.prepare<[IsoDateTime, number]>(
    'UPDATE plan_items SET renewal_notified_at = ? WHERE id = ?',
  );
  for (const itemId of itemIds) mark.run(at, itemId);
}

export interface StudySessionPlanRow {
  plan_id: number;
  plan_name: string;
  study_sessions_json: string;
  paused_since: IsoDate | null;
  study_notified_at: IsoDateTime | null;
  /** The first unfinished item in the person's order; null when nothing is left. */
  next_item_id: number | null;
  next_item_title: string | null;
}

/** Every plan with what a study-session reminder needs to know about it. */
export function listStudySessionPlans(db: Database): StudySessionPlanRow[] {
  return db
    .prepare<[], StudySessionPlanRow>(
      `SELECT p.id AS plan_id, p.name AS plan_name, p.study_sessions_json, p.paused_since,
              p.study_notified_at, n.id AS next_item_id, n.title AS next_item_title
       FROM plans p
       LEFT JOIN plan_items n ON n.id = (
         SELECT i.id FROM plan_items i WHERE i.plan_id = p.id AND ${UNFINISHED}
         ORDER BY i.position, i.id LIMIT 1)
       ORDER BY p.id`,
    )
    .all();
}

/** Records the last study-session occurrence a plan has been dealt with. */
export function markStudySessionNotified(db: Database, planId: number, occurrence: IsoDateTime): void {
  db.prepare<[IsoDateTime, number]>('UPDATE plans SET study_notified_at = ? WHERE id = ?').run(
    occurrence,
    planId,
  );
}

export interface ExamEntryRow {
  item_id: number;
  plan_id: number;
  plan_name: string;
  title: string;
  exam_date: IsoDate;
}

/** Unfinished certifications with an exam on or before `until` whose result is not recorded yet. */
export function listExamEntries(db: Database, until: IsoDate): ExamEntryRow[] {
  return db
    .prepare<[IsoDate], ExamEntryRow>(
      `SELECT i.id AS item_id, i.plan_id, p.name AS plan_name, i.title, i.exam_date
       FROM plan_items i JOIN plans p ON p.id = i.plan_id
       WHERE i.kind = 'certification' AND ${UNFINISHED} AND i.exam_result IS NULL
         AND i.exam_date IS NOT NULL AND i.exam_date <= ?`,
    )
    .all(until);
}
