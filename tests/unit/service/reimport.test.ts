import { describe, expect, it } from 'vitest';
import type { DocumentSpec } from '../../helpers/career-path-document';
import { sampleSpec } from '../../helpers/career-path-document';
import { createSamplePlan, expectOk, importSpec, serviceHarness } from '../../helpers/service';
import { useTempDir } from '../../helpers/temp-dir';

const tempDir = useTempDir();

/** The sample path without its Beta Certificate and its project. */
const trimmedSpec: DocumentSpec = {
  ...sampleSpec,
  certifications: [{ name: 'Alpha Certificate', description: 'The first certificate.' }],
  projects: [{ title: 'Build a Gadget', description: 'A different project.' }],
};

function titled<T extends { title: string }>(items: readonly T[], title: string): T {
  const item = items.find((entry) => entry.title === title);
  if (item === undefined) throw new Error(`no item "${title}"`);
  return item;
}

/** The sample plan with progress, a note, a date and a reminder on items that will stay and go. */
function planWithProgress() {
  const harness = serviceHarness(tempDir());
  const { service } = harness;
  const plan = createSamplePlan(service);
  const alpha = titled(plan.items, 'Alpha Certificate');
  const beta = titled(plan.items, 'Beta Certificate');
  const editors = titled(plan.items, 'Editors');
  expectOk(service.setItemStatus({ itemId: alpha.id, status: 'done' }));
  expectOk(service.setItemStatus({ itemId: editors.id, status: 'in-progress' }));
  expectOk(service.updateItem({ itemId: editors.id, notes: 'Vim first', dueDate: '2026-03-15' }));
  expectOk(
    service.updateItem({
      itemId: beta.id,
      notes: 'Booked the exam',
      reminderAt: '2026-03-20T09:00:00.000Z',
      title: 'Beta (booked)',
    }),
  );
  return { ...harness, planId: plan.id };
}

describe('re-importing a changed file', () => {
  it('updates the path in place and keeps progress, notes and dates on the items that stayed', () => {
    const { service, planId } = planWithProgress();
    const before = expectOk(service.getPlan({ planId }));

    const outcome = importSpec(service, trimmedSpec);

    expect(outcome).toMatchObject({ pathId: 'test-role', status: 'updated', orphanedPlanItems: 2 });
    expect(expectOk(service.listPaths({})).map((path) => path.id)).toEqual(['test-role']);
    const after = expectOk(service.getPlan({ planId }));
    expect(after.items.map((item) => item.id)).toEqual(before.items.map((item) => item.id));
    for (const title of ['Alpha Certificate', 'Editors']) {
      expect(titled(after.items, title)).toEqual(titled(before.items, title));
    }
    expect(after.done).toBe(1);
  });

  it('keeps items that left the path in the plan, with their own title, description, note and reminder', () => {
    const { service, planId } = planWithProgress();
    const before = expectOk(service.getPlan({ planId }));
    importSpec(service, trimmedSpec);
    const after = expectOk(service.getPlan({ planId }));
    for (const title of ['Beta (booked)', 'Build a Widget']) {
      expect(titled(after.items, title)).toEqual({ ...titled(before.items, title), orphaned: true });
    }
    expect(titled(after.items, 'Beta (booked)')).toMatchObject({
      description: 'The second certificate.',
      notes: 'Booked the exam',
      reminderAt: '2026-03-20T09:00:00.000Z',
    });
  });

  it('counts each plan item that became orphaned, in every plan, and only once', () => {
    const { service } = planWithProgress();
    const path = expectOk(service.getPath({ pathId: 'test-role' }));
    const beta = path.items.find((item) => item.title === 'Beta Certificate');
    expectOk(
      service.createPlan({
        name: 'Just Beta',
        pathId: 'test-role',
        startDate: '2026-03-02',
        targetDate: '2026-03-09',
        itemKeys: [beta?.key ?? ''],
      }),
    );
    expect(importSpec(service, trimmedSpec).orphanedPlanItems).toBe(3);
    // The same items staying away is not news.
    const alsoWithoutAlpha = { ...trimmedSpec, certifications: [] };
    expect(importSpec(service, alsoWithoutAlpha).orphanedPlanItems).toBe(1);
  });

  it('reports no orphaned items for an unchanged file or an update that removes nothing planned', () => {
    const { service } = planWithProgress();
    expect(importSpec(service, sampleSpec, 'again.md')).toMatchObject({
      status: 'unchanged',
      orphanedPlanItems: 0,
    });
    const extended = {
      ...sampleSpec,
      tools: [...(sampleSpec.tools ?? []), { group: 'Shells', tools: ['Bash'] }],
    };
    expect(importSpec(service, extended)).toMatchObject({ status: 'updated', orphanedPlanItems: 0 });
  });

  it('brings orphaned items back when a later file restores them, keeping what was done meanwhile', () => {
    const { service, planId } = planWithProgress();
    importSpec(service, trimmedSpec);
    const orphaned = titled(expectOk(service.getPlan({ planId })).items, 'Beta (booked)');
    expectOk(service.setItemStatus({ itemId: orphaned.id, status: 'done' }));

    const restoredBetaOnly = { ...trimmedSpec, certifications: sampleSpec.certifications };
    expect(importSpec(service, restoredBetaOnly)).toMatchObject({ status: 'updated', orphanedPlanItems: 0 });

    const after = expectOk(service.getPlan({ planId }));
    expect(titled(after.items, 'Beta (booked)')).toMatchObject({ orphaned: false, status: 'done' });
    expect(titled(after.items, 'Build a Widget')).toMatchObject({ orphaned: true });
  });

  it('counts a newly orphaned item even when another comes back in the same import', () => {
    const { service } = planWithProgress();
    importSpec(service, trimmedSpec);
    // Beta returns, the Alpha Certificate leaves: one new orphan.
    const swapped = { ...trimmedSpec, certifications: [{ name: 'Beta Certificate', description: 'Back.' }] };
    expect(importSpec(service, swapped).orphanedPlanItems).toBe(1);
  });
});
