import { describe, expect, it } from 'vitest';
import { createSamplePlan, expectOk, importSpec, serviceHarness, snapshotData } from '../../helpers/service';
import { useTempDir } from '../../helpers/temp-dir';

const tempDir = useTempDir();

describe('when SQLite fails part-way through a change', () => {
  it('reports storage-failed, logs it and rolls the whole change back', () => {
    const { service, db, logged } = serviceHarness(tempDir());
    const { pathId } = importSpec(service);
    const keys = expectOk(service.getPath({ pathId })).items.map((item) => item.key);
    // Simulates a failing disk on the third item written.
    db.exec(`CREATE TRIGGER fail_third_item BEFORE INSERT ON plan_items WHEN NEW.position = 2
             BEGIN SELECT RAISE(ABORT, 'simulated disk failure'); END`);
    const before = snapshotData(db);

    const result = service.createPlan({
      name: 'Plan',
      pathId,
      startDate: '2026-03-01',
      targetDate: '2026-03-31',
      itemKeys: keys,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'storage-failed' } });
    expect(snapshotData(db)).toEqual(before);
    expect(logged).toEqual(['StudyPath could not complete createPlan']);
  });

  it('keeps working for the next call after a failure', () => {
    const { service, db } = serviceHarness(tempDir());
    const plan = createSamplePlan(service);
    db.exec(`CREATE TRIGGER no_notes BEFORE UPDATE OF notes ON plan_items WHEN NEW.notes = 'boom'
             BEGIN SELECT RAISE(ABORT, 'simulated'); END`);
    const itemId = plan.items[0]?.id ?? 0;
    expect(service.updateItem({ itemId, notes: 'boom' }).ok).toBe(false);
    expect(expectOk(service.updateItem({ itemId, notes: 'fine' })).notes).toBe('fine');
  });
});
