import { describe, expect, it, vi } from 'vitest';
import type { CertificationTracking, PlanItem } from '../../../shared/domain';
import { fail, ok, type Result } from '../../../shared/result';
import { computedExpiry } from '../../../renderer/src/lib/itemTrackingView';
import { createCurrentPlanStore, type CurrentPlanApi } from '../../../renderer/src/stores/currentPlanStore';
import { createItemEdits } from '../../../renderer/src/stores/itemEdits';
import { createItemTracking, type ItemTrackingApi } from '../../../renderer/src/stores/itemTracking';
import { createToastStore } from '../../../renderer/src/stores/toastStore';
import { createIdRefs, createUndoOffer } from '../../../renderer/src/stores/undoSupport';
import { createUndoStore } from '../../../renderer/src/stores/undoStore';
import { planWith } from '../../helpers/plan-fixtures';
import { planItem } from './fixtures';

const NOW = '2026-03-04T10:00:00.000Z';

function record(overrides: Partial<CertificationTracking> = {}): CertificationTracking {
  return {
    examDate: null,
    bookingNote: '',
    result: null,
    score: '',
    earnedDate: null,
    validityYears: 3,
    expiresDate: null,
    ...overrides,
  };
}

/**
 * A back end in memory with the real one's rules: new deliverables and links go to the end of
 * their list under a new id, and a pass with its date earned ticks an unfinished certification off.
 */
