import { describe, expect, it, vi } from 'vitest';
import type { PlanDetail, PlanItem } from '../../../shared/domain';
import { fail, ok } from '../../../shared/result';
import { createCurrentPlanStore, type CurrentPlanApi } from '../../../renderer/src/stores/currentPlanStore';
import { createItemEdits } from '../../../renderer/src/stores/itemEdits';
import { createToastStore } from '../../../renderer/src/stores/toastStore';
import { createUndoStore, type UndoableChange } from '../../../renderer/src/stores/undoStore';
import { planWith } from '../../helpers/plan-fixtures';
import { planItem } from './fixtures';

function change(log: string[], name: string, { fails = false } = {}): UndoableChange {
  return {
    description: name,
    undo: async () => {
      log.push(`undo ${name}`);
      return !fails;
    },
    redo: async () => {
      log.push(`redo ${name}`);
      return !fails;
    },
  };
}

describe('the undo history', () => {
  it('takes back the newest change first and redoes in the same order', async () => {
    const log: string[] = [];
    const history = createUndoStore();
    history.getState().record(change(log, 'a'));
    history.getState().record(change(log, 'b'));

    expect((await history.getState().undo())?.description).toBe('b');
    expect((await history.getState().undo())?.description).toBe('a');
    expect(await history.getState().undo()).toBeNull();
    expect((await history.getState().redo())?.description).toBe('a');
    expect(log).toEqual(['undo b', 'undo a', 'redo a']);
  });

  it('forgets what could be redone once something new is done', async () => {
    const log: string[] = [];
    const history = createUndoStore();
    history.getState().record(change(log, 'a'));
    await history.getState().undo();
    history.getState().record(change(log, 'b'));
    expect(await history.getState().redo()).toBeNull();
    expect(history.getState().past.map((c) => c.description)).toEqual(['b']);
  });

  it('keeps only the newest changes up to its limit', () => {
    const history = createUndoStore({ limit: 2 });
    for (const name of ['a', 'b', 'c']) history.getState().record(change([], name));
    expect(history.getState().past.map((c) => c.description)).toEqual(['b', 'c']);
  });

  it('drops a change the back end refuses to take back', async () => {
    const history = createUndoStore();
    history.getState().record(change([], 'a', { fails: true }));
    expect(await history.getState().undo()).toBeNull();
    expect(history.getState().past).toEqual([]);
    expect(history.getState().future).toEqual([]);
  });

  it('runs one undo at a time', async () => {
    let finish!: (applied: boolean) => void;
    const history = createUndoStore();
    history.getState().record(change([], 'a'));
    history.getState().record({
      description: 'slow',
      undo: () => new Promise<boolean>((resolve) => (finish = resolve)),
      redo: async () => true,
    });
    const first = history.getState().undo();
    expect(await history.getState().undo()).toBeNull();
    finish(true);
    expect((await first)?.description).toBe('slow');
    expect(history.getState().past.map((c) => c.description)).toEqual(['a']);
  });
});

/** A back end in memory, with the same rules for ids and custom items as the real one. */
function memoryBackEnd(items: PlanItem[], { reuseIds = false } = {}) {
  let nextId = 100;
  const rows = new Map(items.map((item) => [item.id, { ...item }]));
  const deleted = new Map<number, PlanItem>();
  const plan = (): PlanDetail => planWith([...rows.values()]);
  const missing = (id: number) => fail('not-found', `There is no plan item with id ${id}.`);
  const api: CurrentPlanApi = {
    getPlan: async () => ok(plan()),
    setItemStatus: async ({ itemId, status }) => {
      const row = rows.get(itemId);
      if (row === undefined) return missing(itemId);
      Object.assign(row, { status, completedAt: status === 'done' ? '2026-03-04T10:00:00.000Z' : null });
      return ok({ ...row });
    },
    updateItem: async ({ itemId, ...changes }) => {
      const row = rows.get(itemId);
      if (row === undefined) return missing(itemId);
      for (const [key, value] of Object.entries(changes))
        if (value !== undefined) Object.assign(row, { [key]: value });
      return ok({ ...row });
    },
    addCustomItem: async ({ planId, title, description, dueDate }) => {
      // SQLite without AUTOINCREMENT hands out the highest id + 1, so a deleted last item's id comes back.
      const id = reuseIds ? Math.max(0, ...rows.keys()) + 1 : nextId++;
      const item = planItem({
        id,
        planId,
        kind: 'custom',
        title,
        description: description ?? '',
        dueDate: dueDate ?? null,
        position: nextId,
      });
      rows.set(item.id, item);
      return ok({ ...item });
    },
    deleteItem: async ({ itemId }) => {
      const row = rows.get(itemId);
      if (row === undefined) return missing(itemId);
      rows.delete(itemId);
      deleted.set(itemId, row);
      return ok({ itemId, planId: 1 });
    },
    // Like the real one: the item as it was, under its old id unless another item has it now.
    restoreItem: async ({ itemId }) => {
      const row = deleted.get(itemId);
      if (row === undefined) return missing(itemId);
      deleted.delete(itemId);
      const id = !rows.has(row.id) ? row.id : reuseIds ? Math.max(0, ...rows.keys()) + 1 : nextId++;
      const item = { ...row, id };
      rows.set(id, item);
      return ok({ ...item });
    },
    deletePlan: async () => fail('internal', 'not expected in this test'),
    exportPlanPdf: async () => fail('internal', 'not expected in this test'),
  };
  return { api, rows };
}

