import { createStore } from 'zustand/vanilla';

export type PlanView = 'week' | 'checklist' | 'timeline';

/** `kind`: certifications, tools, projects and own items apart; `order`: the whole study order. */
export type ChecklistArrangement = 'kind' | 'order';

export interface PlanViewState {
  /** The view each plan was last left on in this session; "This week" otherwise. */
  views: Record<number, PlanView>;
  arrangement: ChecklistArrangement;
  viewOf(planId: number): PlanView;
  show(planId: number, view: PlanView): void;
  arrange(arrangement: ChecklistArrangement): void;
}

const ARRANGEMENT_KEY = 'studypath.checklistArrangement';

/** Which view of a plan is on screen. The arrangement of the checklist is remembered between sessions. */
export function createPlanViewStore(storage: () => Pick<Storage, 'getItem' | 'setItem'> | null) {
  const saved = (() => {
    try {
      return storage()?.getItem(ARRANGEMENT_KEY);
    } catch {
      return null;
    }
  })();
  return createStore<PlanViewState>()((set, get) => ({
    views: {},
    arrangement: saved === 'order' ? 'order' : 'kind',
    viewOf: (planId) => get().views[planId] ?? 'week',
    show(planId, view) {
      set((state) => ({ views: { ...state.views, [planId]: view } }));
    },
    arrange(arrangement) {
      set({ arrangement });
      try {
        storage()?.setItem(ARRANGEMENT_KEY, arrangement);
      } catch {
        // Without storage the choice lasts for this session only.
      }
    },
  }));
}

export type PlanViewStore = ReturnType<typeof createPlanViewStore>;
