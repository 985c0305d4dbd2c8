import { describe, expect, it } from 'vitest';
import { expectOk, serviceHarness } from '../../helpers/service';
import { useTempDir } from '../../helpers/temp-dir';
import { datesOf, itemTitled, steadyPlan } from './schedule-fixtures';

const tempDir = useTempDir();

describe('skipped items', () => {
  it('count apart from done ones and leave the remaining effort', () => {
    const { service } = serviceHarness(tempDir());
    const plan = steadyPlan(service);
    expectOk(service.setItemStatus({ itemId: itemTitled(plan, 'Cloud Basics').id, status: 'done' }));
    const skipped = expectOk(
      service.setItemStatus({ itemId: itemTitled(plan, 'Shell').id, status: 'skipped' }),
    );
    expect(skipped).toMatchObject({ status: 'skipped', completedAt: null });

    const after = expectOk(service.getPlan({ planId: plan.id }));
    expect(after).toMatchObject({ total: 4, done: 1, skipped: 1 });
    expect(after.schedule).toMatchObject({ remainingHours: 10, completedHours: 5 });
    expect(expectOk(service.listPlans({}))[0]).toMatchObject({
      done: 1,
      skipped: 1,
      schedule: after.schedule,
    });
  });

  it('clear the completion time of an item that was done', () => {
    const { service } = serviceHarness(tempDir());
    const plan = steadyPlan(service);
    const itemId = itemTitled(plan, 'Git').id;
    expect(expectOk(service.setItemStatus({ itemId, status: 'done' })).completedAt).not.toBeNull();
    expect(expectOk(service.setItemStatus({ itemId, status: 'skipped' }))).toMatchObject({
      status: 'skipped',
      completedAt: null,
    });
  });

  it('take no budget in a re-plan and keep their dates', () => {
    const { service } = serviceHarness(tempDir());
    const plan = steadyPlan(service);
    expectOk(service.setItemStatus({ itemId: itemTitled(plan, 'Cloud Basics').id, status: 'skipped' }));
    const replanned = expectOk(service.replanFromToday({ planId: plan.id }));
    expect(datesOf(replanned)).toEqual([
      ['Cloud Basics', '2026-03-02', '2026-03-06'],
      ['Shell', '2026-03-02', '2026-03-06'],
      ['Git', '2026-03-09', '2026-03-13'],
      ['Portfolio', '2026-03-16', '2026-03-20'],
    ]);
    expect(replanned.schedule).toMatchObject({ remainingHours: 15, projectedFinish: '2026-03-20' });
  });
});

describe('effort and the target', () => {
  it('keeps the dates when an item’s effort changes, until the plan is re-planned', () => {
    const { service } = serviceHarness(tempDir());
    const plan = steadyPlan(service);
    const itemId = itemTitled(plan, 'Cloud Basics').id;
    expect(expectOk(service.updateItem({ itemId, effortHours: 10 }))).toMatchObject({
      effortHours: 10,
      startDate: '2026-03-02',
      dueDate: '2026-03-06',
    });
    expect(expectOk(service.getPlan({ planId: plan.id })).schedule.remainingHours).toBe(25);

    const replanned = expectOk(service.replanFromToday({ planId: plan.id }));
    expect(datesOf(replanned).slice(0, 2)).toEqual([
      ['Cloud Basics', '2026-03-02', '2026-03-13'],
      ['Shell', '2026-03-16', '2026-03-20'],
    ]);
  });

  it('shows how far past the target the budget needs, growing as the person falls behind', () => {
    const { service, clock } = serviceHarness(tempDir());
    const plan = steadyPlan(service, { mode: 'target', targetDate: '2026-03-20' });
    expect(plan.schedule).toMatchObject({ projectedFinish: '2026-03-27', targetShortfallDays: 7 });

    // Nothing done by Wednesday 18 March: twenty hours from then take until Tuesday 14 April.
    clock.set(new Date(2026, 2, 18, 9, 0));
    expect(expectOk(service.getPlan({ planId: plan.id })).schedule).toMatchObject({
      projectedFinish: '2026-03-27',
      targetShortfallDays: 25,
      daysBehind: 12,
    });
    const replanned = expectOk(service.replanFromToday({ planId: plan.id }));
    expect(replanned.schedule).toMatchObject({
      projectedFinish: '2026-04-14',
      targetShortfallDays: 25,
      daysBehind: 0,
    });
  });
});
