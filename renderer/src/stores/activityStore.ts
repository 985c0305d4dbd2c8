import { createStore } from 'zustand/vanilla';
import type { PlannerApi } from '../../../shared/contract';
import type { ActivitySummary } from '../../../shared/domain';
import type { LoadStatus } from './loadState';

/** How far back the Activity screen looks. */
export const ACTIVITY_WEEKS = 26;

export interface ActivityState {
  summary: ActivitySummary | null;
  status: LoadStatus;
  error: string | null;
  load(): Promise<void>;
  /**
   * Reloads whenever items change (an undo can untick one from any screen) until the returned
   * function is called.
   */
  follow(): () => void;
}

export function createActivityStore(api: Pick<PlannerApi, 'getActivity' | 'onEvent'>) {
  let serial = 0;
  return createStore<ActivityState>()((set, get) => ({
    summary: null,
    status: 'idle',
    error: null,

    async load() {
      serial += 1;
      const mine = serial;
      if (get().status !== 'ready') set({ status: 'loading' });
      const result = await api.getActivity({ weeks: ACTIVITY_WEEKS });
      // Only the newest answer counts when items changed while an older one was on its way.
      if (mine !== serial) return;
      if (result.ok) set({ summary: result.value, status: 'ready', error: null });
      else set({ status: 'error', error: result.error.message });
    },

    follow() {
      return api.onEvent((event) => {
        if (event.type === 'data-changed' && event.tables.includes('items')) void get().load();
      });
    },
  }));
}

export type ActivityStore = ReturnType<typeof createActivityStore>;
