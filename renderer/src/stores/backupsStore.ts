import { createStore } from 'zustand/vanilla';
import type { PlannerApi } from '../../../shared/contract';
import type { BackupInfo, BackupKind, StartupNotice } from '../../../shared/domain';
import { formatInstant } from '../lib/dates';
import type { LoadStatus } from './loadState';
import type { Notify } from './toastStore';

export interface BackupsState {
  backups: BackupInfo[];
  status: LoadStatus;
  error: string | null;
  /** What is running now; the buttons wait for it. */
  busy: 'backing-up' | 'restoring' | null;
  /** Start-up recovery's message, until the person dismisses it. */
  startupNotice: StartupNotice | null;
  load(): Promise<void>;
  backUpNow(): Promise<void>;
  restore(backup: BackupInfo): Promise<void>;
  loadStartupNotice(): Promise<void>;
  dismissStartupNotice(): void;
}

type BackupsApi = Pick<PlannerApi, 'listBackups' | 'backupNow' | 'restoreBackup' | 'getStartupNotice'>;

const kindWords: Record<BackupKind, string> = {
  automatic: 'Automatic',
  manual: 'Made by you',
  'before-restore': 'Before a restore',
  'before-import': 'Before an import',
  'before-migration': 'Before an update',
};

export function backupKindInWords(kind: BackupKind): string {
  return kindWords[kind];
}

export function formatBackupSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

export function createBackupsStore(api: BackupsApi, notify: Notify) {
  let noticeRequested = false;
  return createStore<BackupsState>()((set, get) => ({
    backups: [],
    status: 'idle',
    error: null,
    busy: null,
    startupNotice: null,
    async load() {
      if (get().status !== 'ready') set({ status: 'loading' });
      const result = await api.listBackups({});
      if (result.ok) set({ backups: result.value, status: 'ready', error: null });
      else set({ status: 'error', error: result.error.message });
    },
    async backUpNow() {
      if (get().busy !== null) return;
      set({ busy: 'backing-up' });
      try {
        const result = await api.backupNow({});
        if (result.ok) notify('success', `Backed up your data (${formatInstant(result.value.createdAt)}).`);
        else notify('error', `No backup was made: ${result.error.message}`);
        await get().load();
      } finally {
        set({ busy: null });
      }
    },
    async restore(backup) {
      if (get().busy !== null) return;
      set({ busy: 'restoring' });
      try {
        const result = await api.restoreBackup({ fileName: backup.fileName });
        if (result.ok) {
          notify(
            'success',
            `Restored the backup from ${formatInstant(result.value.restoredFrom.createdAt)}. ` +
              `What you had just before is kept as a backup too, in case you want it back.`,
          );
        } else {
          notify('error', `Nothing was restored: ${result.error.message}`);
        }
        await get().load();
      } finally {
        set({ busy: null });
      }
    },
    async loadStartupNotice() {
      // The back end answers the same for the whole run: asking once keeps a dismissal dismissed.
      if (noticeRequested) return;
      noticeRequested = true;
      const result = await api.getStartupNotice({});
      if (result.ok) set({ startupNotice: result.value });
    },
    dismissStartupNotice() {
      set({ startupNotice: null });
    },
  }));
}

export type BackupsStore = ReturnType<typeof createBackupsStore>;
