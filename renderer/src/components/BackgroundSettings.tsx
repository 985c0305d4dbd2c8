import { useEffect } from 'react';
import { useStore } from 'zustand';
import type { AppSettings } from '../../../shared/domain';
import { settingsStore } from '../app/trackingStores';

type BackgroundSetting = keyof Pick<AppSettings, 'keepRunningInTray' | 'startAtLogin'>;

const options: { setting: BackgroundSetting; label: string; hint: string }[] = [
  {
    setting: 'keepRunningInTray',
    label: 'Keep StudyPath running in the tray when the window is closed',
    hint:
      'Reminders keep coming after you close the window; open StudyPath again from its icon in the notification area. ' +
      'On Linux this needs a desktop that shows tray icons (on GNOME, an AppIndicator extension).',
  },
  {
    setting: 'startAtLogin',
    label: 'Start StudyPath when I log in',
    hint: 'So reminders come even on days you do not open it. Only an installed StudyPath can do this.',
  },
];

/** The tray and start-at-login settings; they take effect in the desktop app. */
export function BackgroundSettings() {
  const settings = useStore(settingsStore, (s) => s.settings);

  useEffect(() => {
    void settingsStore.getState().ensureLoaded();
  }, []);

  return (
    <section className="card preferences-section" aria-labelledby="preferences-background">
      <h2 id="preferences-background">Running in the background</h2>
      <p className="field-hint">These take effect in the StudyPath desktop app, not in a web browser.</p>
      <ul className="toggle-list">
        {options.map((option) => (
          <li key={option.setting} className="toggle">
            <input
              id={`setting-${option.setting}`}
              type="checkbox"
              checked={settings?.[option.setting] ?? false}
              disabled={settings === null}
              aria-describedby={`setting-${option.setting}-hint`}
              onChange={(event) =>
                void settingsStore.getState().update({ [option.setting]: event.target.checked })
              }
            />
            <label htmlFor={`setting-${option.setting}`}>{option.label}</label>
            <p className="field-hint" id={`setting-${option.setting}-hint`}>
              {option.hint}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
