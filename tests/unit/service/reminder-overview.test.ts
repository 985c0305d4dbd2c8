import { describe, expect, it } from 'vitest';
import { createSamplePlan, expectOk, serviceHarness } from '../../helpers/service';
import { useTempDir } from '../../helpers/temp-dir';

const tempDir = useTempDir();

/** Today is Monday 2026-03-02, 09:00 local time. */
function setup() {
  const harness = serviceHarness(tempDir(), new Date(2026, 2, 2, 9, 0));
  const plan = createSamplePlan(harness.service);
  const ids = plan.items.map((item) => item.id);
  // Start from a clean slate: no due dates.
  for (const itemId of ids) expectOk(harness.service.updateItem({ itemId, dueDate: null }));
  return { ...harness, plan, ids };
}

function localInstant(year: number, month: number, day: number, hour: number): string {
  return new Date(year, month - 1, day, hour).toISOString();
}

describe('the reminder overview', () => {
  it('lists past due dates and passed reminders as overdue, oldest first', () => {
    const { service, ids } = setup();
    const [a, b, c] = ids as [number, number, number];
    expectOk(service.updateItem({ itemId: a, dueDate: '2026-03-01' }));
    expectOk(service.updateItem({ itemId: b, reminderAt: localInstant(2026, 3, 2, 8) }));
    expectOk(service.updateItem({ itemId: c, dueDate: '2026-02-20' }));

    const { overdue, upcoming } = expectOk(service.getReminders({}));
    expect(overdue.map((entry) => [entry.itemId, entry.reason])).toEqual([
      [c, 'due'],
      [a, 'due'],
      [b, 'reminder'],
    ]);
    expect(overdue[0]).toMatchObject({ planName: 'My plan', dueDate: '2026-02-20', reminderAt: null });
    expect(upcoming).toEqual([]);
  });

  it('lists future reminders and dates due within two weeks as upcoming, soonest first', () => {
    const { service, ids } = setup();
    const [a, b, c, d] = ids as [number, number, number, number];
    expectOk(service.updateItem({ itemId: a, dueDate: '2026-03-16' }));
    expectOk(service.updateItem({ itemId: b, dueDate: '2026-03-17' }));
    expectOk(service.updateItem({ itemId: c, reminderAt: localInstant(2026, 9, 1, 9) }));
    expectOk(service.updateItem({ itemId: d, dueDate: '2026-03-02' }));

    const { overdue, upcoming } = expectOk(service.getReminders({}));
    expect(overdue).toEqual([]);
    expect(upcoming.map((entry) => [entry.itemId, entry.reason])).toEqual([
      [d, 'due'],
      [a, 'due'],
      [c, 'reminder'],
    ]);
  });

  it('leaves out items that are done', () => {
    const { service, ids } = setup();
    const [a, b] = ids as [number, number];
    expectOk(
      service.updateItem({ itemId: a, dueDate: '2026-02-01', reminderAt: localInstant(2026, 3, 1, 9) }),
    );
    expectOk(service.updateItem({ itemId: b, dueDate: '2026-03-03' }));
    expectOk(service.setItemStatus({ itemId: a, status: 'done' }));
    expectOk(service.setItemStatus({ itemId: b, status: 'done' }));
    expect(expectOk(service.getReminders({}))).toEqual({ overdue: [], upcoming: [] });
  });

  it('moves an item from upcoming to overdue once its day has passed', () => {
    const { service, clock, ids } = setup();
    const [a] = ids as [number];
    expectOk(service.updateItem({ itemId: a, dueDate: '2026-03-03' }));
    expect(expectOk(service.getReminders({})).upcoming.map((entry) => entry.itemId)).toEqual([a]);
    clock.set(new Date(2026, 2, 3, 23, 59));
    expect(expectOk(service.getReminders({})).upcoming.map((entry) => entry.itemId)).toEqual([a]);
    clock.set(new Date(2026, 2, 4, 0, 1));
    expect(expectOk(service.getReminders({})).overdue.map((entry) => entry.itemId)).toEqual([a]);
  });
});

