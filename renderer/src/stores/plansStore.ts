import { createStore } from 'zustand/vanilla';
import type { PlannerApi, ServiceInput } from '../../../shared/contract';
import type { PlanDetail, PlanSummary } from '../../../shared/domain';
import type { Result } from '../../../shared/result';
import type { LoadStatus } from './loadState';

export interface PlansState {
  plans: PlanSummary[];
  status: LoadStatus;
  error: string | null;
  load(): Promise<void>;
  createPlan(input: ServiceInput<'createPlan'>): Promise<Result<PlanDetail>>;
}

export function createPlansStore(api: Pick<PlannerApi, 'listPlans' | 'createPlan'>) {
  return createStore<PlansState>()((set, get) => ({
    plans: [],
    status: 'idle',
    error: null,
    async load() {
      if (get().status !== 'ready') set({ status: 'loading' });
      const result = await api.listPlans({});
      if (result.ok) set({ plans: result.value, status: 'ready', error: null });
      else set({ status: 'error', error: result.error.message });
    },
    async createPlan(input) {
      const result = await api.createPlan(input);
      if (result.ok) await get().load();
      return result;
    },
  }));
}

export type PlansStore = ReturnType<typeof createPlansStore>;
