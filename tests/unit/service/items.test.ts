import { describe, expect, it } from 'vitest';
import { createSamplePlan, expectOk, serviceHarness } from '../../helpers/service';
import { useTempDir } from '../../helpers/temp-dir';

const tempDir = useTempDir();

function setup() {
  const harness = serviceHarness(tempDir());
  const plan = createSamplePlan(harness.service);
  const first = plan.items[0];
  if (first === undefined) throw new Error('sample plan has no items');
  return { ...harness, plan, first };
}

describe('ticking items off', () => {
  it('records when an item was done and forgets it when un-ticked', () => {
    const { service, clock, first } = setup();
    const done = expectOk(service.setItemStatus({ itemId: first.id, status: 'done' }));
    expect(done).toMatchObject({ status: 'done', completedAt: clock.now().toISOString() });

    const reopened = expectOk(service.setItemStatus({ itemId: first.id, status: 'in-progress' }));
    expect(reopened).toMatchObject({ status: 'in-progress', completedAt: null });
  });

  it('keeps the original completion time when a done item is ticked again', () => {
    const { service, clock, first } = setup();
    const firstTick = expectOk(service.setItemStatus({ itemId: first.id, status: 'done' })).completedAt;
    clock.advance(86_400_000);
    expect(expectOk(service.setItemStatus({ itemId: first.id, status: 'done' })).completedAt).toBe(firstTick);
  });
});

describe('editing items', () => {
  it('saves a new title, notes and due date', () => {
    const { service, first } = setup();
    const edited = expectOk(
      service.updateItem({
        itemId: first.id,
        title: ' Exam day ',
        notes: 'Book the room',
        dueDate: '2026-04-15',
      }),
    );
    expect(edited).toMatchObject({ title: 'Exam day', notes: 'Book the room', dueDate: '2026-04-15' });
    expect(expectOk(service.getPlan({ planId: first.planId })).items[0]).toEqual(edited);
  });

  it('changes only the fields it is given, and clears a due date on null', () => {
    const { service, first } = setup();
    expectOk(service.updateItem({ itemId: first.id, notes: 'keep me' }));
    const cleared = expectOk(service.updateItem({ itemId: first.id, dueDate: null }));
    expect(cleared).toMatchObject({ title: first.title, notes: 'keep me', dueDate: null });
  });

  it('stores a reminder as a UTC instant whatever offset it was given in', () => {
    const { service, first } = setup();
    const item = expectOk(service.updateItem({ itemId: first.id, reminderAt: '2026-03-05T10:30:00+02:00' }));
    expect(item.reminderAt).toBe('2026-03-05T08:30:00.000Z');
  });

  it('re-arms a reminder that already fired when it is moved, but not when other fields change', () => {
    const { service, db, first } = setup();
    expectOk(service.updateItem({ itemId: first.id, reminderAt: '2026-03-05T08:30:00.000Z' }));
    db.prepare("UPDATE plan_items SET reminder_notified_at = '2026-03-05T08:30:00.000Z' WHERE id = ?").run(
      first.id,
    );
    const notified = () =>
      db.prepare('SELECT reminder_notified_at FROM plan_items WHERE id = ?').pluck().get(first.id);

    expectOk(service.updateItem({ itemId: first.id, notes: 'x', reminderAt: '2026-03-05T08:30:00.000Z' }));
    expect(notified()).toBe('2026-03-05T08:30:00.000Z');
    expectOk(service.updateItem({ itemId: first.id, reminderAt: '2026-03-06T08:30:00.000Z' }));
    expect(notified()).toBeNull();
  });
});

describe('custom items', () => {
  it('appends a custom item at the end of the plan', () => {
    const { service, plan } = setup();
    const custom = expectOk(
      service.addCustomItem({
        planId: plan.id,
        title: 'Mock interview',
        description: 'With a mentor',
        dueDate: '2026-03-20',
      }),
    );
    expect(custom).toMatchObject({
      kind: 'custom',
      contentKey: null,
      title: 'Mock interview',
      description: 'With a mentor',
      dueDate: '2026-03-20',
      status: 'todo',
      orphaned: false,
    });
    const items = expectOk(service.getPlan({ planId: plan.id })).items;
    expect(items.at(-1)?.id).toBe(custom.id);
    expect(custom.position).toBeGreaterThan(items.at(-2)?.position ?? Infinity);
  });

  it('refuses to add to a plan that does not exist', () => {
    const { service } = setup();
    expect(service.addCustomItem({ planId: 999, title: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });
});

describe('deleting items', () => {
  it('removes one item and says which plan it came from', () => {
    const { service, plan, first } = setup();
    expect(expectOk(service.deleteItem({ itemId: first.id }))).toEqual({ itemId: first.id, planId: plan.id });
    const after = expectOk(service.getPlan({ planId: plan.id }));
    expect(after.items.map((item) => item.id)).not.toContain(first.id);
    expect(after.total).toBe(plan.total - 1);
    expect(service.deleteItem({ itemId: first.id })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });
});
