import { createStore } from 'zustand/vanilla';
import type { FileImportResult, PlannerApi } from '../../../shared/contract';
import type { PathSummary } from '../../../shared/domain';
import type { LoadStatus } from './loadState';
import type { Notify } from './toastStore';

export interface LibraryState {
  paths: PathSummary[];
  status: LoadStatus;
  error: string | null;
  query: string;
  importing: boolean;
  /** Per-file outcome of the last import, shown until dismissed; null when there is none. */
  importResults: FileImportResult[] | null;
  load(): Promise<void>;
  setQuery(query: string): void;
  importCareerPaths(): Promise<void>;
  dismissImportResults(): void;
}

type LibraryApi = Pick<PlannerApi, 'listPaths' | 'pickAndImportCareerPaths'>;

export function createLibraryStore(api: LibraryApi, notify: Notify) {
  return createStore<LibraryState>()((set, get) => ({
    paths: [],
    status: 'idle',
    error: null,
    query: '',
    importing: false,
    importResults: null,
    async load() {
      if (get().status !== 'ready') set({ status: 'loading' });
      const result = await api.listPaths({});
      if (result.ok) set({ paths: result.value, status: 'ready', error: null });
      else set({ status: 'error', error: result.error.message });
    },
    setQuery(query) {
      set({ query });
    },
    async importCareerPaths() {
      if (get().importing) return;
      set({ importing: true });
      try {
        const results = await api.pickAndImportCareerPaths();
        // An empty list means the person closed the picker: nothing to report.
        if (results.length > 0) set({ importResults: results });
      } catch (error) {
        notify('error', error instanceof Error ? error.message : 'The import could not be completed.');
      } finally {
        set({ importing: false });
      }
    },
    dismissImportResults() {
      set({ importResults: null });
    },
  }));
}

export type LibraryStore = ReturnType<typeof createLibraryStore>;

/** Case-insensitive match of every word of the query against the path's search text. */
export function filterPaths(paths: readonly PathSummary[], query: string): PathSummary[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...paths];
  return paths.filter((path) => {
    const haystack = `${path.searchText} ${path.title.toLowerCase()} ${path.description.toLowerCase()}`;
    return words.every((word) => haystack.includes(word));
  });
}
