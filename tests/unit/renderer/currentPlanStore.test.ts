import { describe, expect, it, vi } from 'vitest';
import type { PlanDetail, PlanItem } from '../../../shared/domain';
import { fail, ok, type Result } from '../../../shared/result';
import { createCurrentPlanStore, type CurrentPlanApi } from '../../../renderer/src/stores/currentPlanStore';
import { withPendingStatuses } from '../../../renderer/src/stores/optimisticStatus';
import { planWith } from '../../helpers/plan-fixtures';
import { planItem } from './fixtures';

function plan(items: PlanItem[]): PlanDetail {
  return planWith(items, {
    name: 'Support Engineer plan',
    pathTitle: 'Support Engineer',
    startDate: '2026-01-01',
    targetDate: '2026-07-01',
    createdAt: '2026-01-01T09:00:00.000Z',
    done: 0,
  });
}

/** A promise the test settles by hand, to look at the store while a call is in flight. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

function fakeApi(overrides: Partial<CurrentPlanApi> = {}): CurrentPlanApi {
  const unexpected = async () => fail('internal', 'not expected in this test');
  return {
    getPlan: async () => ok(plan([planItem({ id: 1, title: 'CompTIA A+' }), planItem({ id: 2 })])),
    setItemStatus: unexpected,
    updateItem: unexpected,
    addCustomItem: unexpected,
    deleteItem: unexpected,
    restoreItem: unexpected,
    deletePlan: unexpected,
    exportPlanPdf: unexpected,
    ...overrides,
  };
}

const now = () => new Date('2026-03-04T10:00:00.000Z');

function visibleStatus(store: ReturnType<typeof createCurrentPlanStore>, itemId: number) {
  const { plan: current, pendingStatuses } = store.getState();
  return withPendingStatuses(current?.items ?? [], pendingStatuses).find((i) => i.id === itemId)?.status;
}

describe('ticking an item', () => {
  it('shows the tick at once, before the back end answers', async () => {
    const answer = deferred<Result<PlanItem>>();
    const store = createCurrentPlanStore({
      api: fakeApi({ setItemStatus: () => answer.promise }),
      notify: vi.fn(),
      now,
    });
    await store.getState().open(1);

    const saving = store.getState().setItemStatus(1, 'done');
    expect(visibleStatus(store, 1)).toBe('done');

    answer.resolve(ok(planItem({ id: 1, status: 'done', completedAt: '2026-03-04T10:00:01.000Z' })));
    expect(await saving).toBe(true);
    expect(visibleStatus(store, 1)).toBe('done');
    expect(store.getState().pendingStatuses).toEqual({});
  });

  it('rolls the tick back and says why when the back end refuses it', async () => {
    const notify = vi.fn();
    const store = createCurrentPlanStore({
      api: fakeApi({ setItemStatus: async () => fail('storage-failed', 'The disk is full.') }),
      notify,
      now,
    });
    await store.getState().open(1);

    expect(await store.getState().setItemStatus(1, 'done')).toBe(false);
    expect(visibleStatus(store, 1)).toBe('todo');
    expect(notify).toHaveBeenCalledWith('error', expect.stringContaining('The disk is full.'));
  });

  it('rolls back when the bridge itself fails', async () => {
    const notify = vi.fn();
    const store = createCurrentPlanStore({
      api: fakeApi({ setItemStatus: () => Promise.reject(new Error('connection lost')) }),
      notify,
      now,
    });
    await store.getState().open(1);
    expect(await store.getState().setItemStatus(1, 'done')).toBe(false);
    expect(visibleStatus(store, 1)).toBe('todo');
    expect(notify).toHaveBeenCalledWith('error', expect.stringContaining('connection lost'));
  });

  it('a late failure of an earlier tick does not undo a newer change to the same item', async () => {
    const first = deferred<Result<PlanItem>>();
    const second = deferred<Result<PlanItem>>();
    const calls = [first, second];
    const store = createCurrentPlanStore({
      api: fakeApi({ setItemStatus: () => calls.shift()!.promise }),
      notify: vi.fn(),
      now,
    });
    await store.getState().open(1);

    const ticking = store.getState().setItemStatus(1, 'done');
    const progressing = store.getState().setItemStatus(1, 'in-progress');
    first.resolve(fail('storage-failed', 'busy'));
    await ticking;
    expect(visibleStatus(store, 1)).toBe('in-progress');

    second.resolve(ok(planItem({ id: 1, status: 'in-progress' })));
    await progressing;
    expect(visibleStatus(store, 1)).toBe('in-progress');
  });

  it('a refetch while a tick is saving keeps showing the tick', async () => {
    const answer = deferred<Result<PlanItem>>();
    const store = createCurrentPlanStore({
      api: fakeApi({ setItemStatus: () => answer.promise }),
      notify: vi.fn(),
      now,
    });
    await store.getState().open(1);
    const saving = store.getState().setItemStatus(2, 'done');
    await store.getState().refresh();
    expect(visibleStatus(store, 2)).toBe('done');
    answer.resolve(ok(planItem({ id: 2, status: 'done' })));
    await saving;
  });

  it('an unconfirmed tick shows today as the completion date', () => {
    const [shown] = withPendingStatuses([planItem({ id: 1 })], {
      1: { status: 'done', serial: 1, changedAt: '2026-03-04T10:00:00.000Z' },
    });
    expect(shown?.completedAt).toBe('2026-03-04T10:00:00.000Z');
  });
});

describe('other plan actions', () => {
  it('exporting a PDF says where it was saved', async () => {
    const notify = vi.fn();
    const store = createCurrentPlanStore({
      api: fakeApi({ exportPlanPdf: async () => ok({ status: 'saved' as const, fileName: 'plan.pdf' }) }),
      notify,
      now,
    });
    await store.getState().open(1);
    await store.getState().exportPdf();
    expect(notify).toHaveBeenCalledWith('success', 'Saved plan.pdf');
  });

  it('canceling the save dialog says nothing', async () => {
    const notify = vi.fn();
    const store = createCurrentPlanStore({
      api: fakeApi({ exportPlanPdf: async () => ok({ status: 'canceled' as const }) }),
      notify,
      now,
    });
    await store.getState().open(1);
    await store.getState().exportPdf();
    expect(notify).not.toHaveBeenCalled();
  });

  it('a plan that cannot be found shows the back end message', async () => {
    const store = createCurrentPlanStore({
      api: fakeApi({ getPlan: async () => fail('not-found', 'This plan no longer exists.') }),
      notify: vi.fn(),
      now,
    });
    await store.getState().open(9);
    expect(store.getState()).toMatchObject({
      status: 'error',
      error: 'This plan no longer exists.',
      plan: null,
    });
  });

  it('a slow answer for a plan the person already left is ignored', async () => {
    const slow = deferred<Result<PlanDetail>>();
    const store = createCurrentPlanStore({
      api: fakeApi({
        getPlan: ({ planId }) => (planId === 1 ? slow.promise : Promise.resolve(ok({ ...plan([]), id: 2 }))),
      }),
      notify: vi.fn(),
      now,
    });
    const first = store.getState().open(1);
    await store.getState().open(2);
    slow.resolve(ok(plan([])));
    await first;
    expect(store.getState().plan?.id).toBe(2);
  });

  it('a custom item appears in the plan once added', async () => {
    const store = createCurrentPlanStore({
      api: fakeApi({
        addCustomItem: async ({ title }) => ok(planItem({ id: 10, kind: 'custom', title })),
      }),
      notify: vi.fn(),
      now,
    });
    await store.getState().open(1);
    expect(await store.getState().addCustomItem({ title: 'Read a book' })).toBe(true);
    expect(store.getState().plan?.items.map((i) => i.title)).toContain('Read a book');
  });
});
