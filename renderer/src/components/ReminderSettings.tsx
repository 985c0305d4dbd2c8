import { useEffect, useState, type KeyboardEvent } from 'react';
import { useStore } from 'zustand';
import { settingsStore } from '../app/trackingStores';
import { useDraft } from '../lib/useDraft';
import '../styles/tracking.css';
import { FieldError } from './FieldError';

const MIN_DAYS = 1;
const MAX_DAYS = 365;

/** How early a certification's renewal reminder comes. */
export function ReminderSettings() {
  const saved = useStore(settingsStore, (s) => s.settings?.renewalReminderDays ?? null);
  const [days, setDays] = useDraft(saved === null ? '' : String(saved));
  const [error, setError] = useState<string | undefined>(undefined);

  useEffect(() => {
    void settingsStore.getState().ensureLoaded();
  }, []);

  function save() {
    if (saved === null) return;
    const value = Number(days.trim());
    if (days.trim() === '' || !Number.isInteger(value) || value < MIN_DAYS || value > MAX_DAYS) {
      setError(`Enter a whole number of days from ${MIN_DAYS} to ${MAX_DAYS}.`);
      setDays(String(saved));
      return;
    }
    setError(undefined);
    if (value !== saved) void settingsStore.getState().update({ renewalReminderDays: value });
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Enter') {
      event.preventDefault();
      save();
    }
  }

  return (
    <section className="card preferences-section" aria-labelledby="preferences-reminders">
      <h2 id="preferences-reminders">Reminders</h2>
      <div className="field">
        <label htmlFor="renewal-reminder-days">
          Remind me to renew a certification (days before it expires)
        </label>
        <input
          id="renewal-reminder-days"
          className="days-input"
          type="number"
          inputMode="numeric"
          min={MIN_DAYS}
          max={MAX_DAYS}
          step={1}
          value={days}
          disabled={saved === null}
          aria-invalid={error !== undefined}
          aria-describedby={
            error === undefined ? 'renewal-reminder-hint' : 'renewal-reminder-error renewal-reminder-hint'
          }
          onChange={(event) => setDays(event.target.value)}
          onBlur={save}
          onKeyDown={onKeyDown}
        />
        <FieldError id="renewal-reminder-error" message={error} />
        <p className="field-hint" id="renewal-reminder-hint">
          Renewing often takes study or continuing-education credits, so the default is 90 days ahead. Exams
          are reminded the morning before.
        </p>
      </div>
    </section>
  );
}