function memoryBackEnd(items: PlanItem[], { reuseIds = false } = {}) {
  const rows = new Map(items.map((item) => [item.id, structuredClone(item)]));
  let nextItemId = 100;
  let nextEntryId = 500;
  const entryId = (of: (item: PlanItem) => { id: number }[]) =>
    reuseIds
      ? Math.max(0, ...[...rows.values()].flatMap((item) => of(item).map((e) => e.id))) + 1
      : nextEntryId++;
  const copy = (item: PlanItem): Result<PlanItem> => ok(structuredClone(item));
  const deleted = new Map<number, PlanItem>();
  const missing = (what: string, id: number) => fail('not-found', `There is no ${what} with id ${id}.`);
  const holding = (of: (item: PlanItem) => { id: number }[], id: number) =>
    [...rows.values()].find((item) => of(item).some((entry) => entry.id === id));

  const api: CurrentPlanApi & ItemTrackingApi = {
    getPlan: async () => ok(planWith([...rows.values()].map((item) => structuredClone(item)))),
    setItemStatus: async ({ itemId, status }) => {
      const row = rows.get(itemId);
      if (row === undefined) return missing('plan item', itemId);
      Object.assign(row, { status, completedAt: status === 'done' ? NOW : null });
      return copy(row);
    },
    updateItem: async () => fail('internal', 'not expected in this test'),
    addCustomItem: async ({ planId, title, description, dueDate }) => {
      const item = planItem({
        id: nextItemId++,
        planId,
        kind: 'custom',
        title,
        description: description ?? '',
        dueDate: dueDate ?? null,
      });
      rows.set(item.id, item);
      return copy(item);
    },
    deleteItem: async ({ itemId }) => {
      const row = rows.get(itemId);
      if (row === undefined) return missing('plan item', itemId);
      rows.delete(itemId);
      deleted.set(itemId, row);
      return ok({ itemId, planId: 1 });
    },
    // The item comes back whole; under a new id here, which the contract allows and changes must follow.
    restoreItem: async ({ itemId }) => {
      const row = deleted.get(itemId);
      if (row === undefined) return missing('deleted plan item', itemId);
      deleted.delete(itemId);
      const item = { ...structuredClone(row), id: nextItemId++ };
      rows.set(item.id, item);
      return copy(item);
    },
    deletePlan: async () => fail('internal', 'not expected in this test'),
    exportPlanPdf: async () => fail('internal', 'not expected in this test'),

    updateCertification: async ({ itemId, ...change }) => {
      const row = rows.get(itemId);
      if (row === undefined) return missing('plan item', itemId);
      if (row.certification === null)
        return fail('invalid-argument', `"${row.title}" is not a certification.`);
      const before = row.certification;
      const after = { ...before };
      for (const [field, value] of Object.entries(change))
        if (value !== undefined) Object.assign(after, { [field]: value });
      const setByHand =
        before.expiresDate !== null &&
        before.expiresDate !== computedExpiry(before.earnedDate, before.validityYears);
      if (change.expiresDate === null || (change.expiresDate === undefined && !setByHand))
        after.expiresDate = computedExpiry(after.earnedDate, after.validityYears);
      const recordsPass = change.result !== undefined || change.earnedDate !== undefined;
      if (recordsPass && after.result === 'passed' && after.earnedDate !== null && row.status !== 'done')
        Object.assign(row, { status: 'done', completedAt: NOW });
      row.certification = after;
      return copy(row);
    },
    addDeliverable: async ({ itemId, title }) => {
      const row = rows.get(itemId);
      if (row === undefined) return missing('plan item', itemId);
      if (row.kind !== 'project') return fail('invalid-argument', `"${row.title}" is not a project.`);
      row.deliverables.push({ id: entryId((item) => item.deliverables), title: title.trim(), done: false });
      return copy(row);
    },
    updateDeliverable: async ({ deliverableId, title, done }) => {
      const row = holding((item) => item.deliverables, deliverableId);
      const deliverable = row?.deliverables.find((d) => d.id === deliverableId);
      if (row === undefined || deliverable === undefined) return missing('deliverable', deliverableId);
      Object.assign(deliverable, { title: title ?? deliverable.title, done: done ?? deliverable.done });
      return copy(row);
    },
    deleteDeliverable: async ({ deliverableId }) => {
      const row = holding((item) => item.deliverables, deliverableId);
      if (row === undefined) return missing('deliverable', deliverableId);
      row.deliverables = row.deliverables.filter((d) => d.id !== deliverableId);
      return copy(row);
    },
    addEvidenceLink: async ({ itemId, kind, url, label }) => {
      const row = rows.get(itemId);
      if (row === undefined) return missing('plan item', itemId);
      row.evidence.push({ id: entryId((item) => item.evidence), kind, url: url.trim(), label: label ?? '' });
      return copy(row);
    },
    deleteEvidenceLink: async ({ linkId }) => {
      const row = holding((item) => item.evidence, linkId);
      if (row === undefined) return missing('evidence link', linkId);
      row.evidence = row.evidence.filter((link) => link.id !== linkId);
      return copy(row);
    },
    snoozeReminder: async ({ itemId, until }) => {
      const row = rows.get(itemId);
      if (row === undefined) return missing('plan item', itemId);
      row.snoozedUntil = until;
      return copy(row);
    },
  };
  return { api, rows };
}

