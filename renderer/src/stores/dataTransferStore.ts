import { createStore } from 'zustand/vanilla';
import type { PlannerApi } from '../../../shared/contract';
import type { DataImportCounts, DataImportMode, DataImportPreview } from '../../../shared/domain';
import type { Notify } from './toastStore';

/** A file the person chose, waiting in the preview dialog for "Import" or "Cancel". */
export interface PendingImport {
  fileName: string;
  bytes: Uint8Array<ArrayBuffer>;
  mode: DataImportMode;
  /** What the chosen mode would do; null while it is being worked out. */
  preview: DataImportPreview | null;
  importing: boolean;
  /** Why the last attempt failed, shown in the dialog; null when there is nothing to say. */
  error: string | null;
}

export interface DataTransferState {
  exporting: boolean;
  choosing: boolean;
  pending: PendingImport | null;
  exportData(): Promise<void>;
  chooseImportFile(): Promise<void>;
  setMode(mode: DataImportMode): Promise<void>;
  confirmImport(): Promise<void>;
  cancelImport(): void;
}

export type DataTransferApi = Pick<
  PlannerApi,
  'saveDataExport' | 'pickDataFile' | 'previewDataImport' | 'importData'
>;

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The counts as short phrases, leaving out what does not happen. */
export function describeImportCounts(counts: DataImportCounts): string[] {
  const lines: [number, string][] = [
    [counts.plansAdded, `${count(counts.plansAdded, 'plan', 'plans')} added`],
    [counts.plansReplaced, `${count(counts.plansReplaced, 'plan', 'plans')} replaced by the file’s copy`],
    [counts.plansRemoved, `${count(counts.plansRemoved, 'plan', 'plans')} removed`],
    [counts.itemsAdded, `${count(counts.itemsAdded, 'checklist item', 'checklist items')} brought in`],
    [counts.pathsAdded, `${count(counts.pathsAdded, 'career path', 'career paths')} added`],
    [counts.pathsUpdated, `${count(counts.pathsUpdated, 'career path', 'career paths')} updated`],
  ];
  return lines.filter(([n]) => n > 0).map(([, line]) => line);
}

export function createDataTransferStore(api: DataTransferApi, notify: Notify) {
  // Each preview request gets a number; an answer for an older request is dropped.
  let previewSerial = 0;

  return createStore<DataTransferState>()((set, get) => {
    const updatePending = (changes: Partial<PendingImport>) =>
      set((state) => (state.pending === null ? state : { pending: { ...state.pending, ...changes } }));

    async function loadPreview(): Promise<boolean> {
      const pending = get().pending;
      if (pending === null) return false;
      previewSerial += 1;
      const mine = previewSerial;
      updatePending({ preview: null, error: null });
      const result = await api.previewDataImport({ bytes: pending.bytes, mode: pending.mode });
      if (mine !== previewSerial || get().pending?.bytes !== pending.bytes) return false;
      if (result.ok) updatePending({ preview: result.value });
      else updatePending({ error: result.error.message });
      return result.ok;
    }

    return {
      exporting: false,
      choosing: false,
      pending: null,

      async exportData() {
        if (get().exporting) return;
        set({ exporting: true });
        try {
          const result = await api.saveDataExport();
          if (!result.ok) notify('error', result.error.message);
          else if (result.value.status === 'saved')
            notify('success', `Your data was saved as ${result.value.fileName}.`);
        } finally {
          set({ exporting: false });
        }
      },

      async chooseImportFile() {
        if (get().choosing || get().pending !== null) return;
        set({ choosing: true });
        try {
          const picked = await api.pickDataFile();
          if (!picked.ok) {
            notify('error', picked.error.message);
            return;
          }
          if (picked.value === null) return;
          const { fileName, bytes } = picked.value;
          set({
            pending: {
              fileName,
              bytes: new Uint8Array(bytes),
              mode: 'merge',
              preview: null,
              importing: false,
              error: null,
            },
          });
          // A file that cannot be read gets its message once, as a toast, instead of an empty dialog.
          if (!(await loadPreview())) {
            const error = get().pending?.error;
            if (error) {
              set({ pending: null });
              notify('error', error);
            }
          }
        } finally {
          set({ choosing: false });
        }
      },

      async setMode(mode) {
        const pending = get().pending;
        if (pending === null || pending.importing || pending.mode === mode) return;
        updatePending({ mode });
        await loadPreview();
      },

      async confirmImport() {
        const pending = get().pending;
        if (pending === null || pending.preview === null || pending.importing) return;
        updatePending({ importing: true, error: null });
        const result = await api.importData({ bytes: pending.bytes, mode: pending.mode });
        if (!result.ok) {
          updatePending({ importing: false, error: result.error.message });
          return;
        }
        set({ pending: null });
        const changes = describeImportCounts(result.value.counts);
        notify(
          'success',
          `${changes.length > 0 ? `Imported ${pending.fileName}: ${changes.join(', ')}.` : `Nothing new in ${pending.fileName}.`} ` +
            'A backup from just before the import is in Backups.',
        );
      },

      cancelImport() {
        const pending = get().pending;
        if (pending === null || pending.importing) return;
        previewSerial += 1;
        set({ pending: null });
      },
    };
  });
}

export type DataTransferStore = ReturnType<typeof createDataTransferStore>;
