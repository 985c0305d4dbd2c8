import { useStore } from 'zustand';
import { preferencesStore, shortcutsDialogStore } from '../app/uiStores';
import type { ThemePreference } from '../lib/theme';
import { BackgroundSettings } from './BackgroundSettings';
import { ReminderSettings } from './ReminderSettings';
import { ScreenHeading } from './ScreenHeading';

const themeChoices: { value: ThemePreference; label: string; hint: string }[] = [
  {
    value: 'system',
    label: 'Match the system',
    hint: 'Light or dark as your computer is set, changing with it.',
  },
  { value: 'light', label: 'Light', hint: 'Dark text on light backgrounds.' },
  { value: 'dark', label: 'Dark', hint: 'Light text on dark backgrounds, easier on the eyes at night.' },
];

/** Settings for this computer: the colour theme, and where to find the keyboard shortcuts. */
export function PreferencesScreen() {
  const theme = useStore(preferencesStore, (s) => s.theme);
  return (
    <div className="screen preferences-screen">
      <header className="screen-header">
        <div>
          <ScreenHeading>Preferences</ScreenHeading>
          <p className="lead">
            The theme is kept on this computer; reminder and background settings are kept with your data.
          </p>
        </div>
      </header>

      <section className="card preferences-section" aria-labelledby="preferences-appearance">
        <h2 id="preferences-appearance">Appearance</h2>
        <fieldset className="choice-cards">
          <legend>Theme</legend>
          {themeChoices.map((choice) => (
            <label key={choice.value} className="choice-card">
              <input
                type="radio"
                name="theme"
                value={choice.value}
                checked={theme === choice.value}
                aria-labelledby={`theme-${choice.value}-label`}
                aria-describedby={`theme-${choice.value}-hint`}
                onChange={() => preferencesStore.getState().setTheme(choice.value)}
              />
              {/* The hint is part of the clickable card, but only the label names the choice. */}
              <span className="choice-card-label" id={`theme-${choice.value}-label`}>
                {choice.label}
              </span>
              <span className="choice-card-hint" id={`theme-${choice.value}-hint`}>
                {choice.hint}
              </span>
            </label>
          ))}
        </fieldset>
        <p className="field-hint">Animations are switched off when your system asks for reduced motion.</p>
      </section>

      <ReminderSettings />
      <BackgroundSettings />

      <section className="card preferences-section" aria-labelledby="preferences-keyboard">
        <h2 id="preferences-keyboard">Keyboard</h2>
        <p>Everything in StudyPath can be done from the keyboard.</p>
        <button type="button" className="button" onClick={() => shortcutsDialogStore.getState().show()}>
          Show keyboard shortcuts
        </button>
      </section>
    </div>
  );
}