/** The app's wiring: one history and one toast for item edits and tracking alike. */
async function setUp(items: PlanItem[], options: { reuseIds?: boolean } = {}) {
  const backEnd = memoryBackEnd(items, options);
  const api = { ...backEnd.api };
  const notify = vi.fn();
  const plan = createCurrentPlanStore({ api, notify });
  await plan.getState().open(1);
  const toasts = createToastStore();
  const history = createUndoStore();
  const itemRefs = createIdRefs();
  const edits = createItemEdits({
    plan: () => plan.getState(),
    history,
    toasts: toasts.getState(),
    itemRefs,
  });
  const tracking = createItemTracking({
    api,
    notify,
    applyItem: (item) =>
      plan.setState((state) =>
        state.plan === null
          ? state
          : { plan: { ...state.plan, items: state.plan.items.map((i) => (i.id === item.id ? item : i)) } },
      ),
    now: () => new Date(NOW),
    history: {
      plan: () => plan.getState(),
      offer: createUndoOffer({ history, toasts: toasts.getState(), undo: () => void edits.undo() }),
      itemRefs,
    },
  });
  const item = (title: string): PlanItem => {
    const found = plan.getState().plan?.items.find((i) => i.title === title);
    if (found === undefined) throw new Error(`no item “${title}” on screen`);
    return found;
  };
  const deliverable = (itemTitle: string, title: string) => {
    const found = item(itemTitle).deliverables.find((d) => d.title === title);
    if (found === undefined) throw new Error(`no deliverable “${title}” on screen`);
    return found;
  };
  const link = (itemTitle: string, url: string) => {
    const found = item(itemTitle).evidence.find((l) => l.url === url);
    if (found === undefined) throw new Error(`no link to ${url} on screen`);
    return found;
  };
  const stored = (title: string) => [...backEnd.rows.values()].find((i) => i.title === title);
  const lastToast = () => toasts.getState().toasts.at(-1);
  return {
    ...backEnd,
    api,
    plan,
    edits,
    tracking,
    history,
    item,
    deliverable,
    link,
    stored,
    lastToast,
    notify,
  };
}

const CERT = 'CompTIA A+';
const PROJECT = 'Portfolio site';

function certification(overrides: Partial<PlanItem> = {}): PlanItem {
  return planItem({ id: 1, kind: 'certification', title: CERT, certification: record(), ...overrides });
}

function project(overrides: Partial<PlanItem> = {}): PlanItem {
  return planItem({
    id: 2,
    kind: 'project',
    title: PROJECT,
    deliverables: [
      { id: 11, title: 'Write the README', done: false },
      { id: 12, title: 'Deploy it', done: true },
    ],
    ...overrides,
  });
}

describe('undoing a certification record', () => {
  it('puts back exactly the fields a change replaced, and redoes the change', async () => {
    const s = await setUp([
      certification({ certification: record({ bookingNote: 'Pearson VUE', score: '700' }) }),
    ]);
    const updateCertification = vi.spyOn(s.api, 'updateCertification');

    await s.tracking.updateCertification(1, { bookingNote: 'Booking 4711' });
    await s.tracking.updateCertification(1, { examDate: '2026-05-10' });
    expect(s.lastToast()).toMatchObject({
      message: `Set the exam date of ‘${CERT}’ to 10 May 2026`,
      action: { label: 'Undo' },
    });

    expect(await s.edits.undo()).toBe(true);
    expect(updateCertification).toHaveBeenLastCalledWith({ itemId: 1, examDate: null });
    expect(s.lastToast()).toMatchObject({
      message: `Undone: Set the exam date of ‘${CERT}’ to 10 May 2026`,
      action: { label: 'Redo' },
    });
    expect(s.item(CERT).certification).toMatchObject({
      examDate: null,
      bookingNote: 'Booking 4711',
      score: '700',
    });

    expect(await s.edits.undo()).toBe(true);
    expect(updateCertification).toHaveBeenLastCalledWith({ itemId: 1, bookingNote: 'Pearson VUE' });
    expect(s.stored(CERT)?.certification).toMatchObject({ bookingNote: 'Pearson VUE', score: '700' });

    expect(await s.edits.redo()).toBe(true);
    expect(await s.edits.redo()).toBe(true);
    expect(s.stored(CERT)?.certification).toMatchObject({
      bookingNote: 'Booking 4711',
      examDate: '2026-05-10',
    });
    expect(s.item(CERT).certification?.examDate).toBe('2026-05-10');
  });

  it('unticks a certification that a recorded pass ticked off, and redo ticks it again', async () => {
    const s = await setUp([
      certification({ status: 'in-progress', certification: record({ result: 'passed' }) }),
    ]);

    await s.tracking.updateCertification(1, { earnedDate: '2026-03-01' });
    expect(s.item(CERT)).toMatchObject({ status: 'done', certification: { expiresDate: '2029-03-01' } });
    expect(s.lastToast()?.message).toBe(`Set the date ‘${CERT}’ was earned to 1 Mar 2026 and marked it done`);

    expect(await s.edits.undo()).toBe(true);
    expect(s.stored(CERT)).toMatchObject({
      status: 'in-progress',
      completedAt: null,
      certification: { result: 'passed', earnedDate: null, expiresDate: null },
    });
    expect(s.item(CERT).status).toBe('in-progress');
    // Both halves are one step: nothing older is left to undo.
    expect(s.history.getState().past).toEqual([]);

    expect(await s.edits.redo()).toBe(true);
    expect(s.stored(CERT)).toMatchObject({ status: 'done', certification: { earnedDate: '2026-03-01' } });
    expect(s.item(CERT).status).toBe('done');
  });

  it('leaves the status alone when the change did not tick the item off', async () => {
    const s = await setUp([certification({ status: 'done', completedAt: NOW })]);
    const setItemStatus = vi.spyOn(s.api, 'setItemStatus');
    await s.tracking.updateCertification(1, { result: 'passed', earnedDate: '2026-03-01' });
    expect(s.lastToast()?.message).toBe(`Changed the exam record of ‘${CERT}’`);
    expect(await s.edits.undo()).toBe(true);
    expect(s.stored(CERT)).toMatchObject({
      status: 'done',
      certification: { result: null, earnedDate: null },
    });
    expect(setItemStatus).not.toHaveBeenCalled();
  });
});

