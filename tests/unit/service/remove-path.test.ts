import { describe, expect, it } from 'vitest';
import { importPathDocument } from '../../../electron/backend/service';
import { careerPathBytes, sampleSpec } from '../../helpers/career-path-document';
import { createSamplePlan, expectOk, importSpec, serviceHarness, snapshotData } from '../../helpers/service';
import { useTempDir } from '../../helpers/temp-dir';

const tempDir = useTempDir();

const otherSpec = {
  id: 'other-role',
  title: 'Other Role',
  tools: [{ group: 'Shells', tools: ['Bash'] }],
};

/** A plan on the sample path with a tick, a note, a reminder and a custom item, plus a plan on another path. */
function libraryWithPlans() {
  const harness = serviceHarness(tempDir());
  const { service } = harness;
  const plan = createSamplePlan(service);
  const [first, second] = plan.items;
  expectOk(service.setItemStatus({ itemId: first?.id ?? 0, status: 'done' }));
  expectOk(
    service.updateItem({
      itemId: second?.id ?? 0,
      notes: 'Chapter 4 next',
      reminderAt: '2026-03-10T08:00:00.000Z',
    }),
  );
  expectOk(service.addCustomItem({ planId: plan.id, title: 'Ask a mentor', dueDate: '2026-03-20' }));
  const secondPlan = expectOk(
    service.createPlan({
      name: 'Second plan',
      pathId: 'test-role',
      startDate: '2026-04-01',
      targetDate: '2026-05-01',
      itemKeys: [first?.contentKey ?? ''],
    }),
  );
  importSpec(service, otherSpec, 'other.md');
  const otherPath = expectOk(service.getPath({ pathId: 'other-role' }));
  const otherPlan = expectOk(
    service.createPlan({
      name: 'Other plan',
      pathId: 'other-role',
      startDate: '2026-03-02',
      targetDate: '2026-04-30',
      itemKeys: otherPath.items.map((item) => item.key),
    }),
  );
  return { ...harness, planId: plan.id, secondPlanId: secondPlan.id, otherPlanId: otherPlan.id };
}

describe('removing an imported path', () => {
  it('with its plans deletes them, their items and reminders, and leaves other plans alone', () => {
    const { service, db, planId, secondPlanId, otherPlanId } = libraryWithPlans();
    const otherBefore = expectOk(service.getPlan({ planId: otherPlanId }));
    const reminderPlans = () => {
      const { overdue, upcoming } = expectOk(service.getReminders({}));
      return [...overdue, ...upcoming].map((entry) => entry.planId);
    };
    expect(reminderPlans()).toContain(planId);

    const outcome = expectOk(service.removePath({ pathId: 'test-role', plans: 'delete' }));

    expect(outcome).toEqual({ pathId: 'test-role', plansRemoved: 2, plansKept: 0 });
    expect(expectOk(service.listPaths({})).map((path) => path.id)).toEqual(['other-role']);
    expect(expectOk(service.listPlans({})).map((plan) => plan.id)).toEqual([otherPlanId]);
    expect(service.getPlan({ planId })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(service.getPlan({ planId: secondPlanId }).ok).toBe(false);
    expect(expectOk(service.getPlan({ planId: otherPlanId }))).toEqual(otherBefore);
    const orphanRows = db
      .prepare<[], { n: number }>(
        'SELECT count(*) AS n FROM plan_items WHERE plan_id NOT IN (SELECT id FROM plans)',
      )
      .get()!.n;
    expect(orphanRows).toBe(0);
    expect(reminderPlans()).not.toContain(planId);
  });

  it('refuses to remove a bundled path and changes nothing', () => {
    const { service, db, clock } = serviceHarness(tempDir());
    expectOk(importPathDocument(db, 'test-role.md', careerPathBytes(sampleSpec), 'bundled', clock));
    const before = snapshotData(db);
    for (const plans of ['keep', 'delete'] as const) {
      const result = service.removePath({ pathId: 'test-role', plans });
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
      expect(result.ok ? '' : result.error.message).toMatch(/comes with StudyPath/);
    }
    expect(snapshotData(db)).toEqual(before);
  });

  it('answers not-found for a path that does not exist', () => {
    const { service } = serviceHarness(tempDir());
    expect(service.removePath({ pathId: 'nope', plans: 'delete' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });
});
