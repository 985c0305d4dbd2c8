import { createStore } from 'zustand/vanilla';
import type { PlannerApi } from '../../../shared/contract';
import type { PathDetail, RelatedPath } from '../../../shared/domain';
import type { LoadStatus } from './loadState';

export interface RelatedPaths {
  status: LoadStatus;
  paths: RelatedPath[];
  error: string | null;
}

export interface PathState {
  pathId: string | null;
  path: PathDetail | null;
  status: LoadStatus;
  error: string | null;
  /** Other paths that share certifications or tools with the open one. */
  related: RelatedPaths;
  /** Loads the path unless it is already shown; `force` refetches (after a re-import). */
  open(pathId: string, force?: boolean): Promise<void>;
  refresh(): Promise<void>;
}

/** Enough to browse on from one path without turning the panel into a second library. */
export const RELATED_PATHS_LIMIT = 6;

const noRelated: RelatedPaths = { status: 'idle', paths: [], error: null };

export function createPathStore(api: Pick<PlannerApi, 'getPath' | 'getRelatedPaths'>) {
  return createStore<PathState>()((set, get) => {
    async function loadRelated(pathId: string): Promise<void> {
      if (get().related.status !== 'ready') set({ related: { ...get().related, status: 'loading' } });
      const result = await api.getRelatedPaths({ pathId, limit: RELATED_PATHS_LIMIT });
      if (get().pathId !== pathId) return;
      set({
        related: result.ok
          ? { status: 'ready', paths: result.value, error: null }
          : { status: 'error', paths: [], error: result.error.message },
      });
    }

    async function loadPath(pathId: string): Promise<void> {
      const result = await api.getPath({ pathId });
      // A slower answer for a path the person has already left must not overwrite the new one.
      if (get().pathId !== pathId) return;
      if (result.ok) set({ path: result.value, status: 'ready', error: null });
      else set({ status: 'error', error: result.error.message });
    }

    return {
      pathId: null,
      path: null,
      status: 'idle',
      error: null,
      related: noRelated,
      async open(pathId, force = false) {
        const current = get();
        if (!force && current.pathId === pathId && current.status === 'ready') return;
        if (current.pathId !== pathId)
          set({ pathId, path: null, status: 'loading', error: null, related: noRelated });
        await Promise.all([loadPath(pathId), loadRelated(pathId)]);
      },
      async refresh() {
        const { pathId } = get();
        if (pathId !== null) await get().open(pathId, true);
      },
    };
  });
}

export type PathStore = ReturnType<typeof createPathStore>;
