/** Stores for item tracking, app settings and activity, wired to the back end and the open plan. */
import type { PlanDetail, PlanItem } from '../../../shared/domain';
import { planner } from '../api';
import { createActivityStore } from '../stores/activityStore';
import { createItemTracking } from '../stores/itemTracking';
import { createSettingsStore } from '../stores/settingsStore';
import { createStudySessionsSaver } from '../stores/studySessions';
import { currentPlanStore, notify } from './appStores';
import { itemRefs, offerUndo } from './uiStores';

/** Shows an item the back end returned at once, if its plan is the one on screen. */
function applyItem(item: PlanItem): void {
  currentPlanStore.setState((state) =>
    state.plan?.id === item.planId
      ? { plan: { ...state.plan, items: state.plan.items.map((i) => (i.id === item.id ? item : i)) } }
      : state,
  );
}

export const itemTracking = createItemTracking({
  api: planner,
  notify,
  applyItem,
  history: { plan: () => currentPlanStore.getState(), offer: offerUndo, itemRefs },
});

export const settingsStore = createSettingsStore(planner, notify);

export const activityStore = createActivityStore(planner);

export const saveStudySessions = createStudySessionsSaver({
  api: planner,
  notify,
  applyPlan: (plan: PlanDetail) =>
    currentPlanStore.setState((state) => (state.plan?.id === plan.id ? { plan } : state)),
});
