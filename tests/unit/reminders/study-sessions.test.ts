import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { expectOk } from '../../helpers/service';
import { useTempDir } from '../../helpers/temp-dir';
import { DAY, HOUR, MINUTE, reminderHarness } from './reminder-harness';

const tempDir = useTempDir();
/** Monday 2 March 2026, 18:00 local time. */
const MONDAY_6PM = new Date(2026, 2, 2, 18, 0);

beforeEach(() => {
  vi.useFakeTimers({ now: MONDAY_6PM });
});

afterEach(() => {
  vi.useRealTimers();
});

/** Checks every 10 minutes: these tests span days, and every session time is on a check. */
const CHECK_EVERY = 10 * MINUTE;

function setup() {
  const harness = reminderHarness(tempDir(), CHECK_EVERY);
  const sessionsOn = (weekdays: number[] = [1, 3], time = '19:00') =>
    expectOk(harness.service.setStudySessions({ planId: harness.plan.id, enabled: true, weekdays, time }));
  const sessionsShown = () => harness.notifier.shown.filter((shown) => shown.kind === 'study-session');
  return { ...harness, sessionsOn, sessionsShown };
}

describe('study-session reminders', () => {
  it('come at the session time on the chosen weekdays, once each, pointing at the next item', () => {
    const { scheduler, sessionsOn, sessionsShown, plan } = setup();
    sessionsOn([1, 3], '19:00');
    scheduler.start();
    vi.advanceTimersByTime(50 * MINUTE);
    expect(sessionsShown()).toEqual([]);

    vi.advanceTimersByTime(10 * MINUTE);
    const next = plan.items[0];
    expect(sessionsShown()).toEqual([
      {
        kind: 'study-session',
        title: 'Time to study: My plan',
        body: `Next up: ${next?.title}`,
        planId: plan.id,
        itemId: next?.id,
      },
    ]);

    // Tuesday has no session; Wednesday 19:00 has the next one.
    vi.advanceTimersByTime(DAY + 23 * HOUR + 50 * MINUTE);
    expect(sessionsShown()).toHaveLength(1);
    vi.advanceTimersByTime(10 * MINUTE);
    expect(sessionsShown()).toHaveLength(2);
    vi.advanceTimersByTime(2 * HOUR);
    expect(sessionsShown()).toHaveLength(2);
    scheduler.stop();
  });

  it('point at the first item still to do in the person’s order', () => {
    const { scheduler, sessionsOn, sessionsShown, service, plan } = setup();
    const [first, second] = plan.items;
    if (first === undefined || second === undefined) throw new Error('the sample plan has items');
    expectOk(service.setItemStatus({ itemId: first.id, status: 'done' }));
    sessionsOn();
    scheduler.start();
    vi.advanceTimersByTime(HOUR);
    expect(sessionsShown().map((shown) => shown.itemId)).toEqual([second.id]);
    scheduler.stop();
  });

  it('stay quiet while the plan is paused, and the paused ones never come later', () => {
    const { scheduler, sessionsOn, sessionsShown, service, plan } = setup();
    sessionsOn([1, 3], '19:00');
    expectOk(service.pausePlan({ planId: plan.id }));
    scheduler.start();
    vi.advanceTimersByTime(2 * DAY + 90 * MINUTE); // Wednesday 19:30
    expect(sessionsShown()).toEqual([]);

    expectOk(service.resumePlan({ planId: plan.id }));
    vi.advanceTimersByTime(4 * DAY + 23 * HOUR); // Monday 18:30
    expect(sessionsShown()).toEqual([]);
    vi.advanceTimersByTime(30 * MINUTE);
    expect(sessionsShown()).toHaveLength(1);
    scheduler.stop();
  });

  it('stay quiet for a plan with nothing left to do', () => {
    const { scheduler, sessionsOn, sessionsShown, service, plan, finishAll } = setup();
    sessionsOn();
    const [first] = plan.items;
    finishAll();
    if (first !== undefined) expectOk(service.setItemStatus({ itemId: first.id, status: 'skipped' }));
    scheduler.start();
    vi.advanceTimersByTime(7 * DAY);
    expect(sessionsShown()).toEqual([]);
    scheduler.stop();
  });

  it('stay quiet while switched off, and one switched on after today’s time waits for the next', () => {
    const { scheduler, sessionsOn, sessionsShown } = setup();
    scheduler.start();
    vi.advanceTimersByTime(2 * HOUR); // Monday 20:00, past the 19:00 session
    expect(sessionsShown()).toEqual([]);
    sessionsOn([1, 3], '19:00');
    vi.advanceTimersByTime(10 * MINUTE);
    expect(sessionsShown()).toEqual([]);
    vi.advanceTimersByTime(DAY + 22 * HOUR + 50 * MINUTE); // Wednesday 19:00
    expect(sessionsShown()).toHaveLength(1);
    scheduler.stop();
  });

  it('still come when switched on a moment before their time', () => {
    const { scheduler, sessionsOn, sessionsShown } = setup();
    scheduler.start();
    vi.advanceTimersByTime(59 * MINUTE); // 18:59, a minute before the next check
    sessionsOn([1], '19:00');
    vi.advanceTimersByTime(MINUTE);
    expect(sessionsShown()).toHaveLength(1);
    scheduler.stop();
  });

  it('missed while the app was closed come once per plan in the summary at the next start', () => {
    const { scheduler, newScheduler, sessionsOn, service, idOf, notifier } = setup();
    sessionsOn([1, 3], '19:00');
    scheduler.start();
    scheduler.stop();
    expectOk(
      service.updateItem({
        itemId: idOf('Alpha Certificate'),
        reminderAt: new Date(2026, 2, 3, 10, 0).toISOString(),
      }),
    );
    // The app is closed through Monday's and Wednesday's sessions.
    vi.setSystemTime(new Date(2026, 2, 5, 12, 0));

    const next = newScheduler();
    next.start();
    expect(notifier.shown).toEqual([
      {
        kind: 'summary',
        title: '2 reminders while you were away',
        body: 'Alpha Certificate, Study session: My plan',
        planId: null,
        itemId: null,
      },
    ]);
    vi.advanceTimersByTime(6 * HOUR);
    expect(notifier.shown).toHaveLength(1);
    next.stop();
  });
});
