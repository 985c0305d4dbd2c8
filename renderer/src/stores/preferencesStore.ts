import { createJSONStorage, persist, type StateStorage } from 'zustand/middleware';
import { createStore } from 'zustand/vanilla';
import { defaultTheme, isThemePreference, type ThemePreference } from '../lib/theme';

export interface PreferencesState {
  theme: ThemePreference;
  setTheme(theme: ThemePreference): void;
}

/** Where the preferences live in localStorage; they belong to this device, not to the data file. */
export const PREFERENCES_STORAGE_KEY = 'studypath.preferences';

type StoredPreferences = Pick<PreferencesState, 'theme'>;

/** Anything unreadable in storage (an old version, a hand edit) falls back to the default. */
function sanitise(stored: unknown): StoredPreferences {
  const theme = typeof stored === 'object' && stored !== null && 'theme' in stored ? stored.theme : undefined;
  return { theme: isThemePreference(theme) ? theme : defaultTheme };
}

/**
 * The person's preferences for this device. With synchronous storage (localStorage) they are
 * read while the store is created, so the theme can be applied before the first render.
 */
export function createPreferencesStore(getStorage: () => StateStorage) {
  return createStore<PreferencesState>()(
    persist(
      (set) => ({
        theme: defaultTheme,
        setTheme(theme) {
          set({ theme });
        },
      }),
      {
        name: PREFERENCES_STORAGE_KEY,
        version: 1,
        storage: createJSONStorage(getStorage),
        partialize: (state): StoredPreferences => ({ theme: state.theme }),
        merge: (stored, current) => ({ ...current, ...sanitise(stored) }),
      },
    ),
  );
}

export type PreferencesStore = ReturnType<typeof createPreferencesStore>;
