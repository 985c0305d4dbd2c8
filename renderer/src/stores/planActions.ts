/** The plan screens' stores, wired to the back end, the open plan and the shared undo history. */
import { planner } from '../api';
import { currentPlanStore, notify } from '../app/appStores';
import { offerUndo } from '../app/uiStores';
import { fitOrder } from '../planView/reorder';
import { createPlanScheduleStore } from './planScheduleStore';
import { createPlanViewStore } from './planViewStore';

export const planScheduleStore = createPlanScheduleStore({
  api: planner,
  notify,
  currentPlan: () => currentPlanStore.getState().plan,
  showPlan: (plan) => currentPlanStore.setState((state) => (state.plan?.id === plan.id ? { plan } : state)),
  refresh: () => currentPlanStore.getState().refresh(),
});

export const planViewStore = createPlanViewStore(() => {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
});

function reorderTo(planId: number, order: readonly number[]): Promise<boolean> {
  const { plan } = currentPlanStore.getState();
  if (plan?.id !== planId) return Promise.resolve(false);
  return planScheduleStore.getState().reorder(planId, fitOrder(order, plan.items));
}

/** Saves a new study order and lets Undo (the toast, Ctrl+Z) put the old one back. */
export async function reorderWithUndo(
  planId: number,
  before: readonly number[],
  after: readonly number[],
  description: string,
): Promise<boolean> {
  if (!(await planScheduleStore.getState().reorder(planId, after))) return false;
  offerUndo({
    description,
    undo: () => reorderTo(planId, before),
    redo: () => reorderTo(planId, after),
  });
  return true;
}

// An effort estimate changed on the open plan (from its details, or by undoing such a change).
currentPlanStore.subscribe((state, previous) => {
  const now = state.plan;
  const before = previous.plan;
  if (now === null || before === null || now.id !== before.id || now.items === before.items) return;
  const efforts = new Map(before.items.map((item) => [item.id, item.effortHours]));
  if (now.items.some((item) => efforts.has(item.id) && efforts.get(item.id) !== item.effortHours)) {
    planScheduleStore.getState().noteEffortChange(now.id);
  }
});
