import { describe, expect, it } from 'vitest';
import { expectOk, serviceHarness, snapshotData } from '../../helpers/service';
import { useTempDir } from '../../helpers/temp-dir';
import { datesOf, itemTitled, steadyPlan } from './schedule-fixtures';

const tempDir = useTempDir();

describe('changing the weekly budget, mode or target', () => {
  it('re-plans the unfinished items from today with the new budget; done items keep their dates', () => {
    const { service } = serviceHarness(tempDir());
    const plan = steadyPlan(service);
    expectOk(service.setItemStatus({ itemId: itemTitled(plan, 'Cloud Basics').id, status: 'done' }));

    const changed = expectOk(
      service.updatePlanSchedule({ planId: plan.id, budget: [120, 120, 120, 120, 120, 0, 0] }),
    );
    expect(changed.schedule.budget).toEqual([120, 120, 120, 120, 120, 0, 0]);
    expect(datesOf(changed)).toEqual([
      ['Cloud Basics', '2026-03-02', '2026-03-06'],
      ['Shell', '2026-03-02', '2026-03-04'],
      ['Git', '2026-03-04', '2026-03-06'],
      ['Portfolio', '2026-03-09', '2026-03-11'],
    ]);
    expect(itemTitled(changed, 'Cloud Basics').status).toBe('done');
  });

  it('spreads the remaining work up to a new target date in target mode', () => {
    const { service } = serviceHarness(tempDir());
    const plan = steadyPlan(service);
    const changed = expectOk(
      service.updatePlanSchedule({ planId: plan.id, mode: 'target', targetDate: '2026-04-24' }),
    );
    expect(changed).toMatchObject({ targetDate: '2026-04-24', schedule: { mode: 'target' } });
    expect(changed.items.map((item) => item.dueDate)).toEqual([
      '2026-03-13',
      '2026-03-27',
      '2026-04-10',
      '2026-04-24',
    ]);
    expect(expectOk(service.getPlan({ planId: plan.id }))).toEqual(changed);
  });

  it('refuses a week without any study time and changes nothing', () => {
    const { service, db } = serviceHarness(tempDir());
    const plan = steadyPlan(service);
    const before = snapshotData(db);
    const result = service.updatePlanSchedule({ planId: plan.id, budget: [0, 0, 0, 0, 0, 0, 0] });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(!result.ok && result.error.message).toMatch(/no study time on any day/);
    expect(snapshotData(db)).toEqual(before);
  });

  it('refuses a target date before the start date and an unknown plan, changing nothing', () => {
    const { service, db } = serviceHarness(tempDir());
    const plan = steadyPlan(service);
    const before = snapshotData(db);
    expect(service.updatePlanSchedule({ planId: plan.id, targetDate: '2026-03-01' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument' },
    });
    expect(service.updatePlanSchedule({ planId: 9999, mode: 'asap' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(snapshotData(db)).toEqual(before);
  });
});

describe('falling behind and re-planning from today', () => {
  it('counts the days since the oldest unfinished item fell due, until the plan is re-planned', () => {
    const { service, clock } = serviceHarness(tempDir());
    const plan = steadyPlan(service);
    clock.set(new Date(2026, 2, 4, 18, 0));
    expectOk(service.setItemStatus({ itemId: itemTitled(plan, 'Cloud Basics').id, status: 'done' }));

    // Wednesday 18 March: Shell (due Friday 13th) and Git (due Friday 20th) are not done.
    clock.set(new Date(2026, 2, 18, 9, 0));
    const behind = expectOk(service.getPlan({ planId: plan.id }));
    expect(behind.schedule).toMatchObject({ daysBehind: 5, projectedFinish: '2026-03-27' });
    expect(expectOk(service.listPlans({}))[0]?.schedule.daysBehind).toBe(5);

    const replanned = expectOk(service.replanFromToday({ planId: plan.id }));
    expect(datesOf(replanned)).toEqual([
      ['Cloud Basics', '2026-03-02', '2026-03-06'],
      ['Shell', '2026-03-18', '2026-03-24'],
      ['Git', '2026-03-25', '2026-03-31'],
      ['Portfolio', '2026-04-01', '2026-04-07'],
    ]);
    expect(replanned.schedule).toMatchObject({ daysBehind: 0, projectedFinish: '2026-04-07' });
  });

  it('is not behind on the day an item is due', () => {
    const { service, clock } = serviceHarness(tempDir());
    const plan = steadyPlan(service);
    clock.set(new Date(2026, 2, 6, 23, 59));
    expect(expectOk(service.getPlan({ planId: plan.id })).schedule.daysBehind).toBe(0);
    clock.set(new Date(2026, 2, 7, 0, 1));
    expect(expectOk(service.getPlan({ planId: plan.id })).schedule.daysBehind).toBe(1);
  });

  it('answers an unknown plan with not-found', () => {
    const { service } = serviceHarness(tempDir());
    expect(service.replanFromToday({ planId: 42 })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });
});

describe('reordering items', () => {
  it('stores the new order and schedules the unfinished items in it', () => {
    const { service } = serviceHarness(tempDir());
    const plan = steadyPlan(service);
    expectOk(service.setItemStatus({ itemId: itemTitled(plan, 'Shell').id, status: 'done' }));
    const order = ['Portfolio', 'Shell', 'Git', 'Cloud Basics'].map((title) => itemTitled(plan, title).id);

    const reordered = expectOk(service.reorderItems({ planId: plan.id, itemIds: order }));
    expect(reordered.items.map((item) => [item.title, item.position])).toEqual([
      ['Portfolio', 0],
      ['Shell', 1],
      ['Git', 2],
      ['Cloud Basics', 3],
    ]);
    // The done item keeps its week and takes none of the budget.
    expect(datesOf(reordered)).toEqual([
      ['Portfolio', '2026-03-02', '2026-03-06'],
      ['Shell', '2026-03-09', '2026-03-13'],
      ['Git', '2026-03-09', '2026-03-13'],
      ['Cloud Basics', '2026-03-16', '2026-03-20'],
    ]);
    expect(expectOk(service.getPlan({ planId: plan.id })).items).toEqual(reordered.items);
  });

  it('refuses a list that is not exactly the plan’s items, and changes nothing', () => {
    const { service, db } = serviceHarness(tempDir());
    const plan = steadyPlan(service);
    const other = steadyPlan(service, { name: 'Other plan' });
    const ids = plan.items.map((item) => item.id);
    const before = snapshotData(db);

    const refusals = [
      ids.slice(1),
      [...ids, ids[0] ?? 0],
      [...ids.slice(1), other.items[0]?.id ?? 0],
      [...ids.slice(1), 99_999],
    ];
    for (const itemIds of refusals) {
      const result = service.reorderItems({ planId: plan.id, itemIds });
      expect(result, JSON.stringify(itemIds)).toMatchObject({
        ok: false,
        error: { code: 'invalid-argument' },
      });
    }
    expect(service.reorderItems({ planId: 9999, itemIds: ids })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(snapshotData(db)).toEqual(before);
  });
});
