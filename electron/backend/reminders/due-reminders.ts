/**
 * Finding every reminder whose time has come and recording it as told, for each kind: an
 * item's own reminder (or its snooze), the morning before an exam, a certification's renewal
 * and a plan's study sessions. The caller runs this in one transaction.
 */
import type { IsoDate } from '../../../shared/domain';
import { addDaysIso, todayIso } from '../../../shared/schedule';
import type { Database } from '../db';
import { planStudySessions } from '../repo/plans';
import {
  listDueUnnotifiedReminders,
  listExamCandidates,
  listRenewalCandidates,
  listStudySessionPlans,
  markExamsNotified,
  markRemindersNotified,
  markRenewalsNotified,
  markStudySessionNotified,
  reminderInstant,
  type StudySessionPlanRow,
} from '../repo/reminders';
import { readSettings } from '../repo/settings';
import {
  examNotification,
  reminderNotification,
  renewalNotification,
  studySessionNotification,
  type DueNotification,
} from './notifications';
import { examReminderInstant, latestStudySession, renewalReminderInstant } from './reminder-times';

export interface DueReminder extends DueNotification {
  /** When it was meant to come, for ordering. */
  at: number;
}

/**
 * How long a plan whose sessions cannot fire keeps its last mark before it is refreshed:
 * without a weekday there is no occurrence to compare with.
 */
const IDLE_MARK_REFRESH_MS = 60 * 60 * 1000;

/** True when a reminder due at `dueAt` has not been told since that moment. */
function notToldSince(notifiedAt: string | null, dueAt: number): boolean {
  return notifiedAt === null || Date.parse(notifiedAt) < dueAt;
}

function dueItemReminders(db: Database, now: Date): DueReminder[] {
  const due = listDueUnnotifiedReminders(db, now.toISOString());
  markRemindersNotified(
    db,
    due.map((row) => row.item_id),
    now.toISOString(),
  );
  return due.map((row) => ({ ...reminderNotification(row), at: reminderInstant(row) ?? now.getTime() }));
}

function dueExamReminders(db: Database, now: Date, today: IsoDate): DueReminder[] {
  // An exam already behind us needs no reminder; one tomorrow is the latest that can be due.
  const due = listExamCandidates(db, today, addDaysIso(today, 1))
    .map((row) => ({ row, at: examReminderInstant(row.exam_date).getTime() }))
    .filter(({ row, at }) => at <= now.getTime() && notToldSince(row.exam_notified_at, at));
  markExamsNotified(
    db,
    due.map(({ row }) => row.item_id),
    now.toISOString(),
  );
  return due.map(({ row, at }) => ({ ...examNotification(row, today), at }));
}

function dueRenewalReminders(db: Database, now: Date, today: IsoDate): DueReminder[] {
  const { renewalReminderDays } = readSettings(db);
  // A renewed certification gets a later expiry, so its next reminder is due again then.
  const due = listRenewalCandidates(db, addDaysIso(today, renewalReminderDays))
    .map((row) => ({ row, at: renewalReminderInstant(row.expires_date, renewalReminderDays).getTime() }))
    .filter(({ row, at }) => at <= now.getTime() && notToldSince(row.renewal_notified_at, at));
  markRenewalsNotified(
    db,
    due.map(({ row }) => row.item_id),
    now.toISOString(),
  );
  return due.map(({ row, at }) => ({ ...renewalNotification(row, today), at }));
}

function hasNextItem(
  row: StudySessionPlanRow,
): row is StudySessionPlanRow & { next_item_id: number; next_item_title: string } {
  return row.next_item_id !== null && row.next_item_title !== null;
}

/**
 * A plan's mark is the last session it has been dealt with. A session after the mark is due
 * when the plan can have one (sessions on, not paused, something left); otherwise the mark
 * moves on silently, so sessions that passed while paused or switched off never come later.
 * A plan seen for the first time counts as checked one interval ago: a session set up just
 * before its time still comes, one set up after it waits for the next.
 */
function dueStudySessions(db: Database, now: Date, intervalMs: number): DueReminder[] {
  const due: DueReminder[] = [];
  for (const row of listStudySessionPlans(db)) {
    const sessions = planStudySessions(row);
    const latest = latestStudySession(sessions, now);
    const firstSight = row.study_notified_at === null;
    const mark =
      row.study_notified_at === null ? now.getTime() - intervalMs : Date.parse(row.study_notified_at);
    if (latest !== null && latest.getTime() > mark) {
      const canRemind = sessions.enabled && row.paused_since === null && hasNextItem(row);
      if (canRemind) due.push({ ...studySessionNotification(row), at: latest.getTime() });
      markStudySessionNotified(db, row.plan_id, (canRemind ? latest : now).toISOString());
    } else if (firstSight) {
      markStudySessionNotified(db, row.plan_id, new Date(mark).toISOString());
    } else if (latest === null && now.getTime() - mark > IDLE_MARK_REFRESH_MS) {
      markStudySessionNotified(db, row.plan_id, now.toISOString());
    }
  }
  return due;
}

/** Every reminder due at `now`, marked as told, in the order they were meant to come. */
export function claimDueReminders(db: Database, now: Date, intervalMs: number): DueReminder[] {
  const today = todayIso(now);
  return [
    ...dueItemReminders(db, now),
    ...dueExamReminders(db, now, today),
    ...dueRenewalReminders(db, now, today),
    ...dueStudySessions(db, now, intervalMs),
  ].sort((a, b) => a.at - b.at);
}