async function setUp(items: PlanItem[], options: { reuseIds?: boolean } = {}) {
  const backEnd = memoryBackEnd(items, options);
  const notify = vi.fn();
  const plan = createCurrentPlanStore({ api: backEnd.api, notify });
  await plan.getState().open(1);
  const toasts = createToastStore();
  const edits = createItemEdits({
    plan: () => plan.getState(),
    history: createUndoStore(),
    toasts: toasts.getState(),
  });
  const item = (title: string) => {
    const found = plan.getState().plan?.items.find((i) => i.title === title);
    if (found === undefined) throw new Error(`no item “${title}” on screen`);
    return found;
  };
  const lastToast = () => toasts.getState().toasts.at(-1);
  return { ...backEnd, plan, edits, item, toasts, lastToast, notify };
}

describe('undoing changes to plan items', () => {
  it('unticks an item through the back end, and offers the undo in one toast', async () => {
    const { edits, item, rows, lastToast, toasts } = await setUp([planItem({ id: 1, title: 'CompTIA A+' })]);

    await edits.setStatus(item('CompTIA A+'), 'done');
    expect(rows.get(1)?.status).toBe('done');
    expect(lastToast()).toMatchObject({ message: 'Marked ‘CompTIA A+’ done', action: { label: 'Undo' } });

    lastToast()?.action?.run();
    await vi.waitFor(() =>
      expect(lastToast()).toMatchObject({
        message: 'Undone: Marked ‘CompTIA A+’ done',
        action: { label: 'Redo' },
      }),
    );
    expect(rows.get(1)?.status).toBe('todo');
    expect(item('CompTIA A+').status).toBe('todo');
    expect(toasts.getState().toasts).toHaveLength(1);

    expect(await edits.redo()).toBe(true);
    expect(rows.get(1)?.status).toBe('done');
  });

  it('puts back the title, notes, due date and reminder an edit replaced', async () => {
    const { edits, item, rows } = await setUp([
      planItem({ id: 1, title: 'ITIL', notes: 'chapter 3', dueDate: '2026-05-01', reminderAt: null }),
    ]);
    await edits.edit(item('ITIL'), { title: 'ITIL 4 Foundation' });
    await edits.edit(item('ITIL 4 Foundation'), { notes: 'chapter 4' });
    await edits.edit(item('ITIL 4 Foundation'), { dueDate: null });
    await edits.edit(item('ITIL 4 Foundation'), { reminderAt: '2026-04-30T08:00:00.000Z' });

    for (let i = 0; i < 4; i += 1) expect(await edits.undo()).toBe(true);
    expect(rows.get(1)).toMatchObject({
      title: 'ITIL',
      notes: 'chapter 3',
      dueDate: '2026-05-01',
      reminderAt: null,
    });
    expect(await edits.undo()).toBe(false);
  });

  it('brings a deleted custom item back with its fields, and follows it when an older change is undone', async () => {
    const { edits, item, rows, plan } = await setUp([
      planItem({ id: 1, kind: 'custom', title: 'Read a networking book', description: 'The blue one' }),
    ]);
    await edits.setStatus(item('Read a networking book'), 'in-progress');
    await edits.edit(item('Read a networking book'), {
      notes: 'up to page 80',
      dueDate: '2026-06-01',
      reminderAt: '2026-05-30T08:00:00.000Z',
    });
    await edits.remove(item('Read a networking book'));
    expect(rows.size).toBe(0);

    expect(await edits.undo()).toBe(true);
    const restored = item('Read a networking book');
    expect(restored).toMatchObject({
      kind: 'custom',
      description: 'The blue one',
      notes: 'up to page 80',
      dueDate: '2026-06-01',
      reminderAt: '2026-05-30T08:00:00.000Z',
      status: 'in-progress',
    });
    expect(rows.get(restored.id)).toMatchObject({ status: 'in-progress' });

    // The edit and the status change were made to the old id; undoing them reaches the new item.
    expect(await edits.undo()).toBe(true);
    expect(await edits.undo()).toBe(true);
    expect(rows.get(restored.id)).toMatchObject({
      notes: '',
      dueDate: null,
      reminderAt: null,
      status: 'todo',
    });

    // Redo all three: the deletion removes the restored item again.
    for (let i = 0; i < 3; i += 1) expect(await edits.redo()).toBe(true);
    expect(rows.size).toBe(0);
    expect(plan.getState().plan?.items).toEqual([]);
  });

  it('keeps changes apart when the back end gives a deleted item’s id to a new one', async () => {
    const { edits, item, rows, api } = await setUp(
      [planItem({ id: 1, title: 'CompTIA A+' }), planItem({ id: 2, kind: 'custom', title: 'Old item' })],
      { reuseIds: true },
    );
    await edits.setStatus(item('Old item'), 'done');
    await edits.remove(item('Old item'));
    const added = await api.addCustomItem({ planId: 1, title: 'New item' });
    if (!added.ok) throw new Error('not added');
    expect(added.value.id).toBe(2);

    // Undo the deletion: the old item comes back under a new id, the new item keeps id 2.
    expect(await edits.undo()).toBe(true);
    const restored = [...rows.values()].find((i) => i.title === 'Old item');
    expect(restored?.id).toBe(3);
    expect(await edits.undo()).toBe(true);
    expect(rows.get(3)?.status).toBe('todo');
    expect(rows.get(2)).toMatchObject({ title: 'New item', status: 'todo' });

    for (let i = 0; i < 2; i += 1) expect(await edits.redo()).toBe(true);
    expect(rows.has(3)).toBe(false);
    expect(rows.get(2)?.title).toBe('New item');
  });

  it('follows an item that comes back under its old id', async () => {
    const { edits, item, rows } = await setUp([planItem({ id: 1, kind: 'custom', title: 'Last item' })], {
      reuseIds: true,
    });
    await edits.setStatus(item('Last item'), 'done');
    await edits.remove(item('Last item'));
    expect(await edits.undo()).toBe(true);
    expect(rows.get(1)).toMatchObject({ title: 'Last item', status: 'done' });
    expect(await edits.undo()).toBe(true);
    expect(rows.get(1)?.status).toBe('todo');
    expect(await edits.redo()).toBe(true);
    expect(await edits.redo()).toBe(true);
    expect(rows.size).toBe(0);
  });

  it('brings a path’s own item back whole, as the path’s item', async () => {
    const { edits, item, lastToast } = await setUp([
      planItem({
        id: 1,
        kind: 'certification',
        contentKey: 'support:certification:a-plus',
        title: 'CompTIA A+',
      }),
    ]);
    await edits.remove(item('CompTIA A+'));
    expect(lastToast()?.message).toBe('Deleted ‘CompTIA A+’');
    await edits.undo();
    expect(item('CompTIA A+')).toMatchObject({
      id: 1,
      kind: 'certification',
      contentKey: 'support:certification:a-plus',
    });
  });

  it('records nothing when the back end refuses the change', async () => {
    const { edits, item, api, notify, lastToast } = await setUp([planItem({ id: 1, title: 'CompTIA A+' })]);
    api.setItemStatus = async () => fail('storage-failed', 'The disk is full.');
    expect(await edits.setStatus(item('CompTIA A+'), 'done')).toBe(false);
    expect(notify).toHaveBeenCalledWith('error', expect.stringContaining('The disk is full.'));
    expect(await edits.undo()).toBe(false);
    expect(lastToast()?.message).toBe('Nothing to undo');
  });
});
