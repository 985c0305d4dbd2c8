import { describe, expect, it } from 'vitest';
import { RESTORABLE_DELETIONS } from '../../../electron/backend/service/item-handlers';
import { expectOk } from '../../helpers/service';
import { useTempDir } from '../../helpers/temp-dir';
import { trackedPlan } from './tracking-fixtures';

const tempDir = useTempDir();

/** A plan whose certification and project carry a record, deliverables and a link. */
function workedPlan() {
  const harness = trackedPlan(tempDir());
  const { service, item } = harness;
  const cert = item('Cloud Basics');
  expectOk(
    service.updateCertification({ itemId: cert.id, examDate: '2026-04-10', bookingNote: 'Voucher 42' }),
  );
  expectOk(service.updateCertification({ itemId: cert.id, result: 'passed', earnedDate: '2026-04-10' }));
  expectOk(service.updateItem({ itemId: cert.id, notes: 'Two practice exams first' }));
  const project = item('Build a status page');
  expectOk(service.updateDeliverable({ deliverableId: project.deliverables[1]?.id ?? 0, done: true }));
  expectOk(
    service.addEvidenceLink({ itemId: project.id, kind: 'repository', url: 'https://example.com/me/status' }),
  );
  return harness;
}

describe('bringing back a deleted item', () => {
  it('puts a certification and a project back exactly as they were, ids and all', () => {
    const { service, item, plan } = workedPlan();
    for (const title of ['Cloud Basics', 'Build a status page']) {
      const before = item(title);
      expectOk(service.deleteItem({ itemId: before.id }));
      expect(expectOk(service.getPlan({ planId: plan.id })).items.map((i) => i.title)).not.toContain(title);

      const restored = expectOk(service.restoreItem({ itemId: before.id }));

      expect(restored).toEqual(before);
      expect(item(title)).toEqual(before);
    }
    const summary = expectOk(service.getPlan({ planId: plan.id }));
    expect({ total: summary.total, done: summary.done }).toEqual({ total: plan.total, done: 1 });
  });

  it('gives the item a new id when another item took its old one, and keeps the rest', () => {
    const { service, item, plan } = workedPlan();
    const last = expectOk(service.getPlan({ planId: plan.id })).items.reduce((a, b) => (a.id > b.id ? a : b));
    const before = item(last.title);
    expectOk(service.deleteItem({ itemId: before.id }));
    const added = expectOk(service.addCustomItem({ planId: plan.id, title: 'Read the docs' }));
    expect(added.id).toBe(before.id);

    const restored = expectOk(service.restoreItem({ itemId: before.id }));

    expect(restored.id).not.toBe(before.id);
    const withoutIds = (i: typeof before) => ({
      ...i,
      id: 0,
      deliverables: i.deliverables.map((d) => ({ ...d, id: 0 })),
      evidence: i.evidence.map((l) => ({ ...l, id: 0 })),
    });
    expect(withoutIds(restored)).toEqual(withoutIds(before));
    expect(item('Read the docs').id).toBe(before.id);
  });

  it('brings an item back once, and never into a plan that is gone', () => {
    const { service, item, plan } = workedPlan();
    const cert = item('Cloud Basics');
    expectOk(service.deleteItem({ itemId: cert.id }));
    expectOk(service.restoreItem({ itemId: cert.id }));
    expect(service.restoreItem({ itemId: cert.id })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });

    const project = item('Build a status page');
    expectOk(service.deleteItem({ itemId: project.id }));
    expectOk(service.deletePlan({ planId: plan.id }));
    const result = service.restoreItem({ itemId: project.id });
    expect(result).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(!result.ok && result.error.message).toContain('its plan is gone');
  });

  it(`remembers the last ${RESTORABLE_DELETIONS} deletions`, () => {
    const { service, plan } = workedPlan();
    const ids = Array.from(
      { length: RESTORABLE_DELETIONS + 1 },
      (_, index) => expectOk(service.addCustomItem({ planId: plan.id, title: `Item ${index}` })).id,
    );
    for (const itemId of ids) expectOk(service.deleteItem({ itemId }));
    expect(service.restoreItem({ itemId: ids[0] ?? 0 })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(expectOk(service.restoreItem({ itemId: ids[1] ?? 0 })).title).toBe('Item 1');
  });
});
