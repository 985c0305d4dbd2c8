import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { snoozeUntil } from '../../../shared/snooze';
import { expectOk } from '../../helpers/service';
import { useTempDir } from '../../helpers/temp-dir';
import { HOUR, MINUTE, reminderHarness } from './reminder-harness';

const tempDir = useTempDir();
const START = new Date(2026, 2, 2, 9, 0);

function at(minutesFromStart: number): string {
  return new Date(START.getTime() + minutesFromStart * MINUTE).toISOString();
}

beforeEach(() => {
  vi.useFakeTimers({ now: START });
});

afterEach(() => {
  vi.useRealTimers();
});

function setup() {
  const harness = reminderHarness(tempDir());
  const editors = harness.idOf('Editors');
  const shownFor = (itemId: number) => harness.notifier.shown.filter((shown) => shown.itemId === itemId);
  return { ...harness, editors, shownFor };
}

describe('a snoozed reminder', () => {
  it('comes back at the snooze time, and not before', () => {
    const { scheduler, service, editors, shownFor } = setup();
    expectOk(service.updateItem({ itemId: editors, reminderAt: at(5) }));
    scheduler.start();
    vi.advanceTimersByTime(5 * MINUTE);
    expect(shownFor(editors)).toHaveLength(1);

    const until = snoozeUntil('10-minutes', new Date());
    expectOk(service.snoozeReminder({ itemId: editors, until: until.toISOString() }));
    vi.advanceTimersByTime(9 * MINUTE);
    expect(shownFor(editors)).toHaveLength(1);
    vi.advanceTimersByTime(MINUTE);
    expect(shownFor(editors)).toHaveLength(2);
    expect(shownFor(editors)[1]).toMatchObject({ kind: 'reminder', title: 'Editors' });
    vi.advanceTimersByTime(HOUR);
    expect(shownFor(editors)).toHaveLength(2);
    scheduler.stop();
  });

  it('snoozed before it fired waits for the snooze', () => {
    const { scheduler, service, editors, shownFor } = setup();
    expectOk(service.updateItem({ itemId: editors, reminderAt: at(5) }));
    expectOk(service.snoozeReminder({ itemId: editors, until: at(60) }));
    scheduler.start();
    vi.advanceTimersByTime(59 * MINUTE);
    expect(shownFor(editors)).toEqual([]);
    vi.advanceTimersByTime(MINUTE);
    expect(shownFor(editors)).toHaveLength(1);
    scheduler.stop();
  });

  it('gives way to a reminder moved past the snooze', () => {
    const { scheduler, service, editors, shownFor } = setup();
    expectOk(service.updateItem({ itemId: editors, reminderAt: at(5) }));
    expectOk(service.snoozeReminder({ itemId: editors, until: at(15) }));
    expectOk(service.updateItem({ itemId: editors, reminderAt: at(45) }));
    scheduler.start();
    vi.advanceTimersByTime(44 * MINUTE);
    expect(shownFor(editors)).toEqual([]);
    vi.advanceTimersByTime(MINUTE);
    expect(shownFor(editors)).toHaveLength(1);
    scheduler.stop();
  });

  it('that came due while the app was closed is in the summary at start', () => {
    const { scheduler, service, editors, idOf, notifier } = setup();
    expectOk(service.updateItem({ itemId: idOf('Alpha Certificate'), reminderAt: at(10) }));
    expectOk(service.updateItem({ itemId: editors, reminderAt: at(1) }));
    expectOk(service.snoozeReminder({ itemId: editors, until: at(20) }));
    vi.setSystemTime(START.getTime() + 2 * HOUR);
    scheduler.start();
    expect(notifier.shown).toEqual([
      expect.objectContaining({ kind: 'summary', body: 'Alpha Certificate, Editors' }),
    ]);
    scheduler.stop();
  });

  it('shows in the overview as coming up at its snooze time', () => {
    const { service, editors } = setup();
    expectOk(service.updateItem({ itemId: editors, reminderAt: at(-5), dueDate: null }));
    expect(expectOk(service.getReminders({})).overdue.map((entry) => entry.itemId)).toContain(editors);

    expectOk(service.snoozeReminder({ itemId: editors, until: at(60) }));
    const { overdue, upcoming } = expectOk(service.getReminders({}));
    expect(overdue.map((entry) => entry.itemId)).not.toContain(editors);
    expect(upcoming.find((entry) => entry.itemId === editors)).toMatchObject({
      reason: 'reminder',
      reminderAt: at(60),
    });
  });
});
