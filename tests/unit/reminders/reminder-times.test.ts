import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  examReminderInstant,
  latestStudySession,
  renewalReminderInstant,
} from '../../../electron/backend/reminders/reminder-times';

/** Europe/London: clocks go forward on 29 March 2026 and back on 25 October 2026. */
const previousTimeZone = process.env['TZ'];
beforeAll(() => {
  process.env['TZ'] = 'Europe/London';
});
afterAll(() => {
  if (previousTimeZone === undefined) delete process.env['TZ'];
  else process.env['TZ'] = previousTimeZone;
});

const sessions = (weekdays: number[], time: string) => ({ enabled: true, weekdays, time });

describe('when exam and renewal reminders come', () => {
  it('puts the exam reminder at 09:00 local time the day before, in winter and in summer time', () => {
    expect(examReminderInstant('2026-03-05').toISOString()).toBe('2026-03-04T09:00:00.000Z');
    expect(examReminderInstant('2026-07-01').toISOString()).toBe('2026-06-30T08:00:00.000Z');
    // The day before is the day the clocks go forward.
    expect(examReminderInstant('2026-03-30').toISOString()).toBe('2026-03-29T08:00:00.000Z');
    expect(examReminderInstant('2027-01-01').toISOString()).toBe('2026-12-31T09:00:00.000Z');
  });

  it('counts renewal days as calendar days, across month ends and leap days', () => {
    expect(renewalReminderInstant('2026-06-01', 90).toISOString()).toBe('2026-03-03T09:00:00.000Z');
    expect(renewalReminderInstant('2028-03-01', 1).toISOString()).toBe('2028-02-29T09:00:00.000Z');
    expect(renewalReminderInstant('2026-11-01', 30).toISOString()).toBe('2026-10-02T08:00:00.000Z');
  });
});

describe('the latest study session', () => {
  it('is today’s once its time has passed, else the last one on a chosen weekday', () => {
    const monday = (hour: number, minute = 0) => new Date(2026, 2, 2, hour, minute);
    expect(latestStudySession(sessions([1, 3], '19:00'), monday(19))?.toISOString()).toBe(
      '2026-03-02T19:00:00.000Z',
    );
    // Before Monday's session: last Wednesday's.
    expect(latestStudySession(sessions([1, 3], '19:00'), monday(18, 59))?.toISOString()).toBe(
      '2026-02-25T19:00:00.000Z',
    );
    // Only Mondays, before today's: a week ago.
    expect(latestStudySession(sessions([1], '19:00'), monday(8))?.toISOString()).toBe(
      '2026-02-23T19:00:00.000Z',
    );
  });

  it('stays at the local time of day across a DST change', () => {
    // Sunday 29 March is the first day of summer time: 19:00 BST is 18:00 UTC.
    const sunday = latestStudySession(sessions([7], '19:00'), new Date('2026-03-29T20:00:00Z'));
    expect(sunday?.toISOString()).toBe('2026-03-29T18:00:00.000Z');
    const saturday = latestStudySession(sessions([6], '19:00'), new Date('2026-03-29T20:00:00Z'));
    expect(saturday?.toISOString()).toBe('2026-03-28T19:00:00.000Z');
  });

  it('comes at the shifted time when the clocks skip the session time', () => {
    // 01:30 does not exist on 29 March 2026 in London; the clock shows 02:30 instead.
    const session = latestStudySession(sessions([7], '01:30'), new Date('2026-03-29T03:00:00Z'));
    expect(session?.toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(session?.getHours()).toBe(2);
  });

  it('is null without a weekday or with an unreadable time', () => {
    expect(latestStudySession(sessions([], '19:00'), new Date())).toBeNull();
    expect(latestStudySession(sessions([1], '7pm'), new Date())).toBeNull();
  });
});
