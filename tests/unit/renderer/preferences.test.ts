import { describe, expect, it } from 'vitest';
import type { StateStorage } from 'zustand/middleware';
import { applyTheme } from '../../../renderer/src/lib/theme';
import { parseRoute, routeToHash } from '../../../renderer/src/navigation/routes';
import {
  createPreferencesStore,
  PREFERENCES_STORAGE_KEY,
} from '../../../renderer/src/stores/preferencesStore';

function memoryStorage(initial: Record<string, string> = {}): StateStorage & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (name) => data.get(name) ?? null,
    setItem: (name, value) => void data.set(name, value),
    removeItem: (name) => void data.delete(name),
  };
}

describe('preferences', () => {
  it('follow the system until a theme is chosen', () => {
    expect(createPreferencesStore(() => memoryStorage()).getState().theme).toBe('system');
  });

  it('keep the chosen theme for the next start', () => {
    const storage = memoryStorage();
    createPreferencesStore(() => storage)
      .getState()
      .setTheme('dark');
    expect(createPreferencesStore(() => storage).getState().theme).toBe('dark');
  });

  it('fall back to the system theme when storage holds something unknown', () => {
    const storage = memoryStorage({
      [PREFERENCES_STORAGE_KEY]: JSON.stringify({ state: { theme: 'sepia' }, version: 1 }),
    });
    expect(createPreferencesStore(() => storage).getState().theme).toBe('system');
    const garbage = memoryStorage({ [PREFERENCES_STORAGE_KEY]: '{not json' });
    expect(createPreferencesStore(() => garbage).getState().theme).toBe('system');
  });

  it('mark the root element with the theme the style sheets read', () => {
    const root = { dataset: {} as Record<string, string | undefined> };
    applyTheme(root, 'dark');
    expect(root.dataset.theme).toBe('dark');
  });

  it('have a screen of their own at #/preferences', () => {
    expect(parseRoute('#/preferences')).toEqual({ screen: 'preferences' });
    expect(routeToHash({ screen: 'preferences' })).toBe('#/preferences');
    expect(parseRoute('#/preferences/extra')).toEqual({ screen: 'library' });
  });
});
