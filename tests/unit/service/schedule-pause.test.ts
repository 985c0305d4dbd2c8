import { describe, expect, it } from 'vitest';
import { expectOk, serviceHarness, snapshotData } from '../../helpers/service';
import { useTempDir } from '../../helpers/temp-dir';
import { datesOf, itemTitled, steadyPlan } from './schedule-fixtures';

const tempDir = useTempDir();

describe('pausing and resuming a plan', () => {
  it('is not behind while paused, and resuming moves unfinished items by the days paused', () => {
    const { service, clock } = serviceHarness(tempDir());
    const plan = steadyPlan(service);
    clock.set(new Date(2026, 2, 3, 20, 0));
    expectOk(service.setItemStatus({ itemId: itemTitled(plan, 'Cloud Basics').id, status: 'done' }));

    clock.set(new Date(2026, 2, 5, 8, 0));
    const paused = expectOk(service.pausePlan({ planId: plan.id }));
    expect(paused.schedule.pausedSince).toBe('2026-03-05');
    expect(datesOf(paused)).toEqual(datesOf(plan));

    // Two weeks later Shell's due date has passed, but a pause is not falling behind.
    clock.set(new Date(2026, 2, 19, 8, 0));
    expect(expectOk(service.getPlan({ planId: plan.id })).schedule).toMatchObject({
      pausedSince: '2026-03-05',
      daysBehind: 0,
    });

    const resumed = expectOk(service.resumePlan({ planId: plan.id }));
    expect(datesOf(resumed)).toEqual([
      ['Cloud Basics', '2026-03-02', '2026-03-06'],
      ['Shell', '2026-03-23', '2026-03-27'],
      ['Git', '2026-03-30', '2026-04-03'],
      ['Portfolio', '2026-04-06', '2026-04-10'],
    ]);
    expect(resumed.schedule).toMatchObject({
      pausedSince: null,
      daysBehind: 0,
      projectedFinish: '2026-04-10',
    });
  });

  it('refuses a second pause and a resume of a plan that is not paused, changing nothing', () => {
    const { service, db, clock } = serviceHarness(tempDir());
    const plan = steadyPlan(service);
    const running = snapshotData(db);
    const notPaused = service.resumePlan({ planId: plan.id });
    expect(notPaused).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(!notPaused.ok && notPaused.error.message).toMatch(/not paused/);
    expect(snapshotData(db)).toEqual(running);

    expectOk(service.pausePlan({ planId: plan.id }));
    const paused = snapshotData(db);
    clock.set(new Date(2026, 2, 9, 9, 0));
    const again = service.pausePlan({ planId: plan.id });
    expect(again).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(!again.ok && again.error.message).toMatch(/already paused \(since 2026-03-02\)/);
    expect(snapshotData(db)).toEqual(paused);
  });

  it('re-plans a paused plan as of the day it was paused, so the resume lands where a re-plan then would', () => {
    const { service, clock } = serviceHarness(tempDir());
    const plan = steadyPlan(service);
    clock.set(new Date(2026, 2, 4, 9, 0));
    expectOk(service.pausePlan({ planId: plan.id }));

    clock.set(new Date(2026, 2, 10, 9, 0));
    const replanned = expectOk(service.replanFromToday({ planId: plan.id }));
    expect(datesOf(replanned)[0]).toEqual(['Cloud Basics', '2026-03-04', '2026-03-10']);
    expect(replanned.schedule.pausedSince).toBe('2026-03-04');

    clock.set(new Date(2026, 2, 11, 9, 0));
    const resumed = expectOk(service.resumePlan({ planId: plan.id }));
    expect(datesOf(resumed)).toEqual([
      ['Cloud Basics', '2026-03-11', '2026-03-17'],
      ['Shell', '2026-03-18', '2026-03-24'],
      ['Git', '2026-03-25', '2026-03-31'],
      ['Portfolio', '2026-04-01', '2026-04-07'],
    ]);
  });

  it('answers an unknown plan with not-found', () => {
    const { service } = serviceHarness(tempDir());
    expect(service.pausePlan({ planId: 77 })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(service.resumePlan({ planId: 77 })).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});
