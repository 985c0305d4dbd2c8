import { createStore } from 'zustand/vanilla';
import type { PlannerApi, ServiceInput } from '../../../shared/contract';
import type { AppSettings } from '../../../shared/domain';
import type { LoadStatus } from './loadState';
import type { Notify } from './toastStore';

export type SettingsChanges = ServiceInput<'updateSettings'>;

export interface SettingsState {
  /** Null until the first load. */
  settings: AppSettings | null;
  status: LoadStatus;
  error: string | null;
  load(): Promise<void>;
  /** Loads the settings unless they are already here or on their way. */
  ensureLoaded(): Promise<void>;
  update(changes: SettingsChanges): Promise<boolean>;
}

/** The app-wide settings kept in the data file (unlike the theme, which belongs to this computer). */
export function createSettingsStore(api: Pick<PlannerApi, 'getSettings' | 'updateSettings'>, notify: Notify) {
  let loading: Promise<void> | null = null;
  return createStore<SettingsState>()((set, get) => ({
    settings: null,
    status: 'idle',
    error: null,

    load() {
      loading ??= (async () => {
        if (get().status !== 'ready') set({ status: 'loading' });
        const result = await api.getSettings({});
        if (result.ok) set({ settings: result.value, status: 'ready', error: null });
        else set({ status: 'error', error: result.error.message });
      })().finally(() => (loading = null));
      return loading;
    },

    async ensureLoaded() {
      if (get().status === 'ready') return;
      await get().load();
    },

    async update(changes) {
      // Shown at once, so a ticked box stays ticked while it is saved.
      const before = get().settings;
      if (before !== null) set({ settings: { ...before, ...changes } });
      const result = await api.updateSettings(changes);
      if (!result.ok) {
        set({ settings: before });
        notify('error', `Not saved: ${result.error.message}`);
        return false;
      }
      set({ settings: result.value, status: 'ready', error: null });
      return true;
    },
  }));
}

export type SettingsStore = ReturnType<typeof createSettingsStore>;