describe('undoing deliverable changes', () => {
  it('unticks a ticked deliverable and redo ticks it again', async () => {
    const s = await setUp([project()]);
    await s.tracking.setDeliverableDone(11, true);
    expect(s.lastToast()).toMatchObject({
      message: `Ticked ‘Write the README’ of ‘${PROJECT}’`,
      action: { label: 'Undo' },
    });
    expect(await s.edits.undo()).toBe(true);
    expect(s.deliverable(PROJECT, 'Write the README').done).toBe(false);
    expect(await s.edits.redo()).toBe(true);
    expect(s.deliverable(PROJECT, 'Write the README').done).toBe(true);

    await s.tracking.setDeliverableDone(12, false);
    expect(s.lastToast()?.message).toBe(`Unticked ‘Deploy it’ of ‘${PROJECT}’`);
    expect(await s.edits.undo()).toBe(true);
    expect(s.stored(PROJECT)?.deliverables.find((d) => d.id === 12)?.done).toBe(true);
  });

  it('puts back the old title of a renamed deliverable', async () => {
    const s = await setUp([project()]);
    await s.tracking.renameDeliverable(11, 'Write a good README');
    expect(s.lastToast()?.message).toBe(
      'Renamed the deliverable ‘Write the README’ to ‘Write a good README’',
    );
    expect(await s.edits.undo()).toBe(true);
    expect(s.item(PROJECT).deliverables.map((d) => d.title)).toEqual(['Write the README', 'Deploy it']);
    expect(await s.edits.redo()).toBe(true);
    expect(s.stored(PROJECT)?.deliverables[0]?.title).toBe('Write a good README');
  });

  it('deletes the deliverable it added, and follows it to its new id when added again', async () => {
    const s = await setUp([project()]);
    await s.tracking.addDeliverable(2, 'Deploy it');
    expect(s.lastToast()?.message).toBe(`Added ‘Deploy it’ to ‘${PROJECT}’`);
    const added = s.item(PROJECT).deliverables[2];
    if (added === undefined) throw new Error('nothing added');
    await s.tracking.setDeliverableDone(added.id, true);

    expect(await s.edits.undo()).toBe(true);
    expect(await s.edits.undo()).toBe(true);
    // Only the one added goes, not the older deliverable of the same name.
    expect(s.stored(PROJECT)?.deliverables).toEqual([
      { id: 11, title: 'Write the README', done: false },
      { id: 12, title: 'Deploy it', done: true },
    ]);

    expect(await s.edits.redo()).toBe(true);
    expect(await s.edits.redo()).toBe(true);
    const again = s.stored(PROJECT)?.deliverables[2];
    expect(again).toMatchObject({ title: 'Deploy it', done: true });
    expect(again?.id).not.toBe(added.id);
    expect(s.item(PROJECT).deliverables).toEqual(s.stored(PROJECT)?.deliverables);
  });

  it('brings a deleted deliverable back ticked, says where, and older changes follow it', async () => {
    const s = await setUp([
      project({
        deliverables: [
          { id: 11, title: 'Write the README', done: false },
          { id: 12, title: 'Deploy it', done: false },
        ],
      }),
    ]);
    await s.tracking.setDeliverableDone(11, true);
    await s.tracking.deleteDeliverable(11);
    expect(s.lastToast()?.message).toBe(
      `Removed ‘Write the README’ from ‘${PROJECT}’. Undo adds it back at the end of the list.`,
    );
    expect(s.item(PROJECT).deliverables.map((d) => d.title)).toEqual(['Deploy it']);

    expect(await s.edits.undo()).toBe(true);
    const back = s.deliverable(PROJECT, 'Write the README');
    expect(back).toMatchObject({ done: true });
    expect(back.id).not.toBe(11);
    expect(s.stored(PROJECT)?.deliverables.map((d) => d.title)).toEqual(['Deploy it', 'Write the README']);

    // The tick was made to the old id; undoing it reaches the deliverable that came back.
    expect(await s.edits.undo()).toBe(true);
    expect(s.stored(PROJECT)?.deliverables.find((d) => d.id === back.id)?.done).toBe(false);

    expect(await s.edits.redo()).toBe(true);
    expect(await s.edits.redo()).toBe(true);
    expect(s.stored(PROJECT)?.deliverables.map((d) => d.title)).toEqual(['Deploy it']);
  });

  it('does not promise a place it cannot keep when the last deliverable is deleted', async () => {
    const s = await setUp([project()]);
    await s.tracking.deleteDeliverable(12);
    expect(s.lastToast()?.message).toBe(`Removed ‘Deploy it’ from ‘${PROJECT}’`);
  });

  it('keeps changes apart when the back end gives a deleted deliverable’s id to a new one', async () => {
    const s = await setUp([project()], { reuseIds: true });
    await s.tracking.setDeliverableDone(12, false);
    await s.tracking.deleteDeliverable(12);
    await s.tracking.addDeliverable(2, 'Record a demo');
    expect(s.deliverable(PROJECT, 'Record a demo').id).toBe(12);

    // Undo the add, then the deletion: the deleted one comes back; then its untick is undone.
    for (let i = 0; i < 3; i += 1) expect(await s.edits.undo()).toBe(true);
    expect(s.stored(PROJECT)?.deliverables.map((d) => [d.title, d.done])).toEqual([
      ['Write the README', false],
      ['Deploy it', true],
    ]);
    for (let i = 0; i < 3; i += 1) expect(await s.edits.redo()).toBe(true);
    expect(s.stored(PROJECT)?.deliverables.map((d) => [d.title, d.done])).toEqual([
      ['Write the README', false],
      ['Record a demo', false],
    ]);
  });
});

