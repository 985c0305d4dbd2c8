/** When exam, renewal and study-session reminders come, in the person's local time. */
import { addDays, getISODay, set, startOfDay } from 'date-fns';
import type { IsoDate, StudySessions } from '../../../shared/domain';
import { MORNING_HOUR } from '../../../shared/snooze';
import { addDaysIso, parseIsoDate } from '../../../shared/schedule';

const DAYS_PER_WEEK = 7;
const SESSION_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

function morningOf(date: IsoDate): Date {
  return set(parseIsoDate(date), { hours: MORNING_HOUR });
}

/** The morning before the exam, so there is a day left to prepare and check the booking. */
export function examReminderInstant(examDate: IsoDate): Date {
  return morningOf(addDaysIso(examDate, -1));
}

/** The morning `reminderDays` before the certification expires. */
export function renewalReminderInstant(expiresDate: IsoDate, reminderDays: number): Date {
  return morningOf(addDaysIso(expiresDate, -reminderDays));
}

/**
 * The most recent study session at or before `now` (local time on one of its weekdays), or
 * null when the sessions name no weekday or an unreadable time. A session time that a DST
 * change skips comes at the shifted time the clock shows instead.
 */
export function latestStudySession(sessions: StudySessions, now: Date): Date | null {
  const time = SESSION_TIME.exec(sessions.time);
  if (time === null || sessions.weekdays.length === 0) return null;
  const hours = Number(time[1]);
  const minutes = Number(time[2]);
  const today = startOfDay(now);
  // Eight days back reaches last week's session on today's weekday when today's is still ahead.
  for (let back = 0; back <= DAYS_PER_WEEK; back += 1) {
    const day = addDays(today, -back);
    if (!sessions.weekdays.includes(getISODay(day))) continue;
    const session = set(day, { hours, minutes });
    if (session.getTime() <= now.getTime()) return session;
  }
  return null;
}
