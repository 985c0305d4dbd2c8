/** The colour themes a person can choose; "system" follows the operating system's setting. */
export const themePreferences = ['system', 'light', 'dark'] as const;

export type ThemePreference = (typeof themePreferences)[number];

export const defaultTheme: ThemePreference = 'system';

export function isThemePreference(value: unknown): value is ThemePreference {
  return typeof value === 'string' && (themePreferences as readonly string[]).includes(value);
}

/** The part of the root element the theme lives on, so this stays testable without a DOM. */
export interface ThemeTarget {
  dataset: Record<string, string | undefined>;
}

/**
 * Marks the root element with the chosen theme. The style sheets read it through
 * `color-scheme`: for "system" they follow `prefers-color-scheme`, which updates by itself.
 */
export function applyTheme(root: ThemeTarget, theme: ThemePreference): void {
  root.dataset.theme = theme;
}
