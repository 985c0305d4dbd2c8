import { createStore } from 'zustand/vanilla';
import type { FileImportResult, PlannerApi } from '../../../shared/contract';
import type { LibrarySearchHit, PathSummary } from '../../../shared/domain';
import { importDroppedFiles, type DroppedFile } from './droppedFiles';
import { removalMessage } from './importMessages';
import type { LoadStatus } from './loadState';
import type { Notify } from './toastStore';

export interface LibrarySearch {
  status: 'idle' | 'searching' | 'ready' | 'error';
  /** The query `hits` answer; while a newer one runs, the older hits stay on screen. */
  query: string;
  hits: LibrarySearchHit[];
  error: string | null;
}

export interface ImportProgress {
  done: number;
  total: number;
}

export interface LibraryState {
  paths: PathSummary[];
  status: LoadStatus;
  error: string | null;
  query: string;
  search: LibrarySearch;
  importing: boolean;
  /** Set while dropped files are imported one by one. */
  importProgress: ImportProgress | null;
  /** Per-file outcome of the last import, shown until dismissed; null when there is none. */
  importResults: FileImportResult[] | null;
  load(): Promise<void>;
  /** Updates the search box; the search itself runs once typing pauses. */
  setQuery(query: string): void;
  /** Opens the picker for files, or with `folder` for a folder, and imports what is chosen. */
  importCareerPaths(options?: { folder?: boolean }): Promise<void>;
  importFiles(files: readonly DroppedFile[]): Promise<void>;
  dismissImportResults(): void;
  /** Removes an imported path; true when it is gone. Says what happened in a toast. */
  removePath(path: Pick<PathSummary, 'id' | 'title'>, plans: 'keep' | 'delete'): Promise<boolean>;
}

export type LibraryApi = Pick<
  PlannerApi,
  'listPaths' | 'pickAndImportCareerPaths' | 'importCareerPath' | 'searchLibrary' | 'removePath'
>;

/** Long enough to skip the keystrokes of a word being typed, short enough to feel immediate. */
export const SEARCH_DELAY_MS = 200;
/** The contract's limit on a query. */
const MAX_QUERY_LENGTH = 200;

const noSearch: LibrarySearch = { status: 'idle', query: '', hits: [], error: null };

function messageOf(error: unknown, fallback: string): string {
  return error instanceof Error ? error.message : fallback;
}

export function createLibraryStore(
  api: LibraryApi,
  notify: Notify,
  { searchDelayMs = SEARCH_DELAY_MS }: { searchDelayMs?: number } = {},
) {
  let searchTimer: ReturnType<typeof setTimeout> | undefined;
  // Only the answer to the newest search may land: an older, slower one is dropped.
  let latestSearch = 0;

  return createStore<LibraryState>()((set, get) => {
    async function runSearch(query: string): Promise<void> {
      const ticket = ++latestSearch;
      const result = await api.searchLibrary({ query });
      if (ticket !== latestSearch) return;
      set({
        search: result.ok
          ? { status: 'ready', query, hits: result.value, error: null }
          : { ...get().search, status: 'error', error: result.error.message },
      });
    }

    async function runImport(work: () => Promise<FileImportResult[]>): Promise<void> {
      if (get().importing) return;
      set({ importing: true });
      try {
        const results = await work();
        // An empty list means the person closed the picker: nothing to report.
        if (results.length > 0) set({ importResults: results });
      } catch (error) {
        notify('error', messageOf(error, 'The import could not be completed.'));
      } finally {
        set({ importing: false, importProgress: null });
      }
    }

    return {
      paths: [],
      status: 'idle',
      error: null,
      query: '',
      search: noSearch,
      importing: false,
      importProgress: null,
      importResults: null,

      async load() {
        if (get().status !== 'ready') set({ status: 'loading' });
        const result = await api.listPaths({});
        if (result.ok) set({ paths: result.value, status: 'ready', error: null });
        else set({ status: 'error', error: result.error.message });
        // The library changed, so the results on screen may name a path that is gone.
        const query = get().query.trim();
        if (query !== '' && searchTimer === undefined) await runSearch(query.slice(0, MAX_QUERY_LENGTH));
      },

      setQuery(query) {
        set({ query });
        clearTimeout(searchTimer);
        searchTimer = undefined;
        const trimmed = query.trim().slice(0, MAX_QUERY_LENGTH);
        if (trimmed === '') {
          latestSearch += 1;
          set({ search: noSearch });
          return;
        }
        set({ search: { ...get().search, status: 'searching', error: null } });
        searchTimer = setTimeout(() => {
          searchTimer = undefined;
          void runSearch(trimmed);
        }, searchDelayMs);
      },

      importCareerPaths(options = {}) {
        return runImport(() =>
          options.folder === true
            ? api.pickAndImportCareerPaths({ folder: true })
            : api.pickAndImportCareerPaths(),
        );
      },

      importFiles(files) {
        if (files.length === 0) return Promise.resolve();
        return runImport(() => {
          set({ importProgress: { done: 0, total: files.length } });
          return importDroppedFiles(
            files,
            (input) => api.importCareerPath(input),
            (done) => set({ importProgress: { done, total: files.length } }),
          );
        });
      },

      dismissImportResults() {
        set({ importResults: null });
      },

      async removePath(path, plans) {
        const result = await api.removePath({ pathId: path.id, plans });
        if (!result.ok) {
          notify('error', `“${path.title}” could not be removed. ${result.error.message}`);
          return false;
        }
        notify('success', removalMessage(path.title, result.value));
        return true;
      },
    };
  });
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
