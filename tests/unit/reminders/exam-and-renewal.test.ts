import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { expectOk } from '../../helpers/service';
import { useTempDir } from '../../helpers/temp-dir';
import { DAY, HOUR, MINUTE, reminderHarness } from './reminder-harness';

const tempDir = useTempDir();
/** Monday 2 March 2026, 09:00 local time. */
const MONDAY_9AM = new Date(2026, 2, 2, 9, 0);
/** Every reminder time in these tests is on a check, and they span weeks. */
const CHECK_EVERY = 30 * MINUTE;

beforeEach(() => {
  vi.useFakeTimers({ now: MONDAY_9AM });
});

afterEach(() => {
  vi.useRealTimers();
});

function setup() {
  const harness = reminderHarness(tempDir(), CHECK_EVERY);
  const beta = harness.idOf('Beta Certificate');
  const alpha = harness.idOf('Alpha Certificate');
  const shownOf = (kind: string) => harness.notifier.shown.filter((shown) => shown.kind === kind);
  return { ...harness, alpha, beta, shownOf };
}

describe('exam reminders', () => {
  it('come at 09:00 the morning before the exam, once', () => {
    const { scheduler, service, beta, plan, shownOf } = setup();
    expectOk(
      service.updateCertification({ itemId: beta, examDate: '2026-03-05', bookingNote: 'Test centre 4' }),
    );
    scheduler.start();
    vi.advanceTimersByTime(DAY + 23 * HOUR + 30 * MINUTE); // Wednesday 08:30
    expect(shownOf('exam')).toEqual([]);

    vi.advanceTimersByTime(30 * MINUTE);
    expect(shownOf('exam')).toEqual([
      {
        kind: 'exam',
        title: 'Exam tomorrow: Beta Certificate',
        body: '2026-03-05 · My plan · Test centre 4',
        planId: plan.id,
        itemId: beta,
      },
    ]);
    vi.advanceTimersByTime(3 * DAY);
    expect(shownOf('exam')).toHaveLength(1);
    scheduler.stop();
  });

  it('come again when the exam is moved to a later day', () => {
    const { scheduler, service, beta, shownOf } = setup();
    expectOk(service.updateCertification({ itemId: beta, examDate: '2026-03-03' }));
    scheduler.start();
    expect(shownOf('exam').map((shown) => shown.title)).toEqual(['Exam tomorrow: Beta Certificate']);

    expectOk(service.updateCertification({ itemId: beta, examDate: '2026-03-10' }));
    vi.advanceTimersByTime(7 * DAY); // Monday 9 March, 09:00
    expect(shownOf('exam')).toHaveLength(2);
    scheduler.stop();
  });

  it('say "today" for an exam set for today, and stay quiet for one already past', () => {
    const { scheduler, service, alpha, beta, shownOf } = setup();
    scheduler.start();
    expectOk(service.updateCertification({ itemId: alpha, examDate: '2026-02-27' }));
    expectOk(service.updateCertification({ itemId: beta, examDate: '2026-03-02' }));
    vi.advanceTimersByTime(CHECK_EVERY);
    expect(shownOf('exam').map((shown) => shown.title)).toEqual(['Exam today: Beta Certificate']);
    scheduler.stop();
  });

  it('never come for a certification that is done or skipped', () => {
    const { scheduler, service, alpha, beta, shownOf } = setup();
    expectOk(service.updateCertification({ itemId: alpha, examDate: '2026-03-04' }));
    expectOk(service.updateCertification({ itemId: beta, examDate: '2026-03-04' }));
    expectOk(service.setItemStatus({ itemId: alpha, status: 'done' }));
    expectOk(service.setItemStatus({ itemId: beta, status: 'skipped' }));
    scheduler.start();
    vi.advanceTimersByTime(3 * DAY);
    expect(shownOf('exam')).toEqual([]);
    scheduler.stop();
  });
});

describe('renewal reminders', () => {
  it('come at 09:00 the set number of days before the certification expires', () => {
    const { scheduler, service, alpha, plan, shownOf } = setup();
    // Expires 2026-06-01; 90 days before is 3 March.
    expectOk(
      service.updateCertification({
        itemId: alpha,
        result: 'passed',
        earnedDate: '2023-06-01',
        validityYears: 3,
      }),
    );
    scheduler.start();
    vi.advanceTimersByTime(23 * HOUR + 30 * MINUTE);
    expect(shownOf('renewal')).toEqual([]);
    vi.advanceTimersByTime(30 * MINUTE);
    expect(shownOf('renewal')).toEqual([
      {
        kind: 'renewal',
        title: 'Renew soon: Alpha Certificate',
        body: 'Expires on 2026-06-01 · My plan',
        planId: plan.id,
        itemId: alpha,
      },
    ]);
    vi.advanceTimersByTime(5 * DAY);
    expect(shownOf('renewal')).toHaveLength(1);
    scheduler.stop();
  });

  it('follow the renewal reminder setting', () => {
    const { scheduler, service, alpha, shownOf } = setup();
    expectOk(service.updateSettings({ renewalReminderDays: 30 }));
    // 30 days before 10 April is 11 March (with the default 90 it would be due already).
    expectOk(service.updateCertification({ itemId: alpha, expiresDate: '2026-04-10' }));
    scheduler.start();
    vi.advanceTimersByTime(8 * DAY + 23 * HOUR + 30 * MINUTE); // 11 March, 08:30
    expect(shownOf('renewal')).toEqual([]);
    vi.advanceTimersByTime(30 * MINUTE);
    expect(shownOf('renewal').map((shown) => shown.title)).toEqual(['Renew soon: Alpha Certificate']);
    scheduler.stop();
  });

  it('come again for the next expiry after the certification is renewed', () => {
    const { scheduler, service, alpha, shownOf } = setup();
    expectOk(service.updateCertification({ itemId: alpha, expiresDate: '2026-05-01' }));
    scheduler.start();
    expect(shownOf('renewal')).toHaveLength(1);

    // 90 days before 9 June is 11 March.
    expectOk(service.updateCertification({ itemId: alpha, expiresDate: '2026-06-09' }));
    vi.advanceTimersByTime(8 * DAY + 23 * HOUR + 30 * MINUTE);
    expect(shownOf('renewal')).toHaveLength(1);
    vi.advanceTimersByTime(30 * MINUTE);
    expect(shownOf('renewal')).toHaveLength(2);
    scheduler.stop();
  });

  it('say so once for a certification that has already expired', () => {
    const { scheduler, service, alpha, shownOf } = setup();
    expectOk(service.updateCertification({ itemId: alpha, expiresDate: '2026-02-01' }));
    scheduler.start();
    expect(shownOf('renewal').map((shown) => [shown.title, shown.body])).toEqual([
      ['Expired: Alpha Certificate', 'Expired on 2026-02-01 · My plan'],
    ]);
    vi.advanceTimersByTime(2 * DAY);
    expect(shownOf('renewal')).toHaveLength(1);
    scheduler.stop();
  });

  it('never come for a skipped certification', () => {
    const { scheduler, service, alpha, shownOf } = setup();
    expectOk(service.updateCertification({ itemId: alpha, expiresDate: '2026-03-20' }));
    expectOk(service.setItemStatus({ itemId: alpha, status: 'skipped' }));
    scheduler.start();
    vi.advanceTimersByTime(DAY);
    expect(shownOf('renewal')).toEqual([]);
    scheduler.stop();
  });
});