describe('undoing evidence links', () => {
  const DEMO = 'https://example.com/demo';

  it('deletes the link it added; redo adds it again with its kind, address and label', async () => {
    const s = await setUp([project()]);
    await s.tracking.addEvidenceLink(2, { kind: 'demo', url: DEMO, label: 'Demo' });
    expect(s.lastToast()?.message).toBe('Added the evidence link ‘Demo’');
    expect(await s.edits.undo()).toBe(true);
    expect(s.item(PROJECT).evidence).toEqual([]);
    expect(await s.edits.redo()).toBe(true);
    expect(s.stored(PROJECT)?.evidence).toEqual([
      expect.objectContaining({ kind: 'demo', url: DEMO, label: 'Demo' }),
    ]);
    expect(await s.edits.undo()).toBe(true);
    expect(s.stored(PROJECT)?.evidence).toEqual([]);
  });

  it('adds a deleted link back, and an older change follows it to its new id', async () => {
    const s = await setUp([
      project({ evidence: [{ id: 31, kind: 'repository', url: 'https://github.com/me/site', label: '' }] }),
    ]);
    await s.tracking.addEvidenceLink(2, { kind: 'demo', url: DEMO, label: 'Demo' });
    const demo = s.link(PROJECT, DEMO);
    await s.tracking.deleteEvidenceLink(demo.id);
    expect(s.lastToast()?.message).toBe('Removed the evidence link ‘Demo’');
    expect(await s.edits.undo()).toBe(true);
    const back = s.link(PROJECT, DEMO);
    expect(back).toMatchObject({ kind: 'demo', label: 'Demo' });
    expect(back.id).not.toBe(demo.id);

    // Undoing the add removes the link that came back, not the older one.
    expect(await s.edits.undo()).toBe(true);
    expect(s.stored(PROJECT)?.evidence.map((l) => l.url)).toEqual(['https://github.com/me/site']);
  });

  it('follows an item that Undo brought back after it was deleted', async () => {
    const s = await setUp([
      planItem({
        id: 3,
        kind: 'custom',
        title: 'Read a networking book',
        evidence: [{ id: 41, kind: 'write-up', url: 'https://example.com/notes', label: '' }],
      }),
    ]);
    await s.tracking.deleteEvidenceLink(41);
    expect(s.lastToast()?.message).toBe('Removed the evidence link ‘example.com/notes’');
    await s.edits.remove(s.item('Read a networking book'));
    expect(await s.edits.undo()).toBe(true);
    const restored = s.item('Read a networking book');
    expect(restored.id).not.toBe(3);
    expect(await s.edits.undo()).toBe(true);
    expect(s.stored('Read a networking book')?.evidence).toEqual([
      expect.objectContaining({ kind: 'write-up', url: 'https://example.com/notes' }),
    ]);
    expect(s.item('Read a networking book').evidence).toHaveLength(1);
  });
});

