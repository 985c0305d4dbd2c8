import { createStore } from 'zustand/vanilla';
import type { PlannerApi } from '../../../shared/contract';
import type { PathDetail } from '../../../shared/domain';
import type { LoadStatus } from './loadState';

export interface PathState {
  pathId: string | null;
  path: PathDetail | null;
  status: LoadStatus;
  error: string | null;
  /** Loads the path unless it is already shown; `force` refetches (after a re-import). */
  open(pathId: string, force?: boolean): Promise<void>;
  refresh(): Promise<void>;
}

export function createPathStore(api: Pick<PlannerApi, 'getPath'>) {
  return createStore<PathState>()((set, get) => ({
    pathId: null,
    path: null,
    status: 'idle',
    error: null,
    async open(pathId, force = false) {
      const current = get();
      if (!force && current.pathId === pathId && current.status === 'ready') return;
      if (current.pathId !== pathId) set({ pathId, path: null, status: 'loading', error: null });
      const result = await api.getPath({ pathId });
      // A slower answer for a path the person has already left must not overwrite the new one.
      if (get().pathId !== pathId) return;
      if (result.ok) set({ path: result.value, status: 'ready', error: null });
      else set({ status: 'error', error: result.error.message });
    },
    async refresh() {
      const { pathId } = get();
      if (pathId !== null) await get().open(pathId, true);
    },
  }));
}

export type PathStore = ReturnType<typeof createPathStore>;
