import { createStore } from 'zustand/vanilla';
import type { PlannerApi } from '../../../shared/contract';
import type { ReminderOverview } from '../../../shared/domain';
import type { LoadStatus } from './loadState';

export interface RemindersState {
  overview: ReminderOverview;
  status: LoadStatus;
  error: string | null;
  load(): Promise<void>;
}

const emptyOverview: ReminderOverview = { overdue: [], upcoming: [] };

export function createRemindersStore(api: Pick<PlannerApi, 'getReminders'>) {
  return createStore<RemindersState>()((set, get) => ({
    overview: emptyOverview,
    status: 'idle',
    error: null,
    async load() {
      if (get().status !== 'ready') set({ status: 'loading' });
      const result = await api.getReminders({});
      if (result.ok) set({ overview: result.value, status: 'ready', error: null });
      else set({ status: 'error', error: result.error.message });
    },
  }));
}

export type RemindersStore = ReturnType<typeof createRemindersStore>;
