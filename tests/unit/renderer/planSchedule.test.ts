import { describe, expect, it, vi } from 'vitest';
import type { PlanDetail, PlanItem } from '../../../shared/domain';
import { fail, ok, type Result } from '../../../shared/result';
import { previewReschedule } from '../../../renderer/src/newPlan/schedulePreview';
import {
  describePlace,
  fitOrder,
  moveNextTo,
  moveOneStep,
  studyOrder,
  withOrder,
} from '../../../renderer/src/planView/reorder';
import {
  createPlanScheduleStore,
  type PlanScheduleApi,
} from '../../../renderer/src/stores/planScheduleStore';
import { createPlanViewStore } from '../../../renderer/src/stores/planViewStore';
import { planWith } from '../../helpers/plan-fixtures';
import { planItem } from './fixtures';

describe('reordering', () => {
  const order = [10, 11, 12, 13, 14];

  it('reads the study order from the items’ positions', () => {
    expect(
      studyOrder([
        { id: 3, position: 2 },
        { id: 1, position: 0 },
        { id: 2, position: 1 },
      ]),
    ).toEqual([1, 2, 3]);
  });

  it('moves an item one step within the whole study order', () => {
    expect(moveOneStep(order, order, 12, 'up')).toEqual([10, 12, 11, 13, 14]);
    expect(moveOneStep(order, order, 12, 'down')).toEqual([10, 11, 13, 12, 14]);
    expect(moveOneStep(order, order, 10, 'up')).toBeNull();
    expect(moveOneStep(order, order, 14, 'down')).toBeNull();
  });

  it('moves an item past its neighbour in the group it is shown in, leaving the other items in place', () => {
    // Certifications 10, 12 and 14 shown together; tools 11 and 13 elsewhere.
    const certifications = [10, 12, 14];
    expect(moveOneStep(order, certifications, 14, 'up')).toEqual([10, 11, 14, 12, 13]);
    expect(moveOneStep(order, certifications, 10, 'down')).toEqual([11, 12, 10, 13, 14]);
  });

  it('drops an item before or after another, and a drop that changes nothing is no move', () => {
    expect(moveNextTo(order, 14, 11, 'before')).toEqual([10, 14, 11, 12, 13]);
    expect(moveNextTo(order, 10, 13, 'after')).toEqual([11, 12, 13, 10, 14]);
    expect(moveNextTo(order, 11, 12, 'before')).toBeNull();
    expect(moveNextTo(order, 11, 11, 'after')).toBeNull();
    expect(moveNextTo(order, 99, 11, 'after')).toBeNull();
  });

  it('tells a screen reader where the item now is', () => {
    expect(describePlace('CompTIA A+', [12, 10, 14], 10, 'Certifications')).toBe(
      '‘CompTIA A+’ moved to 2 of 3 in Certifications.',
    );
  });

  it('shows the new order at once by giving every item its new position', () => {
    const items = [
      planItem({ id: 1, position: 0 }),
      planItem({ id: 2, position: 1 }),
      planItem({ id: 3, position: 2 }),
    ];
    expect(withOrder(items, [3, 1, 2]).map((i) => [i.id, i.position])).toEqual([
      [3, 0],
      [1, 1],
      [2, 2],
    ]);
  });

  it('an undone move fits the plan as it is now: deleted items out, new ones kept at the end', () => {
    const now = [
      planItem({ id: 2, position: 0 }),
      planItem({ id: 1, position: 1 }),
      planItem({ id: 4, position: 2 }),
    ];
    expect(fitOrder([1, 2, 3], now)).toEqual([1, 2, 4]);
  });
});

describe('previewing a schedule change', () => {
  // 2026-03-16 is a Monday.
  const items = [
    planItem({ id: 1, position: 0, effortHours: 10, status: 'done', dueDate: '2026-03-01' }),
    planItem({ id: 2, position: 1, effortHours: 10, startDate: '2026-03-02', dueDate: '2026-03-13' }),
    planItem({ id: 3, position: 2, effortHours: 5, status: 'skipped' }),
    planItem({ id: 4, position: 3, effortHours: 10, startDate: '2026-03-16', dueDate: '2026-03-27' }),
  ];
  const plan = planWith(items, { startDate: '2026-03-02', targetDate: '2026-04-30' });

  it('re-plans the unfinished items from today, leaving done and skipped ones out', () => {
    const result = previewReschedule(
      plan,
      { budget: [120, 120, 120, 120, 120, 0, 0], mode: 'asap', targetDate: '2026-04-30' },
      '2026-03-16',
    );
    expect(result).toEqual({
      ok: true,
      preview: { projectedFinish: '2026-03-27', targetShortfallDays: 0, totalHours: 20 },
    });
  });

  it('starts a paused plan from the day it was paused', () => {
    const paused = { ...plan, schedule: { ...plan.schedule, pausedSince: '2026-03-09' } };
    const result = previewReschedule(
      paused,
      { budget: [120, 120, 120, 120, 120, 0, 0], mode: 'asap', targetDate: '2026-04-30' },
      '2026-03-16',
    );
    expect(result.ok && result.preview.projectedFinish).toBe('2026-03-20');
  });

  it('says how far a target is missed, and refuses a week with no study time', () => {
    const late = previewReschedule(
      plan,
      { budget: [30, 0, 0, 0, 0, 0, 0], mode: 'target', targetDate: '2026-04-30' },
      '2026-03-16',
    );
    expect(late.ok && late.preview.targetShortfallDays).toBeGreaterThan(200);
    const none = previewReschedule(
      plan,
      { budget: [0, 0, 0, 0, 0, 0, 0], mode: 'asap', targetDate: '2026-04-30' },
      '2026-03-16',
    );
    expect(none).toEqual({ ok: false, problem: expect.stringMatching(/no study time/) });
  });
});

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