describe('exams and renewals in the reminder overview', () => {
  function certificationIds(plan: ReturnType<typeof setup>['plan']) {
    const idOf = (title: string) => plan.items.find((item) => item.title === title)?.id ?? 0;
    return { alpha: idOf('Alpha Certificate'), beta: idOf('Beta Certificate') };
  }

  it('lists an exam in the next two weeks as coming up on its day, and a past one as overdue', () => {
    const { service, plan } = setup();
    const { alpha, beta } = certificationIds(plan);
    expectOk(service.updateCertification({ itemId: alpha, examDate: '2026-03-10' }));
    expectOk(service.updateCertification({ itemId: beta, examDate: '2026-02-27' }));

    const { overdue, upcoming } = expectOk(service.getReminders({}));
    expect(upcoming).toEqual([
      {
        itemId: alpha,
        planId: plan.id,
        planName: 'My plan',
        title: 'Alpha Certificate',
        reminderAt: null,
        dueDate: '2026-03-10',
        reason: 'exam',
      },
    ]);
    expect(overdue.map((entry) => [entry.itemId, entry.reason, entry.dueDate])).toEqual([
      [beta, 'exam', '2026-02-27'],
    ]);
  });

  it('leaves out an exam more than two weeks away or whose result is recorded', () => {
    const { service, plan } = setup();
    const { alpha, beta } = certificationIds(plan);
    expectOk(service.updateCertification({ itemId: alpha, examDate: '2026-03-17' }));
    expectOk(service.updateCertification({ itemId: beta, examDate: '2026-02-27', result: 'failed' }));
    expect(expectOk(service.getReminders({}))).toEqual({ overdue: [], upcoming: [] });
  });

  it('lists a certification as coming up once its renewal reminder day has come, overdue once expired', () => {
    const { service, plan } = setup();
    const { alpha, beta } = certificationIds(plan);
    expectOk(
      service.updateCertification({
        itemId: alpha,
        result: 'passed',
        earnedDate: '2023-04-01',
        validityYears: 3,
      }),
    );
    expectOk(service.updateCertification({ itemId: beta, expiresDate: '2026-03-01' }));

    const { overdue, upcoming } = expectOk(service.getReminders({}));
    expect(upcoming.map((entry) => [entry.itemId, entry.reason, entry.dueDate])).toEqual([
      [alpha, 'renewal', '2026-04-01'],
    ]);
    expect(overdue.map((entry) => [entry.itemId, entry.reason, entry.dueDate])).toEqual([
      [beta, 'renewal', '2026-03-01'],
    ]);
  });

  it('follows the renewal reminder setting', () => {
    const { service, plan } = setup();
    const { alpha } = certificationIds(plan);
    expectOk(service.updateCertification({ itemId: alpha, expiresDate: '2026-04-15' }));
    expect(expectOk(service.getReminders({})).upcoming.map((entry) => entry.reason)).toEqual(['renewal']);
    expectOk(service.updateSettings({ renewalReminderDays: 30 }));
    expect(expectOk(service.getReminders({})).upcoming).toEqual([]);
  });

  it('leaves out skipped items entirely', () => {
    const { service, plan, ids } = setup();
    const { alpha } = certificationIds(plan);
    const [first] = ids as [number];
    expectOk(
      service.updateItem({ itemId: first, dueDate: '2026-02-01', reminderAt: localInstant(2026, 3, 1, 9) }),
    );
    expectOk(
      service.updateCertification({ itemId: alpha, examDate: '2026-03-05', expiresDate: '2026-03-20' }),
    );
    expectOk(service.setItemStatus({ itemId: first, status: 'skipped' }));
    expectOk(service.setItemStatus({ itemId: alpha, status: 'skipped' }));
    expect(expectOk(service.getReminders({}))).toEqual({ overdue: [], upcoming: [] });
  });
});
