import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ReminderScheduler } from '../../../electron/backend/reminders';
import { createPlannerService } from '../../../electron/backend/service';
import { fakeTimerClock } from '../../helpers/clock';
import { recordingNotifier } from '../../helpers/notifier';
import { createSamplePlan, expectOk, serviceHarness } from '../../helpers/service';
import { useTempDir } from '../../helpers/temp-dir';

const tempDir = useTempDir();
const MINUTE = 60_000;
const START = new Date('2026-03-02T09:00:00.000Z');

function at(minutesFromStart: number): string {
  return new Date(START.getTime() + minutesFromStart * MINUTE).toISOString();
}

/** A plan whose service and scheduler both read vitest's fake time. */
function setup() {
  const { db } = serviceHarness(tempDir());
  const service = createPlannerService(db, { clock: fakeTimerClock });
  const plan = createSamplePlan(service);
  const idOf = (title: string): number => {
    const item = plan.items.find((candidate) => candidate.title === title);
    if (item === undefined) throw new Error(`no item ${title}`);
    return item.id;
  };
  // In the order the titles read, whatever order the plan put them in.
  const ids = ['Alpha Certificate', 'Beta Certificate', 'Editors', 'Build a Widget'].map(idOf) as [
    number,
    number,
    number,
    number,
  ];
  const notifier = recordingNotifier();
  const scheduler = new ReminderScheduler({ db, clock: fakeTimerClock, notifier, intervalMs: MINUTE });
  const remind = (itemId: number, minutes: number) =>
    expectOk(service.updateItem({ itemId, reminderAt: at(minutes) }));
  return { db, service, plan, ids, notifier, scheduler, remind };
}

beforeEach(() => {
  vi.useFakeTimers({ now: START });
});

afterEach(() => {
  vi.useRealTimers();
});

describe('reminders while the app is running', () => {
  it('shows a reminder once its time has come, never before', () => {
    const { ids, notifier, scheduler, remind, plan } = setup();
    remind(ids[0], 5);
    scheduler.start();
    vi.advanceTimersByTime(4 * MINUTE);
    expect(notifier.shown).toEqual([]);

    vi.advanceTimersByTime(MINUTE);
    expect(notifier.shown).toEqual([
      {
        kind: 'reminder',
        title: 'Alpha Certificate',
        body: expect.stringContaining('My plan'),
        planId: plan.id,
        itemId: ids[0],
      },
    ]);
    scheduler.stop();
  });

  it('shows each reminder only once, even across many checks', () => {
    const { ids, notifier, scheduler, remind } = setup();
    remind(ids[0], 1);
    remind(ids[1], 1);
    scheduler.start();
    vi.advanceTimersByTime(30 * MINUTE);
    scheduler.checkNow();
    expect(notifier.shown.map((shown) => shown.itemId)).toEqual([ids[0], ids[1]]);
    scheduler.stop();
  });

  it('never reminds about an item that is already done', () => {
    const { ids, notifier, scheduler, remind, service } = setup();
    remind(ids[0], 2);
    expectOk(service.setItemStatus({ itemId: ids[0], status: 'done' }));
    scheduler.start();
    vi.advanceTimersByTime(10 * MINUTE);
    expect(notifier.shown).toEqual([]);
    scheduler.stop();
  });

  it('never reminds about an item that was skipped', () => {
    const { ids, notifier, scheduler, remind, service } = setup();
    remind(ids[1], 2);
    expectOk(service.setItemStatus({ itemId: ids[1], status: 'skipped' }));
    scheduler.start();
    vi.advanceTimersByTime(10 * MINUTE);
    expect(notifier.shown).toEqual([]);
    scheduler.stop();
  });

  it('reminds again after the reminder is moved to a later time', () => {
    const { ids, notifier, scheduler, remind } = setup();
    remind(ids[0], 1);
    scheduler.start();
    vi.advanceTimersByTime(2 * MINUTE);
    expect(notifier.shown).toHaveLength(1);

    remind(ids[0], 10);
    vi.advanceTimersByTime(7 * MINUTE);
    expect(notifier.shown).toHaveLength(1);
    vi.advanceTimersByTime(2 * MINUTE);
    expect(notifier.shown).toHaveLength(2);
    scheduler.stop();
  });

  it('catches up at once when asked after the computer wakes from sleep', () => {
    const { ids, notifier, scheduler, remind } = setup();
    remind(ids[0], 30);
    scheduler.start();
    // Sleep: time jumps with no timers firing.
    vi.setSystemTime(START.getTime() + 90 * MINUTE);
    expect(scheduler.checkNow()).toBe(1);
    expect(notifier.shown.map((shown) => shown.itemId)).toEqual([ids[0]]);
    scheduler.stop();
  });

  it('stops checking once stopped', () => {
    const { ids, notifier, scheduler, remind } = setup();
    remind(ids[0], 3);
    scheduler.start();
    scheduler.stop();
    vi.advanceTimersByTime(10 * MINUTE);
    expect(notifier.shown).toEqual([]);
    expect(scheduler.running).toBe(false);
  });
});

describe('reminders missed while the app was closed', () => {
  it('arrive as one summary notification at start, then are not repeated', () => {
    const { ids, notifier, scheduler, remind } = setup();
    remind(ids[0], 1);
    remind(ids[1], 2);
    remind(ids[2], 3);
    remind(ids[3], 120);
    vi.setSystemTime(START.getTime() + 60 * MINUTE);

    scheduler.start();
    expect(notifier.shown).toEqual([
      {
        kind: 'summary',
        title: '3 reminders while you were away',
        body: 'Alpha Certificate, Beta Certificate, Editors',
        planId: null,
        itemId: null,
      },
    ]);
    vi.advanceTimersByTime(30 * MINUTE);
    expect(notifier.shown).toHaveLength(1);
    vi.advanceTimersByTime(30 * MINUTE);
    expect(notifier.shown.at(-1)?.itemId).toBe(ids[3]);
    scheduler.stop();
  });

  it('arrive as a normal reminder when only one was missed', () => {
    const { ids, notifier, scheduler, remind, plan } = setup();
    remind(ids[2], -30);
    scheduler.start();
    expect(notifier.shown).toEqual([
      expect.objectContaining({ kind: 'reminder', title: 'Editors', planId: plan.id, itemId: ids[2] }),
    ]);
    scheduler.stop();
  });

  it('are all marked as shown together', () => {
    const { db, ids, scheduler, remind } = setup();
    remind(ids[0], -5);
    remind(ids[1], -4);
    scheduler.start();
    const notified = db
      .prepare('SELECT DISTINCT reminder_notified_at FROM plan_items WHERE reminder_at IS NOT NULL')
      .pluck()
      .all();
    expect(notified).toEqual([START.toISOString()]);
    scheduler.stop();
  });
});

describe('a failing notifier', () => {
  it('does not stop the other reminders', () => {
    const { ids, scheduler, remind, db } = setup();
    const shown: (number | null)[] = [];
    const flaky = new ReminderScheduler({
      db,
      clock: fakeTimerClock,
      intervalMs: MINUTE,
      log: () => undefined,
      notifier: {
        notify: (notification) => {
          shown.push(notification.itemId);
          if (shown.length === 1) throw new Error('notification service unavailable');
        },
      },
    });
    remind(ids[0], 1);
    remind(ids[1], 1);
    flaky.start();
    vi.advanceTimersByTime(MINUTE);
    expect(shown).toEqual([ids[0], ids[1]]);
    flaky.stop();
    scheduler.stop();
  });
});