function scheduleHarness(api: Partial<PlanScheduleApi>, start: PlanDetail) {
  let shown: PlanDetail | null = start;
  const notify = vi.fn();
  const refresh = vi.fn(async () => undefined);
  const unexpected = async () => fail('internal', 'not expected in this test');
  const store = createPlanScheduleStore({
    api: {
      updatePlanSchedule: unexpected,
      replanFromToday: unexpected,
      pausePlan: unexpected,
      resumePlan: unexpected,
      reorderItems: unexpected,
      savePlanIcs: unexpected,
      ...api,
    },
    notify,
    currentPlan: () => shown,
    showPlan: (plan) => (shown = plan),
    refresh,
  });
  return { store, notify, refresh, shown: () => shown };
}

describe('schedule changes on the open plan', () => {
  const items: PlanItem[] = [planItem({ id: 1, position: 0 }), planItem({ id: 2, position: 1 })];
  const plan = planWith(items);

  it('shows the plan the back end answers with after a re-plan, pause or resume', async () => {
    const paused = { ...plan, schedule: { ...plan.schedule, pausedSince: '2026-03-01' } };
    const { store, shown } = scheduleHarness({ pausePlan: async () => ok(paused) }, plan);
    expect(await store.getState().pause(plan.id)).toBe(true);
    expect(shown()?.schedule.pausedSince).toBe('2026-03-01');
    expect(store.getState().saving).toBeNull();
  });

  it('keeps the plan and says why when the back end refuses', async () => {
    const { store, notify, shown } = scheduleHarness(
      { resumePlan: async () => fail('invalid-argument', 'This plan is not paused.') },
      plan,
    );
    expect(await store.getState().resume(plan.id)).toBe(false);
    expect(shown()).toBe(plan);
    expect(notify).toHaveBeenCalledWith('error', 'This plan is not paused.');
  });

  it('waits for one schedule change before starting another', async () => {
    const answer = deferred<Result<PlanDetail>>();
    const replan = vi.fn(() => answer.promise);
    const { store } = scheduleHarness({ replanFromToday: replan }, plan);
    const first = store.getState().replanFromToday(plan.id);
    expect(store.getState().saving).toBe('replan');
    expect(await store.getState().replanFromToday(plan.id)).toBe(false);
    answer.resolve(ok(plan));
    expect(await first).toBe(true);
    expect(replan).toHaveBeenCalledTimes(1);
  });

  it('shows a new order at once and keeps only the answer to the latest of quick moves', async () => {
    const answers = [deferred<Result<PlanDetail>>(), deferred<Result<PlanDetail>>()];
    let call = 0;
    const { store, shown } = scheduleHarness({ reorderItems: () => answers[call++]!.promise }, plan);
    const first = store.getState().reorder(plan.id, [2, 1]);
    expect(shown()?.items.map((i) => i.id)).toEqual([2, 1]);
    const second = store.getState().reorder(plan.id, [1, 2]);
    expect(shown()?.items.map((i) => i.id)).toEqual([1, 2]);

    const latest = planWith([
      planItem({ id: 1, position: 0, dueDate: '2026-04-01' }),
      planItem({ id: 2, position: 1 }),
    ]);
    answers[1]!.resolve(ok(latest));
    await second;
    answers[0]!.resolve(ok(planWith([items[1]!, items[0]!])));
    await first;
    expect(shown()).toBe(latest);
  });

  it('re-reads the plan when a new order is refused', async () => {
    const { store, notify, refresh } = scheduleHarness(
      { reorderItems: async () => fail('invalid-argument', 'The new order names an item more than once.') },
      plan,
    );
    expect(await store.getState().reorder(plan.id, [1, 1])).toBe(false);
    expect(notify).toHaveBeenCalledWith('error', expect.stringMatching(/^The new order was not saved/));
    expect(refresh).toHaveBeenCalled();
  });

  it('remembers an effort change until the plan is re-planned', async () => {
    const { store } = scheduleHarness({ replanFromToday: async () => ok(plan) }, plan);
    store.getState().noteEffortChange(plan.id);
    expect(store.getState().effortChangedIn).toBe(plan.id);
    await store.getState().replanFromToday(plan.id);
    expect(store.getState().effortChangedIn).toBeNull();
  });

  it('reports where the calendar was saved', async () => {
    const { store, notify } = scheduleHarness(
      { savePlanIcs: async () => ok({ status: 'saved' as const, fileName: 'My plan.ics' }) },
      plan,
    );
    await store.getState().exportCalendar(plan.id);
    expect(notify).toHaveBeenCalledWith('success', 'Saved My plan.ics');
    expect(store.getState().exportingCalendar).toBe(false);
  });
});

describe('the plan’s views', () => {
  it('opens every plan on This week and remembers the view each plan was left on', () => {
    const store = createPlanViewStore(() => null);
    expect(store.getState().viewOf(1)).toBe('week');
    store.getState().show(1, 'timeline');
    expect(store.getState().viewOf(1)).toBe('timeline');
    expect(store.getState().viewOf(2)).toBe('week');
  });

  it('keeps the checklist’s arrangement for the next session', () => {
    const saved = new Map<string, string>();
    const storage = {
      getItem: (key: string) => saved.get(key) ?? null,
      setItem: (key: string, value: string) => void saved.set(key, value),
    };
    const first = createPlanViewStore(() => storage);
    expect(first.getState().arrangement).toBe('kind');
    first.getState().arrange('order');
    expect(createPlanViewStore(() => storage).getState().arrangement).toBe('order');
  });
});