describe('what stays out of the history', () => {
  it('drops a change whose undo the back end refuses, and says why', async () => {
    const s = await setUp([project()]);
    await s.tracking.setDeliverableDone(11, true);
    await s.tracking.setDeliverableDone(12, false);
    // Somewhere else the deliverable went away.
    await s.api.deleteDeliverable({ deliverableId: 12 });

    expect(await s.edits.undo()).toBe(false);
    expect(s.notify).toHaveBeenCalledWith('error', 'There is no deliverable with id 12.');
    expect(s.history.getState().past.map((c) => c.description)).toEqual([
      `Ticked ‘Write the README’ of ‘${PROJECT}’`,
    ]);
    expect(s.history.getState().future).toEqual([]);
    expect(await s.edits.undo()).toBe(true);
    expect(s.stored(PROJECT)?.deliverables[0]?.done).toBe(false);
  });

  it('records nothing when the save is refused', async () => {
    const s = await setUp([certification()]);
    s.api.updateCertification = async () =>
      fail('invalid-argument', 'The expiry date must come after the date the certification was earned.');
    expect(await s.tracking.updateCertification(1, { expiresDate: '2020-01-01' })).toBe(false);
    expect(s.history.getState().past).toEqual([]);
  });

  it('leaves a snooze out of undo', async () => {
    const s = await setUp([certification({ reminderAt: '2026-03-04T09:00:00.000Z' })]);
    expect(await s.tracking.snooze(1, '1-hour')).toBe(true);
    expect(s.history.getState().past).toEqual([]);
  });
});
