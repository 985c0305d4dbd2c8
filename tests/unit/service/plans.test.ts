import { describe, expect, it } from 'vitest';
import { createSamplePlan, expectOk, importSpec, serviceHarness } from '../../helpers/service';
import { useTempDir } from '../../helpers/temp-dir';

const tempDir = useTempDir();

describe('creating a plan', () => {
  it('copies the chosen items in study order and fits them into the default weekly budget', () => {
    const { service } = serviceHarness(tempDir());
    const { pathId } = importSpec(service);
    const path = expectOk(service.getPath({ pathId }));
    const keys = path.items.map((item) => item.key);

    // Chosen out of order: the plan follows the study order (tools, then certifications of no
    // stated level, then projects), each with the typical effort of its kind.
    const plan = expectOk(
      service.createPlan({
        name: '  Spring study  ',
        pathId,
        startDate: '2026-03-01',
        targetDate: '2026-03-29',
        itemKeys: [keys[3] ?? '', keys[0] ?? '', keys[2] ?? ''],
      }),
    );

    expect(plan.name).toBe('Spring study');
    expect(plan.pathTitle).toBe('Test Role');
    // An hour on weekdays and three on Saturday: 20 hours of tools take until the third Thursday.
    expect(
      plan.items.map((item) => [
        item.kind,
        item.title,
        item.effortHours,
        item.startDate,
        item.dueDate,
        item.status,
      ]),
    ).toEqual([
      ['tool', 'Editors', 20, '2026-03-02', '2026-03-19', 'todo'],
      ['certification', 'Alpha Certificate', 40, '2026-03-20', '2026-04-23', 'todo'],
      ['project', 'Build a Widget', 15, '2026-04-24', '2026-05-06', 'todo'],
    ]);
    expect(plan.items.every((item) => !item.orphaned && item.contentKey !== null)).toBe(true);
    expect({ total: plan.total, done: plan.done, skipped: plan.skipped }).toEqual({
      total: 3,
      done: 0,
      skipped: 0,
    });
    expect(plan.schedule).toEqual({
      budget: [60, 60, 60, 60, 60, 180, 0],
      mode: 'target',
      projectedFinish: '2026-05-06',
      targetShortfallDays: 38,
      daysBehind: 0,
      pausedSince: null,
      remainingHours: 75,
      completedHours: 0,
    });
  });

  it('refuses item keys that are not in the path and creates nothing', () => {
    const { service } = serviceHarness(tempDir());
    const { pathId } = importSpec(service);
    const result = service.createPlan({
      name: 'Plan',
      pathId,
      startDate: '2026-03-01',
      targetDate: '2026-03-29',
      itemKeys: ['test-role/tool/editors', 'other-role/tool/hammers'],
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(!result.ok && result.error.message).toContain('other-role/tool/hammers');
    expect(expectOk(service.listPlans({}))).toEqual([]);
  });

  it('reports a path that does not exist', () => {
    const { service } = serviceHarness(tempDir());
    const result = service.createPlan({
      name: 'Plan',
      pathId: 'no-such-path',
      startDate: '2026-03-01',
      targetDate: '2026-03-29',
      itemKeys: [],
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});

describe('changing and deleting plans', () => {
  it('renames a plan and moves its dates without touching item due dates', () => {
    const { service } = serviceHarness(tempDir());
    const plan = createSamplePlan(service);
    const summary = expectOk(
      service.updatePlan({ planId: plan.id, name: 'Renamed', targetDate: '2026-06-30' }),
    );
    expect(summary).toMatchObject({ name: 'Renamed', startDate: '2026-03-02', targetDate: '2026-06-30' });
    expect(expectOk(service.getPlan({ planId: plan.id })).items.map((item) => item.dueDate)).toEqual(
      plan.items.map((item) => item.dueDate),
    );
  });

  it('refuses a target date before the start date', () => {
    const { service } = serviceHarness(tempDir());
    const plan = createSamplePlan(service);
    expect(service.updatePlan({ planId: plan.id, targetDate: '2026-03-01' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument' },
    });
    expect(expectOk(service.getPlan({ planId: plan.id })).targetDate).toBe('2026-03-31');
  });

  it('lists plans newest first with their progress', () => {
    const { service, clock } = serviceHarness(tempDir());
    const first = createSamplePlan(service);
    clock.advance(60_000);
    const second = expectOk(
      service.createPlan({
        name: 'Second',
        pathId: first.pathId,
        startDate: '2026-03-02',
        targetDate: '2026-04-01',
        itemKeys: [],
      }),
    );
    expectOk(service.setItemStatus({ itemId: first.items[0]?.id ?? 0, status: 'done' }));
    expect(expectOk(service.listPlans({})).map((plan) => [plan.id, plan.done, plan.total])).toEqual([
      [second.id, 0, 0],
      [first.id, 1, 4],
    ]);
  });

  it('deletes a plan together with all its items', () => {
    const { service, db } = serviceHarness(tempDir());
    const plan = createSamplePlan(service);
    expect(expectOk(service.deletePlan({ planId: plan.id }))).toEqual({ planId: plan.id });
    expect(service.getPlan({ planId: plan.id })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(db.prepare('SELECT count(*) FROM plan_items').pluck().get()).toBe(0);
    expect(expectOk(service.listPaths({}))).toHaveLength(1);
  });
});
